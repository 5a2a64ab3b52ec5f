package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Card;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

/**
 * On a 1280x720 laptop (the smallest screen the board is made for) the facilitator's column of
 * voting controls and the selected card's panel show every word: nothing is cut short with an ellipsis.
 */
class SmallScreenChromeTest extends AppFlowTest {
    /** In English and in Welsh, whose words are often longer. */
    @ParameterizedTest
    @ValueSource(strings = {"#language-en", "#language-cy"})
    void on1280x720NoTextInTheVotingColumnOrTheSelectedCardsPanelIsCutShort(String language, FxRobot robot) {
        openTheDemoOn1280x720(language, robot);

        assertThat(cutShort(robot, "#votingBar")).as("cut short in the voting column").isEmpty();
        List<String> spotlight = new ArrayList<>();
        for (Card card : app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES).cards()) {
            Node tile = robot.lookup("#card-" + card.number()).query();
            robot.interact(tile::requestFocus);
            spotlight.addAll(cutShort(robot, "#spotlight"));
        }
        assertThat(spotlight).as("cut short in the selected card's panel").isEmpty();
    }

    /** A second round's question (the default one) wraps in the round menu rather than ending in "…". */
    @ParameterizedTest
    @ValueSource(strings = {"#language-en", "#language-cy"})
    void on1280x720ASecondRoundsQuestionIsWholeInTheRoundMenu(String language, FxRobot robot) {
        openTheDemoOn1280x720(language, robot);
        Labeled menu = robot.lookup("#roundMenu").queryLabeled();
        String firstRound = menu.getText();
        robot.clickOn("#roundMenu").clickOn("#addRound");
        waitUntil(() -> showing(robot, "#roundConfirm"));
        robot.clickOn("#roundConfirm");
        waitUntil(() -> !menu.getText().equals(firstRound));

        assertThat(cutShort(robot, "#votingBar")).as("cut short in the voting column").isEmpty();
    }

    /** The ranking's long titles (the room reads them in this view) wrap rather than end in "…". */
    @ParameterizedTest
    @ValueSource(strings = {"#language-en", "#language-cy"})
    void on1280x720NoTitleInTheRankingIsCutShort(String language, FxRobot robot) {
        openTheDemoOn1280x720(language, robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2)
                .release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#ranking"));

        assertThat(robot.lookup(".rank-title").queryAll()).as("the demo's ranked hurdles").hasSizeGreaterThan(20);
        assertThat(cutShort(robot, "#ranking")).as("cut short in the ranking").isEmpty();
    }

    /** The header's line under the title gives up the deck's name before it would end in "…". */
    @ParameterizedTest
    @ValueSource(strings = {"#language-en", "#language-cy"})
    void on1280x720TheHeadersDetailsAreWholeAndTheFullLineComesBackOnABiggerScreen(String language, FxRobot robot) {
        openTheDemoOn1280x720(language, robot);

        assertThat(cutShort(robot, "#sessionDetails")).as("the header's details").isEmpty();
        Labeled details = robot.lookup("#sessionDetails").queryLabeled();
        String whole = details.getTooltip().getText();
        assertThat(whole).as("team, date and deck").contains(details.getText()).isNotEqualTo(details.getText());

        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        waitUntil(() -> details.getText().equals(whole));
        assertThat(cutShort(robot, "#sessionDetails")).isEmpty();
    }

    private void openTheDemoOn1280x720(String language, FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.clickOn(language);
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
    }

    private List<String> cutShort(FxRobot robot, String query) {
        return TestApp.cutShort(robot, stage.getScene(), query);
    }
}
