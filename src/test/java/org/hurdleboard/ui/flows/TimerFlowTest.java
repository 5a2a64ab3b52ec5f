package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** T starts the stage timer on the board, M adds a minute, T pauses; it is read from the back of the room. */
class TimerFlowTest extends AppFlowTest {
    @Test
    void theTimerStartsAddsAMinuteAndPausesFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        waitUntil(() -> robot.lookup("#card-1").query().isFocused());
        assertThat(showing(robot, "#stageTimer")).isFalse();

        robot.write("t");
        Label timer = robot.lookup("#stageTimer").queryAs(Label.class);
        assertThat(timer.isVisible()).isTrue();
        waitUntil(() -> timer.getText().equals("4:59"));
        robot.write("m");
        assertThat(timer.getText()).startsWith("5:");
        robot.write("t");

        assertThat(timer.getText()).startsWith("Paused 5:");
        assertThat(timer.getAccessibleText()).startsWith("Timer: 5 minutes");
        assertThat(badge(robot, 1))
                .as("t and m are not votes").isEqualTo("11");
    }
}
