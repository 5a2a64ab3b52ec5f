package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.store.SessionFile;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What the facilitator sees when a file goes wrong, and that undo works as far back as the session goes. */
class FileSafetyFlowTest extends AppFlowTest {
    @Test
    void undoAndRedoByKeyAndButtonSurviveClosingTheWorkshop(FxRobot robot) throws Exception {
        Path file = newFile("undo.hurdles");
        open(robot, file);
        robot.clickOn("#card-5").write("+++");
        robot.clickOn("#card-9").write("++");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(badge(robot, 9)).isEqualTo("1");
        robot.clickOn("#undo");
        assertThat(badge(robot, 9)).isEmpty();
        robot.clickOn("#redo");
        assertThat(badge(robot, 9)).isEqualTo("1");

        close(robot);
        open(robot, file);
        robot.clickOn("#undo").clickOn("#undo");
        assertThat(badge(robot, 9)).isEmpty();
        assertThat(badge(robot, 5)).isEqualTo("2");
        assertThat(robot.lookup("#spotlightStatement").queryAs(Label.class).getText())
                .as("the card that went back is shown").isEqualTo(card(5));
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(badge(robot, 5)).isEqualTo("3");
    }

    @Test
    void aFileOpenElsewhereIsNamedAndCanBeLookedAtThenCopiedToWorkOn(FxRobot robot) throws Exception {
        Path file = newFile("shared.hurdles");
        try (SessionFile elsewhere = SessionFile.open(file)) {
            elsewhere.session().setVotes(1, 3, 4);
            elsewhere.flush();
            robot.interact(() -> app.window.openSession(file, app.window::showStartWithError));
            waitUntil(() -> showing(robot, "#recoverFile"));
            assertThat(robot.lookup("#startError").queryAs(Label.class).getText())
                    .contains("shared.hurdles is already open in Hurdle Board");

            robot.clickOn("#recoverFile");
            waitUntil(() -> showing(robot, "#readOnlyBanner"));
            assertThat(badge(robot, 3)).isEqualTo("4");
            robot.clickOn("#card-3").write("+");
            assertThat(badge(robot, 3)).as("a read-only board does not change").isEqualTo("4");
            assertThat(robot.lookup("#addVote").queryAs(Button.class).isDisabled()).isTrue();

            Path copy = home.resolve("mine").resolve("shared copy.hurdles");
            app.nextSaveAs = copy;
            robot.clickOn("#saveCopyReadOnly");
            waitUntil(() -> !showing(robot, "#readOnlyBanner") && showing(robot, "#board"));
            robot.clickOn("#card-3").write("+");
            assertThat(badge(robot, 3)).isEqualTo("5");
        }
        try (SessionFile original = SessionFile.openReadOnly(file)) {
            assertThat(original.session().votes(1, 3)).as("the original is untouched").isEqualTo(4);
        }
    }

    @Test
    void whenTheDriveGoesAwayTheBoardSaysSoAndACopyCarriesOn(FxRobot robot) throws Exception {
        Path stick = Files.createDirectories(home.resolve("usb"));
        Path file = SessionFile.firstFreePath(stick.resolve("stick.hurdles"));
        create(file);
        open(robot, file);
        robot.clickOn("#card-7").write("++");
        waitUntil(() -> robot.lookup("#saveStatus").queryAs(Label.class).getText()
                .equals(app.messages.get("board.saved")));

        deleteTree(stick);
        robot.write("+");
        waitUntil(() -> !saveError(robot).isEmpty());
        assertThat(saveError(robot)).startsWith("Not saved");
        assertThat(robot.lookup("#saveCopyAfterFailure").queryAs(Button.class).isVisible()).isTrue();
        assertThat(badge(robot, 7)).as("the vote stays on the board").isEqualTo("3");

        Path copy = home.resolve("rescued.hurdles");
        app.nextSaveAs = copy;
        robot.clickOn("#saveCopyAfterFailure");
        waitUntil(() -> saveError(robot).isEmpty());
        robot.clickOn("#card-7").write("+");
        waitUntil(() -> robot.lookup("#saveStatus").queryAs(Label.class).getText()
                .equals(app.messages.get("board.saved")));
        try (SessionFile rescued = SessionFile.openReadOnly(copy)) {
            assertThat(rescued.session().votes(1, 7)).isEqualTo(4);
        }
    }

    @Test
    void aDamagedFileOffersItsLastBackupAsANewFile(FxRobot robot) throws Exception {
        Path file = newFile("damaged.hurdles");
        voteThenClose(robot, file, 2, "++");
        open(robot, file);
        close(robot);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 8192; i < bytes.length; i++) {
            bytes[i] = 0;
        }
        Files.write(file, bytes);

        robot.interact(() -> app.window.openSession(file, app.window::showStartWithError));
        waitUntil(() -> showing(robot, "#recoverFile"));
        assertThat(robot.lookup("#startError").queryAs(Label.class).getText()).contains("damaged.hurdles is damaged");
        assertThat(robot.lookup("#recoverFile").queryAs(Button.class).getText()).contains("2 votes");

        robot.clickOn("#recoverFile");
        waitUntil(() -> showing(robot, "#board"));
        assertThat(badge(robot, 2)).isEqualTo("2");
        assertThat(robot.lookup("#sessionTitle").queryAs(Label.class).getText()).isEqualTo("Safety");
        assertThat(Files.readAllBytes(file)).as("the damaged file is left as it was").isEqualTo(bytes);
    }

    @Test
    void aBackupChosenFromTheListOpensAsANewFileBesideTheWorkshop(FxRobot robot) throws Exception {
        Path file = newFile("backed up.hurdles");
        voteThenClose(robot, file, 4, "+++");
        open(robot, file);
        robot.clickOn("#card-4").write("+");

        robot.clickOn("#workshopMenu").clickOn("#restoreBackup");
        waitUntil(() -> showing(robot, "#backupDialog"));
        ComboBox<?> backups = robot.lookup("#backupDialog .combo-box").queryAs(ComboBox.class);
        assertThat(backups.getItems()).hasSize(2);
        assertThat(backups.getItems().get(0).toString()).contains("3 votes");
        robot.clickOn(app.messages.get("backup.restore"));

        // the cards join the scene a pulse after the header (inside a scroll pane): wait for both;
        // the screen may change between two looks from this thread, so a card gone again is "not yet"
        waitUntil(() -> {
            try {
                return robot.lookup("#sessionTitle").tryQuery().isPresent()
                        && robot.lookup("#card-4 .card-votes").tryQuery().isPresent() && badge(robot, 4).equals("3");
            } catch (org.testfx.service.query.EmptyNodeQueryException gone) {
                return false;
            }
        });
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("backed up (restored ") && name.endsWith(".hurdles"));
        }
        try (SessionFile original = SessionFile.openReadOnly(file)) {
            assertThat(original.session().votes(1, 4)).as("the workshop itself is not replaced").isEqualTo(4);
        }
    }

    /** Opens the workshop (which takes a backup), types the votes on a card, and closes it. */
    private void voteThenClose(FxRobot robot, Path file, int card, String votes) {
        open(robot, file);
        robot.clickOn("#card-" + card).write(votes);
        close(robot);
    }

    private static void close(FxRobot robot) {
        robot.clickOn("#closeWorkshop");
        waitUntil(() -> showing(robot, "#recentFiles"));
    }

    private Path newFile(String name) throws Exception {
        Path file = home.resolve(name);
        create(file);
        return file;
    }

    private void create(Path file) throws Exception {
        SessionFile.create(file, Session.start(new SessionDetails("Safety", "", LocalDate.of(2026, 11, 29), "", 5),
                app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "Q")).close();
    }

    private void open(FxRobot robot, Path file) {
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> showing(robot, "#board"));
    }

    private String card(int number) {
        return app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES).card(number).orElseThrow().statement();
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The red banner's text; empty while the banner is hidden. */
    private static String saveError(FxRobot robot) {
        Label error = robot.lookup("#saveError").queryAs(Label.class);
        return error.getParent().isVisible() ? error.getText() : "";
    }

}
