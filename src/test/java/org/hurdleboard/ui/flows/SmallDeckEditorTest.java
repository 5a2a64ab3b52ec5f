package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import org.hurdleboard.ui.common.Displays;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The deck editor on a 1024x768 laptop: inside the screen, every control inside its window. */
class SmallDeckEditorTest extends AppFlowTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1024, 768);

    @Override
    Displays displays() {
        return screens(LAPTOP);
    }

    @Test
    void theDeckEditorFitsA1024x768ScreenWithEveryControlInsideItsWindow(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(LAPTOP.getWidth());
            stage.setHeight(LAPTOP.getHeight());
        });
        robot.clickOn("#newWorkshop");
        robot.clickOn("#editDeck");
        waitUntil(() -> showing(robot, "#deckEditor"));

        Scene editor = robot.lookup("#deckEditor").query().getScene();
        Window window = editor.getWindow();
        assertThat(window.getWidth()).as("the editor's width").isLessThanOrEqualTo(LAPTOP.getWidth());
        List<String> outside = new ArrayList<>();
        robot.interact(() -> {
            editor.getRoot().applyCss();
            editor.getRoot().layout();
            collectOutside(editor.getRoot(), editor.getWidth(), outside);
        });
        assertThat(outside).as("drawn past the window's edges").isEmpty();
        assertThat(TestApp.cutShort(robot, editor, "#deckEditor")).as("cut short").isEmpty();
    }

    private static void collectOutside(Node node, double windowWidth, List<String> outside) {
        if (!node.isVisible()) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if ((node instanceof Labeled || node instanceof Control) && (bounds.getMinX() < -0.5 || bounds.getMaxX() > windowWidth + 0.5)) {
            outside.add((node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName())
                    + " from " + Math.round(bounds.getMinX()) + " to " + Math.round(bounds.getMaxX()));
            return;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectOutside(child, windowWidth, outside));
        }
    }
}
