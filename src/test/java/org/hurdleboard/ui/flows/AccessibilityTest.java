package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.ReachableNames.assertEveryReachableNodeIsNamed;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Walks each screen's scene graph: everything the keyboard can reach has a name a screen reader can say. */
class AccessibilityTest extends AppFlowTest {
    @Test
    void everyControlOnTheStartScreenHasAName(FxRobot robot) {
        assertEverythingOnScreenIsNamed(4);
    }

    @Test
    void everyControlOfTheSetUpFormHasAName(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        assertEverythingOnScreenIsNamed(9);
    }

    @Test
    void everyCardAndControlOnTheBoardHasANameThatIncludesItsVotes(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));

        assertEverythingOnScreenIsNamed(50);
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

        assertEverythingOnScreenIsNamed(54);
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

        assertEverythingOnScreenIsNamed(30);
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

    private void assertEverythingOnScreenIsNamed(int atLeast) {
        assertEveryReachableNodeIsNamed(stage.getScene().getRoot(), atLeast);
    }
}
