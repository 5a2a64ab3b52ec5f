package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Walks each screen's scene graph: everything the keyboard can reach has a name a screen reader can say. */
class AccessibilityTest extends AppFlowTest {
    @Test
    void everyControlOnTheStartScreenHasAName(FxRobot robot) {
        assertEveryReachableNodeIsNamed(4);
    }

    @Test
    void everyControlOfTheSetUpFormHasAName(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        assertEveryReachableNodeIsNamed(9);
    }

    @Test
    void everyCardAndControlOnTheBoardHasANameThatIncludesItsVotes(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));

        assertEveryReachableNodeIsNamed(50);
        Node card = robot.lookup("#card-1").query();
        assertThat(card.getAccessibleText()).isEqualTo(
                "Card 1, Internet Access: Social sites are blocked or filtered. 11 votes.");
        assertThat(card.getAccessibleHelp()).isNotBlank();
    }

    @Test
    void inPresentationModeTheControlStripIsNamedToo(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-1");
        robot.type(javafx.scene.input.KeyCode.F5);
        waitUntil(() -> showing(robot, "#presentStrip"));

        assertEveryReachableNodeIsNamed(54);
        assertThat(robot.lookup("#presentLeave").queryAs(Node.class).getAccessibleHelp()).contains("F5");
    }

    @Test
    void everyControlOfTheDiscussConsoleAndItsCapturedItemsHasAName(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#openDiscuss");
        waitUntil(() -> showing(robot, "#discussConsole"));
        robot.clickOn("#input-note").write("A note").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#input-action").write("An action").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#discussAddCard");

        assertEveryReachableNodeIsNamed(30);
        robot.clickOn("#discussAllActions");
        assertEveryReachableNodeIsNamed(robot.lookup("#actionsView").queryAs(Parent.class), 5);
    }

    @Test
    void everyControlOfTheDeckEditorHasAName(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        Node edit = robot.lookup("#editDeck").query();
        robot.clickOn(edit);
        waitUntil(() -> showing(robot, "#deckEditor"));

        assertEveryReachableNodeIsNamed(robot.lookup("#deckEditor").queryAs(Parent.class), 20);
        assertThat(robot.lookup("#deleteCard").queryAs(Node.class).getAccessibleText()).isEqualTo("Delete the card");
    }

    private void assertEveryReachableNodeIsNamed(int atLeast) {
        assertEveryReachableNodeIsNamed(stage.getScene().getRoot(), atLeast);
    }

    private static void assertEveryReachableNodeIsNamed(Parent root, int atLeast) {
        List<Node> reachable = new ArrayList<>();
        collectReachable(root, reachable);
        assertThat(reachable).hasSizeGreaterThanOrEqualTo(atLeast);
        for (Node node : reachable) {
            assertThat(nameOf(root, node)).as("the name of %s", node).isNotBlank();
        }
    }

    /** Focusable nodes, not looking inside a control's own skin (its parts are the control's). */
    private static void collectReachable(Node node, List<Node> reachable) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            reachable.add(node);
        }
        if (node instanceof Control && node.isFocusTraversable()) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectReachable(child, reachable);
            }
        }
    }

    private static String nameOf(Parent root, Node node) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return node.getAccessibleText();
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return labeled.getText();
        }
        return root.lookupAll(".label").stream()
                .filter(label -> label instanceof Label l && l.getLabelFor() == node)
                .map(label -> ((Label) label).getText())
                .findFirst().orElse("");
    }
}
