package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Capture;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.store.SessionFile;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Following up a workshop: from the start screen or set-up to the next workshop of the series. */
class FollowUpFlowTest extends AppFlowTest {
    /**
     * Last quarter's workshop in its own folder: dot voting, votes on cards 1, 12 and 33, a card the
     * room added, and two actions still open (and one done, which is not carried over).
     */
    Path lastQuarter() throws Exception {
        Path folder = Files.createDirectories(home.resolve("Digital team series"));
        Path file = folder.resolve("Autumn.hurdles");
        Deck deck = app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES);
        Session autumn = Session.start(new SessionDetails("Digital team quarterly", "Digital team",
                LocalDate.of(2026, 9, 15), "Sam Facilitator", 16), deck, "What blocks us?",
                new RoundSettings(VotingRule.dots(4, 0), false, Set.of()));
        try (SessionFile created = SessionFile.create(file, autumn)) {
            Session session = created.session();
            session.setVotes(1, 1, 9);
            session.setVotes(1, 12, 5);
            session.setVotes(1, 33, 2);
            Capture capture = new Capture(session);
            capture.addCard("organisational-culture", "Nobody has time", "There is no time set aside to learn.");
            capture.addAction(12, "Ask IT for a sandbox laptop", "Head of IT", LocalDate.of(2026, 10, 31),
                    ActionState.OPEN);
            capture.addAction(33, "Write a social media policy", "Comms lead", LocalDate.of(2027, 3, 1),
                    ActionState.DOING);
            capture.addAction(1, "Buy webcams", "Office manager", null, ActionState.DONE);
        }
        return file;
    }

    @Test
    void followingUpFromTheStartScreenTakesTheTeamDeckRuleAndParticipants(FxRobot robot) throws Exception {
        Path autumn = lastQuarter();
        app.nextOpen = autumn;
        robot.clickOn("#followUpWorkshop");
        waitUntil(() -> showing(robot, "#followsUp"));

        assertThat(robot.lookup("#followsUp").queryAs(Label.class).getText())
                .contains("Digital team quarterly", "2 actions carried over", "Autumn.hurdles");
        assertThat(robot.lookup("#teamField").queryAs(TextField.class).getText()).isEqualTo("Digital team");
        assertThat(robot.lookup("#participantsField").queryAs(TextField.class).getText()).isEqualTo("16");
        assertThat(robot.lookup("#ruleDots").queryAs(RadioButton.class).isSelected()).isTrue();
        ComboBox<?> deck = robot.lookup("#deckField").queryAs(ComboBox.class);
        assertThat(deck.getConverter() == null ? "" : ((javafx.util.StringConverter<Object>) deck.getConverter())
                .toString(deck.getValue())).contains("last workshop's own copy", "51 cards");
        assertThat(Path.of(robot.lookup("#fileField").queryAs(TextField.class).getText()).getParent())
                .as("beside the workshop it follows, so the series stays in one folder").isEqualTo(autumn.getParent());

        robot.clickOn("#createWorkshop");
        waitUntil(() -> app.context.recentFiles().load().size() == 1);
        Path winter = app.context.recentFiles().load().get(0).file();
        Session created = SessionFile.read(winter, false).session();
        assertThat(created.followUp().previous().orElseThrow().lastPath()).isEqualTo(autumn.toString());
        assertThat(created.followUp().carried()).extracting(action -> action.what())
                .containsExactly("Write a social media policy", "Ask IT for a sandbox laptop");
        assertThat(created.deck().card(51)).isPresent();
        assertThat(created.settings(1).rule()).isEqualTo(VotingRule.dots(4, 0));
    }

    @Test
    void aFolderOfOneSeriesIsFollowedUpFromItsLastWorkshopAndAFileThatIsNotOneSaysWhy(FxRobot robot)
            throws Exception {
        Path autumn = lastQuarter();
        robot.clickOn("#newWorkshop");
        app.nextOpen = autumn.getParent();
        robot.clickOn("#followUpFolder");
        waitUntil(() -> robot.lookup("#followsUp").queryAs(Label.class).getText().contains("Digital team quarterly"));

        Path notOurs = Files.writeString(home.resolve("notes.hurdles"), "shopping list");
        app.nextOpen = notOurs;
        robot.clickOn("#followUpFile");
        waitUntil(() -> showing(robot, "#followUpFileError"));
        assertThat(robot.lookup("#followUpFileError").queryAs(Label.class).getText())
                .startsWith("That workshop cannot be followed up.").contains("notes.hurdles");
        assertThat(robot.lookup("#followsUp").queryAs(Label.class).getText())
                .as("the workshop chosen before stays chosen").contains("Digital team quarterly");
    }

    /** Creates the follow-up of last quarter's workshop from set-up and waits for its first stage. */
    Path followedUp(FxRobot robot, Path autumn) throws Exception {
        app.nextOpen = autumn;
        robot.clickOn("#followUpWorkshop");
        waitUntil(() -> showing(robot, "#followsUp"));
        robot.clickOn("#titleField").press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.CONTROL).write("Digital team, winter");
        robot.clickOn("#createWorkshop");
        waitUntil(() -> showing(robot, "#sinceLastConsole"));
        return app.context.recentFiles().load().get(0).file();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.Labeled.class).getText();
    }

    @Test
    void theFollowUpOpensOnSinceLastTimeWhereEachActionIsMarkedByKeyboardAndUndone(FxRobot robot) throws Exception {
        Path winter = followedUp(robot, lastQuarter());

        assertThat(text(robot, "#sinceLastHeading")).contains("Since last time", "Digital team quarterly");
        // the policy (due March 2027) first, then the sandbox, due 31 October 2026: overdue on 29 November
        assertThat(text(robot, "#carried-2-facts")).contains("Owner: Head of IT", "OVERDUE", "31 Oct 2026",
                "last time: Open");
        assertThat(text(robot, "#carried-1-facts")).doesNotContain("OVERDUE").contains("last time: Doing");
        assertThat(robot.lookup("#carried-1-open").queryAs(javafx.scene.control.ToggleButton.class).isFocused())
                .as("the keyboard starts on the first action's outcome").isTrue();

        // the four outcomes are one stop for Tab; the arrow keys move between them, Space marks
        robot.type(javafx.scene.input.KeyCode.RIGHT, javafx.scene.input.KeyCode.RIGHT);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertThat(robot.lookup("#carried-1-still_doing").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        robot.clickOn("#carried-1-note").write("Draft with legal").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#carried-1-carryOn");
        robot.clickOn("#carried-2-done");
        waitUntil(() -> true);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.CONTROL);
        assertThat(robot.lookup("#carried-2-open").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .as("Ctrl+Z takes the last mark back").isTrue();
        robot.clickOn("#carried-2-done");

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> showing(robot, "#board"));
        robot.interact(() -> app.window.showStart());
        org.hurdleboard.domain.Session saved = SessionFile.read(winter, false).session();
        assertThat(saved.followUp().carried()).extracting(action -> action.outcome())
                .containsExactly(org.hurdleboard.domain.Outcome.STILL_DOING, org.hurdleboard.domain.Outcome.DONE);
        assertThat(saved.followUp().carried().get(0))
                .returns("Draft with legal", action -> action.note()).returns(true, action -> action.carryOn());
    }

    @Test
    void theRoomSeesEachActionAndItsStateButNoOwnerUnlessTheFacilitatorShowsOwners(FxRobot robot)
            throws Exception {
        followedUp(robot, lastQuarter());
        robot.clickOn("#carried-1-done");
        robot.type(javafx.scene.input.KeyCode.F5);
        waitUntil(() -> showing(robot, "#sinceLastRoom"));

        java.util.List<String> seen = new java.util.ArrayList<>();
        robot.interact(() -> TestApp.collect(robot.lookup("#sinceLastRoom").query(), seen));
        assertThat(String.join("\n", seen)).contains("Write a social media policy", "text=Done", "Ask IT for a sandbox laptop", "OVERDUE")
                .doesNotContain("Head of IT").doesNotContain("Comms lead");

        robot.type(javafx.scene.input.KeyCode.F5);
        waitUntil(() -> showing(robot, "#sinceLastConsole"));
        robot.clickOn("#showOwners");
        robot.type(javafx.scene.input.KeyCode.F5);
        waitUntil(() -> showing(robot, "#sinceLastRoom"));
        seen.clear();
        robot.interact(() -> TestApp.collect(robot.lookup("#sinceLastRoom").query(), seen));
        assertThat(String.join("\n", seen)).contains("Owner: Head of IT");
    }

    @Test
    void withThePreviousFileDeletedTheFollowUpOpensAndSaysTheLinkIsBroken(FxRobot robot) throws Exception {
        Path autumn = lastQuarter();
        Path winter = followedUp(robot, autumn);
        robot.interact(() -> app.window.showStart());
        Files.delete(autumn);

        robot.interact(() -> app.window.openSession(winter, error -> { }));
        waitUntil(() -> showing(robot, "#sinceLastConsole") && showing(robot, ".since-last-link"));

        assertThat(text(robot, "#linkProblem")).contains("The link to the last workshop", "is broken",
                autumn.toString(), "kept in this file");
        assertThat(robot.lookup(".since-last-row").queryAll()).as("what was carried over is all there").hasSize(2);
        robot.clickOn("#carried-2-done");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> showing(robot, "#board"));
        assertThat(text(robot, "#workshopNotice")).contains("is broken");
        robot.interact(() -> app.window.showStart());
        assertThat(SessionFile.read(winter, false).session().followUp().carried().get(1).outcome())
                .isEqualTo(org.hurdleboard.domain.Outcome.DONE);
    }

    /**
     * The proof: a workshop with two actions is followed up; the new one opens on "Since
     * last time"; one action is marked done, one carried on; votes are cast; the ranking shows the
     * movement; the report has the outcomes and the movement; after a reopen all of it is there.
     */
    @Test
    void aFollowUpFromSinceLastTimeToTheRankingAndTheReportSurvivesAReopen(FxRobot robot) throws Exception {
        Path winter = followedUp(robot, lastQuarter());
        robot.clickOn("#carried-2-done");
        robot.clickOn("#carried-1-carryOn");
        robot.clickOn("#sinceLastDone");
        waitUntil(() -> showing(robot, "#board"));

        // participant 1 of 16 puts their 4 dots: two on card 33, one on 1, one on 27
        for (int card : new int[] {33, 33, 1, 27}) {
            robot.write(String.valueOf(card)).type(javafx.scene.input.KeyCode.ENTER);
        }
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#rankMove-33"));
        assertThat(text(robot, "#rankMove-33")).isEqualTo("\u25b2 up 2 places (last time 3, 2 votes)");
        assertThat(text(robot, "#rankMove-1")).startsWith("\u25bc down 1 place");
        assertThat(text(robot, "#rankMove-27")).startsWith("\u2605 new");
        assertThat(text(robot, "#rankGone")).contains("12 Staff can't change their home page");

        robot.interact(() -> app.window.showStart());
        robot.interact(() -> app.window.openSession(winter, error -> { }));
        waitUntil(() -> showing(robot, "#board"));
        assertThat(showing(robot, "#sinceLastConsole")).as("with votes cast it opens on the board").isFalse();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#rankMove-33"));
        assertThat(text(robot, "#rankMove-33")).startsWith("\u25b2 up 2 places");
        robot.clickOn("#openSinceLast");
        waitUntil(() -> showing(robot, "#sinceLastConsole"));
        assertThat(robot.lookup("#carried-2-done").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#carried-1-carryOn").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();

        robot.interact(() -> app.window.showStart());
        org.hurdleboard.domain.report.SessionReport report =
                org.hurdleboard.domain.report.SessionReport.of(SessionFile.read(winter, false).session());
        for (org.hurdleboard.report.ReportFormat format : org.hurdleboard.report.ReportFormat.values()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            new org.hurdleboard.report.Reports(org.hurdleboard.report.ReportLanguage.EN).writer(format)
                    .write(report, out);
            String written = format == org.hurdleboard.report.ReportFormat.PDF ? pdfText(out.toByteArray())
                    : out.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(written).as(format.name()).contains("sandbox laptop")
                    .contains(format == org.hurdleboard.report.ReportFormat.JSON ? "\"outcome\" : \"done\"" : "Done")
                    .contains(format == org.hurdleboard.report.ReportFormat.JSON ? "\"direction\" : \"up\"" : "up 2 places");
        }
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aLastWorkshopMovedElsewhereIsChosenAgainAndAnotherWorkshopIsRefused(FxRobot robot) throws Exception {
        Path autumn = lastQuarter();
        Path winter = followedUp(robot, autumn);
        robot.interact(() -> app.window.showStart());
        Path moved = Files.createDirectories(home.resolve("archive")).resolve("Autumn 2026.hurdles");
        Files.move(autumn, moved);
        robot.interact(() -> app.window.openSession(winter, error -> { }));
        waitUntil(() -> showing(robot, ".since-last-link"));

        SessionFile.create(home.resolve("another.hurdles"), org.hurdleboard.domain.Session.start(
                new SessionDetails("Another", "", LocalDate.of(2026, 1, 1), "", 0),
                app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What blocks us?")).close();
        app.nextOpen = home.resolve("another.hurdles");
        robot.clickOn("#relinkPrevious");
        waitUntil(() -> text(robot, "#linkProblem").contains("is another workshop"));

        app.nextOpen = moved;
        robot.clickOn("#relinkPrevious");
        waitUntil(() -> text(robot, "#linkProblem").isEmpty());
        assertThat(showing(robot, ".since-last-link")).isFalse();
        robot.interact(() -> app.window.showStart());
        assertThat(SessionFile.read(winter, false).session().followUp().previous().orElseThrow().lastPath())
                .isEqualTo(moved.toAbsolutePath().toString());
    }
}
