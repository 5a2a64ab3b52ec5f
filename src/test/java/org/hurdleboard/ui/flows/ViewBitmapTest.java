package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * No screen keeps a bitmap of a scrolling view: a full HD one is 8 MB, redrawn whole at every
 * change inside it, and kept in a pool after its screen is gone (see ScrollPanes).
 */
class ViewBitmapTest extends AppFlowTest {
    @Test
    void theStartScreenSetUpTheBoardAndTheRankingDrawTheirViewsAfresh(FxRobot robot) {
        assertThat(cachedNodes(robot)).as("start screen").isEmpty();

        robot.clickOn("#newWorkshop");
        waitUntil(() -> showing(robot, "#followUpFolder"));
        assertThat(cachedNodes(robot)).as("set-up").isEmpty();

        robot.interact(() -> app.window.showStart());
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board .card"));
        assertThat(cachedNodes(robot)).as("board").isEmpty();

        robot.interact(() -> robot.lookup("#view-ranking").queryAs(ToggleButton.class).fire());
        waitUntil(() -> showing(robot, "#rankView"));
        assertThat(cachedNodes(robot)).as("ranking").isEmpty();
    }

    private List<String> cachedNodes(FxRobot robot) {
        List<String> cached = new ArrayList<>();
        robot.interact(() -> collect(stage.getScene().getRoot(), cached));
        return cached;
    }

    private static void collect(Node node, List<String> cached) {
        if (node.isCache()) {
            cached.add(node + " " + node.getLayoutBounds());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cached));
        }
    }
}
