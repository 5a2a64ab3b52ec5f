package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
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
 * The room votes from phones through the real phone server on 127.0.0.1, the phones being the
 * JDK's HttpClient: the board shows nothing while hidden, the room's screen counts the ballots,
 * reveal shows the counts, the file holds them, Close voting refuses more.
 */
class PhoneVotingFlowTest extends PhoneFlowTest {
    @Override
    Displays displays() {
        return laptopAndProjector();
    }

    private Path openHiddenRound(FxRobot robot) throws Exception {
        return openWorkshop(robot, 4, new RoundSettings(VotingRule.dots(3, 0), true, Set.of()));
    }

    @Test
    void aRoundWithVotesOffersANewRoundAndPhonesVoteInItFromAWholeDialog(FxRobot robot) throws Exception {
        Path file = openWorkshop(robot, 4, new RoundSettings(VotingRule.TALLY, false, Set.of()));
        Node card = robot.from(stage.getScene().getRoot()).lookup("#card-1").query();
        robot.interact(card::requestFocus);
        robot.write("+");
        waitUntil(() -> saved(file) != null && saved(file).votesOf(1).getOrDefault(1, 0) == 1);

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#phonesAddRound").tryQuery().isPresent());
        robot.clickOn("#phonesAddRound");
        waitUntil(() -> TestApp.showing(robot, "#roundConfirm"));
        robot.clickOn("#roundConfirm");
        waitUntil(() -> robot.lookup("#phonesConfirm").tryQuery().isPresent());
        assertThat(TestApp.cutShort(robot, robot.lookup("#phonesConfirm").query().getScene(), ".dialog-pane"))
                .as("the phone dialog's rules and labels, whole").isEmpty();
        robot.clickOn("#phonesConfirm");
        waitUntil(() -> TestApp.showing(robot, "#phonesConsole") && linkOnProjector(robot) != null);

        waitUntil(() -> saved(file) != null && saved(file).rounds().size() == 2);
        assertThat(saved(file).phoneState(2)).as("phones vote in the round just added").isEqualTo(PhoneState.OPEN);
        assertThat(saved(file).votesOf(1)).as("the first round keeps its vote").containsEntry(1, 1);
    }

    @Test
    void keysPressedByHabitNeverCloseVotingAndTheRoundTakesNoCountFromTheBoard(FxRobot robot) throws Exception {
        Path file = openHiddenRound(robot);
        openVoting(robot);
        String open = app.messages.get("phones.state.OPEN");
        waitUntil(() -> text(robot, stage.getScene().getRoot(), "#phonesState").equals(open));

        robot.type(KeyCode.ENTER).type(KeyCode.SPACE).type(KeyCode.DIGIT1).type(KeyCode.ENTER);

        assertThat(text(robot, stage.getScene().getRoot(), "#phonesState")).isEqualTo(open);
        assertThat(linkOnProjector(robot)).isNotNull();
        robot.clickOn("#phonesShowBoard");
        waitUntil(() -> TestApp.showing(robot, "#board"));
        Node card = robot.from(stage.getScene().getRoot()).lookup("#card-1").query();
        robot.interact(card::requestFocus);
        robot.write("+").type(KeyCode.SPACE).write("3").type(KeyCode.ENTER);
        waitUntil(() -> saved(file) != null);
        assertThat(saved(file).votesOf(1)).as("the board adds no vote to a round open to phones").isEmpty();
        assertThat(saved(file).phoneState(1)).isEqualTo(PhoneState.OPEN);
    }

    @Test
    void phonesVoteWhileTheBoardShowsNothingAndRevealShowsTheirCounts(FxRobot robot) throws Exception {
        Path file = openHiddenRound(robot);
        String link = openVoting(robot);
        assertThat(link).startsWith("http://127.0.0.1:").contains("/v/");
        assertThat(text(robot, room(robot), "#phonesRoomAddress")).isEqualTo(link.substring(0, link.indexOf("/v/")));

        LoopbackPhone anna = new LoopbackPhone(link);
        LoopbackPhone ben = new LoopbackPhone(link);
        anna.open();
        ben.open();
        assertThat(anna.cast(Map.of(1, 2, 12, 1)).statusCode()).isEqualTo(200);
        assertThat(ben.cast(Map.of(12, 1)).statusCode()).isEqualTo(200);
        assertThat(anna.cast(Map.of(12, 3)).statusCode()).as("Anna changes her mind").isEqualTo(200);
        waitUntil(() -> text(robot, room(robot), "#phonesRoomBallots").equals("2 phones have voted"));
        assertThat(ben.cast(Map.of(5, 4)).statusCode()).as("more dots than each has").isEqualTo(422);

        robot.clickOn("#phonesShowBoard");
        waitUntil(() -> TestApp.showing(robot, "#board"));
        for (int card : new int[] {1, 5, 12}) {
            assertThat(badge(robot, stage.getScene().getRoot(), card)).as("console, card %d", card).isEmpty();
        }
        assertThat(robot.from(room(robot)).lookup("#card-12").tryQuery()).as("the room sees the code, no card")
                .isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> TestApp.showing(robot, "#phonesConsole"));
        robot.clickOn("#phonesClose");
        waitUntil(() -> TestApp.showing(robot, "#board") && linkOnProjector(robot) == null);
        Throwable late = catchThrowable(() -> {
            HttpResponse<String> answer = ben.cast(Map.of(1, 1));
            assertThat(answer.statusCode()).isNotEqualTo(200);
        });
        assertThat(late == null || late instanceof IOException).as("refused, or no server at all: %s", late).isTrue();

        for (int card : new int[] {1, 5, 12}) {
            assertThat(badge(robot, room(robot), card)).as("projector after close, card %d", card).isEmpty();
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(() -> badge(robot, room(robot), 12).equals("4"));
        assertThat(badge(robot, stage.getScene().getRoot(), 12)).isEqualTo("4");
        assertThat(badge(robot, room(robot), 1)).as("Anna took her dots off card 1").isEmpty();

        robot.interact(() -> app.window.closeSession());
        waitUntil(() -> robot.lookup("#board").tryQuery().isEmpty());
        waitUntil(() -> saved(file) != null && saved(file).phoneState(1) == PhoneState.CLOSED);
        Session saved = saved(file);
        assertThat(saved.votesOf(1)).containsOnly(Map.entry(12, 4));
        assertThat(saved.ballotsIn(1)).isEqualTo(2);
        assertThat(saved.phoneState(1)).isEqualTo(PhoneState.CLOSED);
        assertThat(saved.ballots(1)).isEmpty();
    }
}
