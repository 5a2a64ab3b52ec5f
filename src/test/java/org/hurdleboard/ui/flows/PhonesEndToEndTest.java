package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.hurdleboard.domain.PhoneState;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.phone.PhoneBrowser;
import org.hurdleboard.ui.common.Displays;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The proof, end to end: the real app, its real phone server on 127.0.0.1 and real
 * browsers (Debian's chromium, headless, as phones). Two browsers vote, one changes its mind, one
 * reloads and cannot vote twice, a third with a wrong token is refused; the board shows nothing
 * while hidden; the file then holds exactly those votes, and after reveal the board shows them.
 */
class PhonesEndToEndTest extends PhoneFlowTest {
    @Override
    Displays displays() {
        return laptopAndProjector();
    }

    private static String ballotsOnProjector(FxRobot robot) {
        return robot.from(room(robot)).lookup("#phonesRoomBallots").queryAs(Labeled.class).getText();
    }

    @Test
    void twoPhonesVoteOneChangesItsMindOneReloadsAWrongTokenIsRefusedAndTheFileHoldsExactlyThoseVotes(FxRobot robot)
            throws Exception {
        Path file = openWorkshop(robot, 6, new RoundSettings(VotingRule.dots(3, 2), true, Set.of()));
        URI link = URI.create(openVoting(robot));

        try (PhoneBrowser first = PhoneBrowser.start(); PhoneBrowser second = PhoneBrowser.start()) {
            waitUntil(() -> !robot.lookup("#phonesTest").queryAs(Labeled.class).isDisabled());
            robot.clickOn("#phonesTest");
            assertThat(robot.lookup("#phonesTestResult").queryAs(Labeled.class).getText())
                    .isEqualTo(app.messages.get("phones.test.waiting"));
            first.openBallot(link);
            waitUntil(() -> robot.lookup("#phonesTestResult").queryAs(Labeled.class).getText()
                    .equals(app.messages.get("phones.test.reached")));
            first.plus(1);
            first.plus(1);
            first.plus(33);
            first.sendAndWait("Your votes are in");

            second.openBallot(link);
            second.plus(2);
            second.sendAndWait("Your votes are in");
            waitUntil(() -> ballotsOnProjector(robot).equals("2 phones have voted"));

            first.minus(1);
            first.plus(34);
            first.waitForStatus("press Send");
            first.sendAndWait("Your votes are in");

            second.reload();
            assertThat(second.dotsOn(2)).as("the reloaded page shows its own ballot").isEqualTo("Your dots: 1");
            assertThat(second.dotsLeft()).isEqualTo("2 dots left");
            second.plus(35);
            second.plus(35);
            assertThat(second.dotsLeft()).as("a reload gives no more dots").isEqualTo("0 dots left");
            second.sendAndWait("Your votes are in");
            waitUntil(() -> saved(file) != null && saved(file).ballots(1).size() == 2);
            assertThat(ballotsOnProjector(robot)).as("still two phones").isEqualTo("2 phones have voted");

            second.forget();
            second.open(URI.create(link.getScheme() + "://" + link.getAuthority() + "/v/" + "A".repeat(32)));
            assertThat(second.text()).contains("This vote is closed");
        }

        robot.clickOn("#phonesShowBoard");
        waitUntil(() -> TestApp.showing(robot, "#board"));
        for (int card : new int[] {1, 2, 33, 34, 35}) {
            assertThat(badge(robot, stage.getScene().getRoot(), card)).as("hidden on the console: %d", card).isEmpty();
        }
        assertThat(robot.from(room(robot)).lookup("#card-1").tryQuery()).as("the room sees the code").isEmpty();
        assertThat(saved(file).ballots(1).values()).containsExactlyInAnyOrder(Map.of(1, 1, 33, 1, 34, 1),
                Map.of(2, 1, 35, 2));

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> TestApp.showing(robot, "#phonesConsole"));
        robot.clickOn("#phonesClose");
        waitUntil(() -> TestApp.showing(robot, "#board") && robot.from(room(robot)).lookup("#card-1").tryQuery()
                .isPresent());
        for (int card : new int[] {1, 2, 33, 34, 35}) {
            assertThat(badge(robot, room(robot), card)).as("hidden on the projector: %d", card).isEmpty();
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(() -> badge(robot, room(robot), 35).equals("2"));
        Map<Integer, String> expected = Map.of(1, "1", 2, "1", 33, "1", 34, "1", 35, "2");
        expected.forEach((card, count) -> assertThat(badge(robot, room(robot), card)).as("card %d", card)
                .isEqualTo(count));

        waitUntil(() -> saved(file) != null && saved(file).phoneState(1) == PhoneState.CLOSED);
        Session closed = saved(file);
        assertThat(closed.votesOf(1)).containsOnly(Map.entry(1, 1), Map.entry(2, 1), Map.entry(33, 1),
                Map.entry(34, 1), Map.entry(35, 2));
        assertThat(closed.ballotsIn(1)).isEqualTo(2);
        assertThat(closed.ballots(1)).as("only the counts stay").isEmpty();
    }
}
