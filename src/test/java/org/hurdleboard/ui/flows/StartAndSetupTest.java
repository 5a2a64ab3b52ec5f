package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.hurdleboard.store.SessionFile;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The start screen and the set-up form: the ways in, and what they say when something is wrong. */
class StartAndSetupTest extends AppFlowTest {
    @Test
    void theStartScreenOffersEveryWayIn(FxRobot robot) {
        assertThat(robot.lookup("#newWorkshop").tryQuery()).isPresent();
        assertThat(robot.lookup("#openFile").tryQuery()).isPresent();
        assertThat(robot.lookup("#tryDemo").tryQuery()).isPresent();
        assertThat(robot.lookup("#recentFiles").tryQuery()).isPresent();
    }

    @Test
    void theDemoOpensOnABoardWithVotes(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#board"));

        assertThat(robot.lookup("#totalVotes").queryAs(Label.class).getText()).isEqualTo("147 votes");
        assertThat(robot.lookup("#sessionTitle").queryAs(Label.class).getText()).startsWith("Demo");
    }

    @Test
    void aRecentWorkshopThatIsGoneIsTakenOffTheListWithANote(FxRobot robot) throws Exception {
        Path gone = home.resolve("moved away.hurdles");
        app.context.recentFiles().remember(gone, "Moved away");
        app.context.recentFiles().remember(home.resolve("other.hurdles"), "Other");
        robot.interact(() -> app.window.showStart());
        ListView<?> recent = robot.lookup("#recentFiles").queryAs(ListView.class);
        waitUntil(() -> recent.getItems().size() == 2);

        robot.clickOn("#recentFiles").type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#startError"));

        assertThat(robot.lookup("#startError").queryAs(Label.class).getText())
                .contains("There is no file at").contains("moved away.hurdles");
        waitUntil(() -> recent.getItems().size() == 1);
        assertThat(app.context.recentFiles().load()).extracting(e -> e.title()).containsExactly("Other");
    }

    @Test
    void setUpNeedsATitleAndSaysSoBeforeCreatingAnything(FxRobot robot) throws Exception {
        robot.clickOn("#newWorkshop");
        robot.clickOn("#createWorkshop");

        assertThat(robot.lookup("#titleError").queryAs(Label.class).getText()).isEqualTo("Give the workshop a title.");
        assertThat(robot.lookup("#titleError").queryAs(Label.class).isVisible()).isTrue();
        assertThat(showing(robot, "#board")).isFalse();
        assertThat(Files.exists(app.context.home().workshopsFolder())).isFalse();

        robot.clickOn("#titleField").write("Now titled");
        assertThat(robot.lookup("#titleError").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void theFileNameFollowsTheDateAndTitleAndIsSafeOnEveryDisk(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        robot.clickOn("#titleField").write("Q3: \"Digital\" day / HR?");

        String suggested = robot.lookup("#fileField").queryAs(TextField.class).getText();
        assertThat(Path.of(suggested).getFileName().toString()).isEqualTo("2026-11-29 Q3 Digital day HR.hurdles");
        assertThat(Path.of(suggested).getParent()).isEqualTo(app.context.home().workshopsFolder());
    }

    @Test
    void aSuggestedNameAlreadyInUseGetsANumberAndTheOldFileIsUntouched(FxRobot robot) throws Exception {
        Files.createDirectories(app.context.home().workshopsFolder());
        Path taken = app.context.home().workshopsFolder().resolve("2026-11-29 Team day.hurdles");
        Files.writeString(taken, "an earlier workshop");

        robot.clickOn("#newWorkshop");
        robot.clickOn("#titleField").write("Team day");
        robot.clickOn("#createWorkshop");
        waitUntil(() -> showing(robot, "#board"));

        assertThat(Files.readString(taken)).isEqualTo("an earlier workshop");
        Path created = taken.resolveSibling("2026-11-29 Team day (2).hurdles");
        try (SessionFile file = SessionFile.openReadOnly(created)) {
            assertThat(file.session().details().title()).isEqualTo("Team day");
        }
    }

    @Test
    void aFileTheFacilitatorNamedIsNeverOverwritten(FxRobot robot) throws Exception {
        Path taken = Files.writeString(home.resolve("mine.hurdles"), "an earlier workshop");
        robot.clickOn("#newWorkshop");
        robot.clickOn("#titleField").write("Team day");
        TextField file = robot.lookup("#fileField").queryAs(TextField.class);
        robot.interact(() -> file.setText(taken.toString()));
        robot.clickOn("#createWorkshop");
        waitUntil(() -> robot.lookup("#fileError").queryAs(Label.class).isVisible());

        assertThat(robot.lookup("#fileError").queryAs(Label.class).getText())
                .contains("already a file called mine.hurdles");
        assertThat(Files.readString(taken)).isEqualTo("an earlier workshop");
        assertThat(showing(robot, "#board")).isFalse();
    }

    @Test
    void theFormIsReadyForTypingTheTitle(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        waitUntil(() -> robot.lookup("#titleField").query().isFocused());

        robot.write("Typed at once");

        assertThat(robot.lookup("#titleField").queryAs(TextField.class).getText()).isEqualTo("Typed at once");
    }

    @Test
    void participantsMustBeANumber(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        robot.clickOn("#titleField").write("Day");
        robot.clickOn("#participantsField").write("a dozen");
        robot.clickOn("#createWorkshop");

        assertThat(robot.lookup("#participantsError").queryAs(Label.class).getText())
                .isEqualTo("Enter a number of participants from 0 to 1,000.");
        assertThat(showing(robot, "#board")).isFalse();
    }

    @Test
    void backReturnsToTheStartScreen(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> showing(robot, "#newWorkshop"));
    }
}
