package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.hurdleboard.ui.common.Displays;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * F5 on and off all workshop long must not pile up views that listen to the board: the projector
 * keeps one view for the board's life, and when the board goes, its views go with it.
 */
class ProjectorLeakTest extends AppFlowTest {
    private static final int TIMES = 50;

    @Override
    Displays displays() {
        return Displays.fixed(List.of(new Rectangle2D(0, 0, 1920, 1080), new Rectangle2D(0, 0, 1280, 720)));
    }

    @Test
    void fiftyTimesOnAndOffTheProjectorLeaveNoViewBehindOnceTheBoardHasGone(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board") && projectorUp(robot));
        Map<Node, Boolean> viewsSeen = new IdentityHashMap<>();
        List<WeakReference<Node>> views = new ArrayList<>();
        for (int i = 0; i < TIMES; i++) {
            robot.type(KeyCode.F5);
            waitUntil(() -> !projectorUp(robot));
            robot.type(KeyCode.F5);
            waitUntil(() -> projectorUp(robot));
            Node view = robot.lookup("#roomView").query();
            if (viewsSeen.put(view, true) == null) {
                views.add(new WeakReference<>(view));
            }
        }
        assertThat(views).as("one view of the board for the projector, however often it comes back").hasSize(1);
        viewsSeen.clear();

        robot.clickOn("#closeWorkshop");
        waitUntil(() -> showing(robot, "#tryDemo"));
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board") && projectorUp(robot));

        assertThat(collected(views)).as("the old board's projector view is gone").isTrue();
    }

    private static boolean projectorUp(FxRobot robot) {
        return robot.lookup("#roomView").tryQuery().map(node -> node.getScene() != null
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()).orElse(false);
    }

    /**
     * Asks for garbage collection until every reference is cleared, or gives up after a few rounds.
     * TestFX keeps every event fired in its stage (each holds the node it went to): that record is
     * the test harness's, not the app's, so it is started afresh first.
     */
    private static boolean collected(List<WeakReference<Node>> references) {
        FxToolkit.toolkitContext().setRegisteredStage(FxToolkit.toolkitContext().getRegisteredStage());
        for (int round = 0; round < 20; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            System.gc();
            if (references.stream().allMatch(reference -> reference.get() == null)) {
                return true;
            }
        }
        return false;
    }
}
