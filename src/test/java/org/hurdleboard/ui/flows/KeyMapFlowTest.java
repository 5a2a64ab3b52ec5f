package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** "?" shows every key on screen, over the board, and Esc gives the board its keys back. */
class KeyMapFlowTest extends AppFlowTest {
    @Test
    void questionMarkShowsTheKeysAndEscapeGoesBackToTheSameCard(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-12");

        robot.write("?");

        assertThat(showing(robot, "#keyMap")).isTrue();
        assertThat(robot.lookup("#keyMap .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Ctrl+Z", app.messages.get("keymap.undo.does"), "?");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#keyMap").tryQuery()).isEmpty();
        assertThat(robot.lookup("#card-12").query().isFocused()).isTrue();
        robot.write("+");
        assertThat(badge(robot, 12)).isEqualTo("1");
    }

    @Test
    void aQuestionMarkTypedIntoAFieldIsJustText(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        robot.clickOn("#titleField").write("Why?");

        assertThat(robot.lookup("#keyMap").tryQuery()).isEmpty();
    }
}
