package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** One screen in the room: F5 puts the board full screen without the facilitator's buttons. */
class PresentationFlowTest extends AppFlowTest {
    @Test
    void f5HidesTheButtonsButNotTheBoardAndF5BringsThemBack(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-5");

        robot.type(KeyCode.F5);
        waitUntil(stage::isFullScreen);
        for (String control : new String[] {"#undo", "#redo", "#exportReport", "#workshopMenu", "#fullScreen",
                "#closeWorkshop", "#votingBar"}) {
            assertThat(showing(robot, control)).as(control).isFalse();
        }
        assertThat(showing(robot, "#sessionTitle")).isTrue();
        robot.write("+");
        assertThat(badge(robot, 5))
                .as("the keys still work").isEqualTo("5");

        robot.type(KeyCode.F5);
        waitUntil(() -> !stage.isFullScreen());
        assertThat(showing(robot, "#undo")).isTrue();
        assertThat(showing(robot, "#votingBar")).isTrue();
        assertThat(showing(robot, "#presentStrip")).isFalse();
    }

    @Test
    void aSmallStripKeepsUndoAndTheTimerAtHandAndCtrlHHidesIt(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-5");
        robot.type(KeyCode.F5);
        waitUntil(stage::isFullScreen);
        assertThat(showing(robot, "#presentStrip")).isTrue();

        robot.write("+");
        robot.clickOn("#presentUndo");
        assertThat(badge(robot, 5)).as("undone from the strip").isEqualTo("4");
        robot.clickOn("#presentTimer");
        waitUntil(() -> showing(robot, "#stageTimer"));

        robot.clickOn("#card-5");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        assertThat(showing(robot, "#presentStrip")).as("a clean board").isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        assertThat(showing(robot, "#presentStrip")).isTrue();

        robot.clickOn("#presentLeave");
        waitUntil(() -> !stage.isFullScreen());
        assertThat(showing(robot, "#undo")).isTrue();
    }
}
