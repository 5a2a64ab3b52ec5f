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
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.hurdleboard.ui.common.Displays;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A 1024x768 laptop with a projector beside it: the console's header gives up the buttons needed
 * least (to the Workshop menu) rather than push the board and the voting column out of the window,
 * and the votes coming in never make the board re-fit itself.
 */
class NarrowConsoleTest extends AppFlowTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1024, 768);
    /** Beside the laptop on the test machine's one 1920x1080 screen, so it hides none of the console. */
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1024, 0, 896, 1080);

    @Override
    Displays displays() {
        return screens(LAPTOP, PROJECTOR);
    }

    @Test
    void theHeaderFitsTheWindowAndWhatItFoldedIsInTheWorkshopMenuUntilTheWindowIsWideAgain(FxRobot robot) {
        openTheDemo(robot);

        assertThat(outsideTheWindow(robot)).as("controls drawn past the window's edge").isEmpty();
        assertThat(showing(robot, "#closeWorkshop")).as("Close workshop, folded").isFalse();
        assertThat(showing(robot, "#exportReport")).as("Export report, folded").isFalse();
        assertThat(showing(robot, "#undo")).as("undo stays").isTrue();
        assertThat(visibleMenuItems(robot)).as("the Workshop menu's end")
                .endsWith("Export report\u2026", "Close workshop");

        robot.interact(() -> stage.setWidth(1600));
        waitUntil(() -> showing(robot, "#closeWorkshop") && showing(robot, "#exportReport"));
        assertThat(visibleMenuItems(robot)).doesNotContain("Export report\u2026", "Close workshop");
        assertThat(outsideTheWindow(robot)).isEmpty();

        robot.interact(() -> stage.setWidth(1024));
        waitUntil(() -> !showing(robot, "#closeWorkshop"));
        robot.clickOn("#workshopMenu");
        robot.clickOn("#closeWorkshopInMenu");
        waitUntil(() -> showing(robot, "#tryDemo"));
    }

    @Test
    void votesAndTheirSavingNeverChangeTheBoardsSize(FxRobot robot) {
        openTheDemo(robot);
        Node board = robot.lookup("#board").query();
        Region scroller = robot.lookup(".board-scroller").query();
        String fitted = board.getStyle();
        List<String> changes = new ArrayList<>();
        board.styleProperty().addListener((obs, old, style) -> changes.add("font " + fitted + " -> " + style));
        scroller.widthProperty().addListener((obs, old, width) -> changes.add("width " + old + " -> " + width));

        robot.interact(() -> robot.lookup("#card-1").query().requestFocus());
        for (int vote = 0; vote < 12; vote++) {
            robot.write("+");
            if (vote % 4 == 3) {
                robot.type(KeyCode.DOWN);
            }
        }
        waitUntil(() -> robot.lookup("#saveStatus").queryLabeled().getText().equals("All changes saved"));

        assertThat(changes).as("the board re-fitted while votes came in").isEmpty();
        assertThat(outsideTheWindow(robot)).isEmpty();
    }

    @Test
    void theDiscussStagesToolbarKeepsEveryWordAndEveryControlInTheWindow(FxRobot robot) {
        openTheDemo(robot);
        robot.interact(() -> robot.lookup("#card-1").query().requestFocus());
        robot.write("d");
        waitUntil(() -> showing(robot, "#discussBack"));

        assertThat(TestApp.cutShort(robot, stage.getScene(), ".discuss-toolbar")).as("cut short").isEmpty();
        List<String> outside = new ArrayList<>();
        robot.interact(() -> collectOutside(robot.lookup(".discuss-toolbar").query(), stage.getScene().getWidth(),
                outside));
        assertThat(outside).as("past the window's edge").isEmpty();
    }

    /** Counts from a paper wall (Ctrl+K): the labels whole, room in the fields, the help on a second line if need be. */
    @Test
    void theWallCountsBarKeepsItsLabelsFieldsAndHelpWhole(FxRobot robot) {
        openTheDemo(robot);
        robot.interact(() -> robot.lookup("#card-1").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#wallCard"));

        assertThat(TestApp.cutShort(robot, stage.getScene(), "#wallEntry")).as("cut short").isEmpty();
        javafx.scene.control.TextField card = robot.lookup("#wallCard").query();
        assertThat(card.getWidth()).as("the card number field's width").isGreaterThanOrEqualTo(card.prefWidth(-1) - 0.5);
        List<String> outside = new ArrayList<>();
        robot.interact(() -> collectOutside(robot.lookup("#wallEntry").query(), stage.getScene().getWidth(), outside));
        assertThat(outside).as("past the window's edge").isEmpty();

        robot.write("33").type(KeyCode.TAB).write("4").type(KeyCode.ENTER);
        String done = new org.hurdleboard.ui.common.Messages(java.util.Locale.UK).get("wall.done", 33, 4);
        waitUntil(() -> robot.lookup("#wallResult").queryLabeled().getText().equals(done));
        assertThat(TestApp.cutShort(robot, stage.getScene(), "#wallEntry")).as("cut short after a count").isEmpty();
    }

    private void openTheDemo(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(LAPTOP.getWidth());
            stage.setHeight(LAPTOP.getHeight());
        });
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board") && robot.lookup("#projectorRoot").tryQuery().isPresent());
    }

    /** Every visible control or text of the console whose right edge is past the window's. */
    private List<String> outsideTheWindow(FxRobot robot) {
        List<String> outside = new ArrayList<>();
        robot.interact(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            for (String query : List.of(".board-header", "#votingBar", "#spotlight")) {
                collectOutside(robot.lookup(query).query(), stage.getScene().getWidth(), outside);
            }
        });
        return outside;
    }

    private static void collectOutside(Node node, double windowWidth, List<String> outside) {
        if (!node.isVisible()) {
            return;
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        if ((node instanceof Labeled || node instanceof MenuButton) && bounds.getMaxX() > windowWidth + 0.5) {
            outside.add((node.getId() != null ? "#" + node.getId() : node.getClass().getSimpleName())
                    + " ends at " + Math.round(bounds.getMaxX()));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectOutside(child, windowWidth, outside));
        }
    }

    private static List<String> visibleMenuItems(FxRobot robot) {
        MenuButton menu = robot.lookup("#workshopMenu").query();
        return menu.getItems().stream().filter(MenuItem::isVisible).map(MenuItem::getText)
                .filter(text -> text != null).toList();
    }
}
