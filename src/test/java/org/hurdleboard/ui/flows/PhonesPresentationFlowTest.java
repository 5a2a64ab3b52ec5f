package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.ui.phones.PhoneRoundModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** With one screen, presentation mode (F5) is the room's screen: the QR code while phones vote, the panel after. */
class PhonesPresentationFlowTest extends AppFlowTest {
    @BeforeEach
    void loopbackOnly() {
        System.setProperty(PhoneRoundModel.ADDRESS_PROPERTY, "127.0.0.1");
    }

    @AfterEach
    void forgetAddress() {
        System.clearProperty(PhoneRoundModel.ADDRESS_PROPERTY);
    }

    @Test
    void presentingShowsTheRoomTheCodeTheAddressAndTheBallotsNeverACount(FxRobot robot) throws Exception {
        Path file = home.resolve("Approval.hurdles");
        SessionFile.create(file, Session.start(new SessionDetails("Approval", "", LocalDate.of(2026, 11, 29), "", 9),
                app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What blocks us?",
                new RoundSettings(VotingRule.APPROVAL, true, Set.of()))).close();
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> TestApp.showing(robot, "#board"));
        Node card = robot.lookup("#card-1").query();
        robot.interact(card::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#phonesConfirm").tryQuery().isPresent());
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
