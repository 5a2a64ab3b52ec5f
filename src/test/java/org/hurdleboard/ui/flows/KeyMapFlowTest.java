package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
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

    @Test
    void theWholeKeyMapFitsA1280x720Screen(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-12");
        robot.write("?");
        waitUntil(() -> showing(robot, "#keyMap"));
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });

        Bounds window = new BoundingBox(0, 0, stage.getScene().getWidth(), stage.getScene().getHeight());
        Node card = robot.lookup(".key-map").query();
        assertThat(window.contains(card.localToScene(card.getLayoutBounds()))).as("the card inside the window").isTrue();
        Node viewport = robot.lookup(".key-map-scroller .viewport").query();
        Bounds shown = viewport.localToScene(viewport.getLayoutBounds());
        for (Label label : robot.lookup(".key-map .label").queryAllAs(Label.class)) {
            Bounds bounds = label.localToScene(label.getLayoutBounds());
            Bounds inside = label.getStyleClass().contains("key-map-title") ? window : shown;
            if (label.getParent() instanceof javafx.scene.control.Button) {
                inside = window;
            }
            assertThat(inside.contains(bounds)).as("\"%s\" on screen without scrolling: %s in %s", label.getText(),
                    bounds, inside).isTrue();
            assertThat(((Text) label.lookup(".text")).getText()).as("\"%s\" whole", label.getText())
                    .isEqualTo(label.getText());
        }
        Node close = robot.lookup("#closeKeyMap").query();
        assertThat(window.contains(close.localToScene(close.getLayoutBounds()))).as("Close (Esc) on screen").isTrue();
    }
}
