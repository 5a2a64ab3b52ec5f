package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** B blacks the room's screen out, as in presentation software, and brings the same board back. */
class BlankScreenFlowTest extends AppFlowTest {
    @Test
    void bBlacksTheBoardOutAndBringsItBackWithTheSameCardSelected(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-7");

        robot.write("b");
        assertThat(showing(robot, "#blankScreen")).isTrue();
        robot.write("+");
        assertThat(badge(robot, 7))
                .as("keys do not reach the hidden board").isEqualTo("3");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#blankScreen").tryQuery()).isEmpty();
        robot.write("+");
        assertThat(badge(robot, 7)).isEqualTo("4");

        robot.write("b").write("b");
        assertThat(robot.lookup("#blankScreen").tryQuery()).isEmpty();
    }
}
