package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.hurdleboard.domain.PhoneState;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.ui.common.Displays;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The app's workshop closed while phones vote (as when the laptop is shut or the app crashes) and
 * opened again on the same round: the link on the wall and the room code the room wrote down still
 * work, a phone that voted gets its own ballot back (no second set of dots), and a new phone gets
 * a new one. The real app and its real phone server, on 127.0.0.1 only.
 */
class PhonesAfterRestartTest extends PhoneFlowTest {
    private static final Pattern ROOM_CODE = Pattern.compile("[2-9A-Z]{3} [2-9A-Z]{3}");

    @Override
    Displays displays() {
        return laptopAndProjector();
    }

    private static String roomCodeOnProjector(FxRobot robot) {
        Matcher code = ROOM_CODE.matcher(text(robot, room(robot), "#phonesRoomCode"));
        assertThat(code.find()).as("the room's screen shows a room code").isTrue();
        return code.group();
    }

    private static String ballotsOnProjector(FxRobot robot) {
        return text(robot, room(robot), "#phonesRoomBallots");
    }

    @Test
    void theSameRoundReopenedKeepsItsLinkAndRoomCodeAndAPhoneThatVotedGetsItsOwnBallotBack(FxRobot robot)
            throws Exception {
        Path file = openWorkshop(robot, 6, new RoundSettings(VotingRule.dots(3, 0), true, Set.of()));
        String link = openVoting(robot);
        String code = roomCodeOnProjector(robot);
        LoopbackPhone anna = new LoopbackPhone(link);
        anna.open();
        assertThat(anna.cast(Map.of(1, 2, 12, 1)).statusCode()).isEqualTo(200);
        waitUntil(() -> ballotsOnProjector(robot).equals("1 phone has voted"));

        robot.interact(() -> app.window.closeSession());
        waitUntil(() -> robot.lookup("#board").tryQuery().isEmpty() && saved(file) != null);
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> TestApp.showing(robot, "#board") && robot.lookup("#projectorRoot").tryQuery().isPresent());
        Node card = robot.from(stage.getScene().getRoot()).lookup("#card-1").query();
        robot.interact(card::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> linkOnProjector(robot) != null);

        assertThat(linkOnProjector(robot)).as("the QR code on the wall still works").isEqualTo(link);
        assertThat(roomCodeOnProjector(robot)).as("so does the room code").isEqualTo(code);
        assertThat(anna.open().body()).as("Anna's own ballot, not a new one").contains("\"mine\":{\"1\":2,\"12\":1}");
        assertThat(anna.cast(Map.of(1, 3, 12, 1)).statusCode()).as("a fourth dot is still too many").isEqualTo(422);
        assertThat(anna.cast(Map.of(12, 3)).statusCode()).as("she changes her mind").isEqualTo(200);
        String address = link.substring(0, link.indexOf("/v/"));
        assertThat(LoopbackPhone.linkFromRoomCode(address, code.toLowerCase(java.util.Locale.ROOT))).hasValue(link);
        LoopbackPhone ben = new LoopbackPhone(link);
        assertThat(ben.open().body()).as("a new phone, a new ballot").contains("\"mine\":{}");
        assertThat(ben.cast(Map.of(5, 1)).statusCode()).isEqualTo(200);
        waitUntil(() -> ballotsOnProjector(robot).equals("2 phones have voted"));

        // both windows share the test's one screen: the projector's, shown again on reopen, is on top
        robot.interact(stage::toFront);
        robot.clickOn("#phonesClose");
        waitUntil(() -> saved(file) != null && saved(file).phoneState(1) == PhoneState.CLOSED);
        Session closed = saved(file);
        assertThat(closed.votesOf(1)).as("Anna's three dots once, Ben's one").containsOnly(Map.entry(12, 3),
                Map.entry(5, 1));
        assertThat(closed.ballotsIn(1)).isEqualTo(2);
    }
}
