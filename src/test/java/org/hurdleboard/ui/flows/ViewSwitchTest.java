package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Board / Ranking / Heat switch: one segmented bar, every part of it reachable and named. */
class ViewSwitchTest extends AppFlowTest {
    private static final List<String> SEGMENTS = List.of("#view-board", "#view-ranking", "#view-heat");

    @Test
    void eachPartOfTheSwitchIsReachableByTheKeyboardAndNamed(FxRobot robot) {
        openDemo(robot);

        for (String query : SEGMENTS) {
            ToggleButton segment = robot.lookup(query).queryAs(ToggleButton.class);
            assertThat(segment.isFocusTraversable()).as("%s reachable with Tab", query).isTrue();
            assertThat(segment.getText()).as("%s named", query).isNotBlank();
            assertThat(segment.getAccessibleHelp()).as("%s says its shortcut", query).contains("Ctrl+");
        }
    }

    @Test
    void spaceOrEnterOnAPartShowsItsViewAndDoesNothingElse(FxRobot robot) {
        openDemo(robot);
        String votes = robot.lookup("#totalVotes").queryAs(Label.class).getText();

        focus(robot, "#view-ranking");
        robot.type(KeyCode.SPACE);
        assertThat(showing(robot, "#rankView")).as("Space shows the ranking").isTrue();
        focus(robot, "#view-ranking");
        robot.type(KeyCode.SPACE);
        assertThat(selected(robot, "#view-ranking")).as("Space again keeps it chosen").isTrue();
        assertThat(showing(robot, "#rankView")).isTrue();

        focus(robot, "#view-heat");
        robot.type(KeyCode.ENTER);
        assertThat(selected(robot, "#view-heat")).as("Enter shows the heat view").isTrue();
        assertThat(showing(robot, "#rankView")).isFalse();
        assertThat(robot.lookup("#voteCount").query().isFocused()).as("Enter typed no count").isFalse();

        assertThat(robot.lookup("#totalVotes").queryAs(Label.class).getText()).as("no vote changed").isEqualTo(votes);
    }

    private static void focus(FxRobot robot, String query) {
        ToggleButton segment = robot.lookup(query).queryAs(ToggleButton.class);
        robot.interact(segment::requestFocus);
    }

    private static boolean selected(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ToggleButton.class).isSelected();
    }

    private static void openDemo(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
    }
}
