package org.hurdleboard.ui.flows;

import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.ui.phones.PhoneRoundModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;

/**
 * A flow with phones voting through the real phone server, offered 127.0.0.1 only: tests reach it
 * on loopback, never on this machine's network address.
 */
abstract class PhoneFlowTest extends AppFlowTest {
    @BeforeEach
    void loopbackOnly() {
        System.setProperty(PhoneRoundModel.ADDRESS_PROPERTY, "127.0.0.1");
    }

    @AfterEach
    void forgetAddress() {
        System.clearProperty(PhoneRoundModel.ADDRESS_PROPERTY);
    }

    /** Opens a new workshop of {@code participants} whose one round is voted this way, on its board. */
    Path openWorkshop(FxRobot robot, int participants, RoundSettings round) throws Exception {
        Path file = home.resolve("Phones.hurdles");
        SessionFile.create(file, Session.start(new SessionDetails("Phones", "", LocalDate.of(2026, 11, 29), "",
                participants), app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What blocks us?",
                round)).close();
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> TestApp.showing(robot, "#board")
                && (displays() == null || robot.lookup("#projectorRoot").tryQuery().isPresent()));
        return file;
    }

    /** Ctrl+P on the board and its dialog, waiting until it can be answered. */
    void askForPhones(FxRobot robot) {
        Node card = robot.from(stage.getScene().getRoot()).lookup("#card-1").query();
        robot.interact(card::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#phonesConfirm").tryQuery().isPresent());
    }

    /** Ctrl+P, the round's rule as it is, Open voting; waits for the projector's QR code and returns its link. */
    String openVoting(FxRobot robot) {
        askForPhones(robot);
        robot.clickOn("#phonesConfirm");
        waitUntil(() -> TestApp.showing(robot, "#phonesConsole") && linkOnProjector(robot) != null);
        return linkOnProjector(robot);
    }

    static Parent room(FxRobot robot) {
        return robot.lookup("#projectorRoot").queryAs(Parent.class);
    }

    /** The ballot link the projector's QR code draws, as a phone's camera reads it; null while none is shown. */
    static String linkOnProjector(FxRobot robot) {
        return robot.from(room(robot)).lookup("#phonesRoomQr").tryQuery()
                .filter(Node::isVisible).map(qr -> (String) qr.getUserData()).orElse(null);
    }

    static String text(FxRobot robot, Parent in, String id) {
        return robot.from(in).lookup(id).queryAs(Labeled.class).getText();
    }

    /** The file as a second look reads it; null while it cannot be read (being closed). */
    static Session saved(Path file) {
        try {
            return SessionFile.read(file, false).session();
        } catch (Exception e) {
            return null;
        }
    }
}
