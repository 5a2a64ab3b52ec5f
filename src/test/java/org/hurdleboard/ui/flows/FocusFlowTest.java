package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.store.SessionFile;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A key pressed by habit never changes the workshop: whenever a view, a dialog or an overlay
 * closes, the keyboard is on the board (or the ranking), never on a header button or a menu.
 */
class FocusFlowTest extends AppFlowTest {
    @Test
    void spaceEnterAndDigitsAfterEachViewSwitchChangeNothing(FxRobot robot) throws Exception {
        openHiddenTally(robot);
        robot.clickOn("#card-5").write("+++");
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(() -> "3 votes".equals(text(robot, "#totalVotes")));

        for (KeyCode view : new KeyCode[] {KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT2, KeyCode.DIGIT1}) {
            robot.press(KeyCode.CONTROL).type(view).release(KeyCode.CONTROL);
            assertNotOnAControl(robot, "after Ctrl+" + view.getName());
            robot.type(KeyCode.SPACE).type(KeyCode.ENTER).type(KeyCode.ESCAPE).write("7").type(KeyCode.ESCAPE);
            assertThat(text(robot, "#totalVotes")).as("Space, Enter or a digit after Ctrl+%s", view.getName())
                    .isEqualTo("3 votes");
        }
        assertThat(robot.lookup("#card-5").query().isFocused()).as("back on the board, on the same card").isTrue();
        robot.write("+");
        assertThat(badge(robot, 5)).isEqualTo("4");
    }

    @Test
    void afterAddingARoundTheKeysAreOnTheBoard(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-1");
        robot.clickOn("#roundMenu");
        robot.clickOn("#addRound");
        waitUntil(() -> showing(robot, "#roundConfirm"));
        Spinner<?> top = robot.lookup("#roundTop").queryAs(Spinner.class);
        robot.interact(() -> top.getEditor().setText("0"));
        robot.clickOn("#roundConfirm");
        waitUntil(() -> robot.lookup("#roundConfirm").tryQuery().isEmpty());
        waitUntil(() -> text(robot, "#totalVotes").equals("0 votes"));

        assertNotOnAControl(robot, "after the round dialog");
        assertThat(robot.lookup("#card-1").query().isFocused()).isTrue();
        robot.write("+");
        assertThat(badge(robot, 1)).as("a vote in the new round").isEqualTo("1");
        robot.type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#roundMenu").queryAs(MenuButton.class).isShowing()).as("Enter reopens no menu")
                .isFalse();
    }

    @Test
    void afterTheExportDialogIsCancelledSpaceDoesNotOpenItAgain(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-7");
        robot.clickOn("#exportReport");
        waitUntil(() -> showing(robot, "#exportConfirm"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#exportConfirm").tryQuery().isEmpty());

        assertNotOnAControl(robot, "after the export dialog");
        assertThat(robot.lookup("#card-7").query().isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(robot.lookup("#exportConfirm").tryQuery()).as("Space opens no dialog").isEmpty();
        robot.write("+");
        assertThat(badge(robot, 7)).isEqualTo("4");
    }

    @Test
    void closingTheKeyMapOverTheRankingLeavesTheKeysOffTheHeader(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-5");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        robot.write("?");
        waitUntil(() -> showing(robot, "#keyMap"));
        robot.type(KeyCode.ESCAPE);
        assertNotOnAControl(robot, "after the key map");
        robot.type(KeyCode.SPACE);
        assertThat(showing(robot, "#ranking")).isTrue();
        assertThat(text(robot, "#totalVotes")).isEqualTo("147 votes");
    }

    private void assertNotOnAControl(FxRobot robot, String when) {
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).as("%s the keyboard is somewhere", when).isNotNull();
        assertThat(focused).as("%s the keyboard is on %s", when, focused)
                .isNotInstanceOf(ButtonBase.class).isNotInstanceOf(MenuButton.class);
    }

    private void openHiddenTally(FxRobot robot) throws Exception {
        Path file = home.resolve("Hidden.hurdles");
        SessionFile.create(file, Session.start(new SessionDetails("Hidden", "", LocalDate.of(2026, 11, 29), "", 9),
                app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What blocks us?",
                new RoundSettings(VotingRule.TALLY, true, Set.of()))).close();
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> showing(robot, "#board"));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }
}
