package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A field with a problem carries a mark (ControlsFX) the eye finds at once, while the message a
 * screen reader reads stays under the field or in the deck's list of problems.
 */
class ValidationMarkTest extends AppFlowTest {
    @Test
    void aSetUpFieldWithAProblemIsMarkedBesideItsMessageUntilItIsPutRight(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        assertThat(marksOn(robot, "#titleField")).as("nothing marked before Create").isZero();

        robot.clickOn("#createWorkshop");
        assertThat(marksOn(robot, "#titleField")).as("the title is marked").isEqualTo(1);
        assertThat(robot.lookup("#titleError").queryAs(Label.class).isVisible()).as("its message stays").isTrue();
        assertThat(marksOn(robot, "#facilitatorField")).as("a field without a problem").isZero();

        robot.clickOn("#titleField").write("Team day");
        assertThat(marksOn(robot, "#titleField")).as("put right").isZero();
    }

    @Test
    void aDeckEditorFieldWithAProblemIsMarkedAndTheListOfProblemsStays(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        robot.clickOn("#newDeck");
        waitUntil(() -> showing(robot, "#deckEditor"));

        assertThat(marksOn(robot, "#cardStatementField")).as("a new deck's first card has no statement").isEqualTo(1);
        assertThat(marksOn(robot, "#cardTitleField")).isZero();
        assertThat(robot.lookup("#deckProblems").queryAs(Label.class).getText()).contains("statement");

        robot.clickOn("#cardStatementField");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("No time.");
        waitUntil(() -> marksOn(robot, "#cardStatementField") == 0);
        assertThat(robot.lookup("#saveDeck").query().isDisabled()).isFalse();
    }

    /** How many validation marks are drawn over the field. */
    private static long marksOn(FxRobot robot, String field) {
        Node target = robot.lookup(field).query();
        Bounds where = target.localToScreen(target.getBoundsInLocal());
        return robot.lookup(".validation-mark").queryAll().stream()
                .filter(mark -> mark.isVisible() && mark.getScene() == target.getScene())
                .filter(mark -> where.contains(mark.localToScreen(mark.getBoundsInLocal())))
                .count();
    }
}
