package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.VotingRule;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** With one screen, presentation mode (F5) is the room's screen: the QR code while phones vote, the panel after. */
class PhonesPresentationFlowTest extends PhoneFlowTest {
    @Test
    void presentingShowsTheRoomTheCodeTheAddressAndTheBallotsNeverACount(FxRobot robot) throws Exception {
        openWorkshop(robot, 9, new RoundSettings(VotingRule.APPROVAL, true, Set.of()));
        askForPhones(robot);
        assertThat(robot.lookup("#ruleApproval").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .as("the round's own rule").isTrue();
        robot.clickOn("#phonesConfirm");
        waitUntil(() -> TestApp.showing(robot, "#phonesConsole")
                && !robot.lookup("#phonesAddress").queryAs(Labeled.class).getText().isEmpty());

        robot.type(KeyCode.F5);

        waitUntil(() -> TestApp.showing(robot, "#phonesRoom"));
        assertThat(robot.lookup("#phonesConsole").tryQuery().filter(Node::isVisible)).as("no facilitator's panel")
                .isEmpty();
        assertThat(robot.lookup("#phonesRoomQr").query().getUserData()).asString().startsWith("http://127.0.0.1:");
        assertThat(robot.lookup("#phonesRoomAddress").queryAs(Labeled.class).getText()).startsWith("http://127.0.0.1:");
        assertThat(robot.lookup("#phonesRoomCode").queryAs(Labeled.class).getText()).startsWith("Room code: ");
        assertThat(robot.lookup("#phonesRoomBallots").queryAs(Labeled.class).getText())
                .isEqualTo("No phones have voted yet");
        assertThat(robot.lookup(".card-votes").tryQuery()).as("no card, so no count, on the room's screen").isEmpty();

        robot.type(KeyCode.F5);
        waitUntil(() -> TestApp.showing(robot, "#phonesConsole"));
    }
}
