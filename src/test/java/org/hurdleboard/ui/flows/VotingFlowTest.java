package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.store.SessionFile;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A room votes: 12 people with 3 dots each and the votes hidden, by keyboard; nothing on the board
 * tells the room anything until the reveal; then the ranking and the chart. Then a tally typed
 * from a paper wall, and a second round.
 */
class VotingFlowTest extends AppFlowTest {
    /** Each participant's three dots, chosen so cards 1 and 33 tie for first. */
    private static final int[][] DOTS = {
        {1, 33, 12}, {1, 33, 40}, {1, 33, 48}, {1, 33, 12}, {1, 33, 2}, {1, 33, 12},
        {1, 33, 40}, {1, 33, 50}, {12, 12, 40}, {40, 48, 48}, {48, 2, 2}, {50, 40, 12},
    };

    @Test
    void twelvePeopleDotVoteHiddenAndNothingShowsUntilTheReveal(FxRobot robot) throws Exception {
        open(robot, "Dots", 12, new RoundSettings(VotingRule.dots(3, 0), true, Set.of()));
        focusCard(robot, 1);
        List<String> before = fingerprint(robot);
        List<String> boardBefore = fingerprint(robot, "#board");
        assertThat(text(robot, "#turn")).isEqualTo("Participant 1 of 12");
        assertThat(text(robot, "#dotsLeft")).isEqualTo("3 dots left");

        // participant 1 first puts a dot on card 5, thinks again and takes it back
        focusCard(robot, 5);
        robot.type(KeyCode.SPACE);
        robot.write("-");
        // half the room by arrows and +, the other half by card numbers typed and Enter, which
        // leaves the selection where it is and shows the number only as dots
        for (int participant = 0; participant < DOTS.length; participant++) {
            for (int card : DOTS[participant]) {
                if (participant % 2 == 0) {
                    focusCard(robot, card);
                    robot.write("+");
                } else {
                    robot.write(String.valueOf(card));
                    assertThat(text(robot, "#typedCard")).doesNotContain(String.valueOf(card)).contains("\u2022");
                    robot.type(KeyCode.ENTER);
                }
            }
            robot.type(KeyCode.ENTER);
        }

        assertThat(text(robot, "#turn")).isEqualTo("Everyone has voted (12 of 12)");
        focusCard(robot, 1);
        assertThat(fingerprint(robot)).as("the board after 36 hidden dots looks as it did before any")
                .isEqualTo(before);
        assertThat(text(robot, "#totalVotes")).isEqualTo("Votes hidden");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        focusCard(robot, 1);
        // the view buttons beside the selected card show the heat view is on, so only the board is compared
        assertThat(fingerprint(robot, "#board")).as("the heat view shows nothing either").isEqualTo(boardBefore);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertThat(showing(robot, "#rankHidden")).as("no ranking before the reveal").isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        focusCard(robot, 12);
        robot.write("r");
        assertThat(badge(robot, 12)).as("one card revealed").isEqualTo("6");
        assertThat(badge(robot, 1)).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);

        assertThat(badge(robot, 1)).isEqualTo("8");
        assertThat(badge(robot, 33)).isEqualTo("8");
        assertThat(badge(robot, 40)).isEqualTo("5");
        assertThat(badge(robot, 48)).isEqualTo("4");
        assertThat(badge(robot, 2)).isEqualTo("3");
        assertThat(badge(robot, 50)).isEqualTo("2");
        assertThat(badge(robot, 5)).isEmpty();
        assertThat(text(robot, "#totalVotes")).isEqualTo("36 votes");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#ranking"));
        assertThat(text(robot, "#rank-1")).isEqualTo("=1");
        assertThat(text(robot, "#rank-33")).isEqualTo("=1");
        assertThat(text(robot, "#rank-12")).isEqualTo("3");
        assertThat(text(robot, "#rank-40")).isEqualTo("4");
        assertThat(text(robot, "#rank-50")).isEqualTo("7");
        assertThat(chartValues(robot)).containsExactly(
                Map.entry("Internet Access", 11), Map.entry("Office Technology", 6),
                Map.entry("Systems and Procedures", 0), Map.entry("Policy and Guidance", 0),
                Map.entry("Organisational Culture", 13), Map.entry("Technical Skills", 0),
                Map.entry("Leadership and Management", 6));
        assertThat(text(robot, "#share-organisational-culture")).isEqualTo("36%");

        try (SessionFile saved = SessionFile.openReadOnly(fileOf("Dots"))) {
            assertThat(saved.session().totalVotes(1)).isEqualTo(36);
            assertThat(saved.session().votes(1, 5)).isZero();
        }
    }

    @Test
    void countsFromAPaperWallThenASecondRoundOnTheTopCards(FxRobot robot) throws Exception {
        open(robot, "Wall", 9, RoundSettings.TALLY);
        focusCard(robot, 1);

        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        robot.write("12").type(KeyCode.TAB).write("5").type(KeyCode.ENTER);
        robot.write("33").type(KeyCode.TAB).write("7").type(KeyCode.ENTER);
        robot.write("40").type(KeyCode.TAB).write("5").type(KeyCode.ENTER);
        robot.write("99").type(KeyCode.TAB).write("5").type(KeyCode.ENTER);

        assertThat(text(robot, "#wallResult")).contains("no card 99");
        assertThat(badge(robot, 12)).isEqualTo("5");
        assertThat(badge(robot, 33)).isEqualTo("7");
        assertThat(text(robot, "#totalVotes")).isEqualTo("17 votes");

        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#roundMenu").clickOn("#addRound");
        robot.clickOn("#roundTop");
        robot.interact(() -> robot.lookup("#roundTop").queryAs(Spinner.class)
                .getValueFactory().setValue(2));
        robot.clickOn("#roundConfirm");

        waitUntil(() -> text(robot, "#roundMenu").startsWith("Round 2 of 2"));
        assertThat(badge(robot, 33)).as("a new round starts empty").isEmpty();
        focusCard(robot, 40);
        robot.write("+++");
        focusCard(robot, 1);
        robot.write("+");
        assertThat(badge(robot, 40)).isEqualTo("3");
        assertThat(badge(robot, 1)).as("card 1 was not in the top two").isEmpty();
        assertThat(robot.lookup("#card-1").query().getPseudoClassStates()).extracting(Object::toString)
                .contains("out-of-round");
        assertThat(robot.lookup("#card-40").query().getPseudoClassStates()).extracting(Object::toString)
                .doesNotContain("out-of-round");

        robot.clickOn("#roundMenu").clickOn("#round-1");
        assertThat(badge(robot, 40)).isEqualTo("5");
        assertThat(badge(robot, 33)).isEqualTo("7");

        try (SessionFile saved = SessionFile.openReadOnly(fileOf("Wall"))) {
            Session session = saved.session();
            assertThat(session.rounds()).hasSize(2);
            assertThat(session.settings(2).cards()).containsExactly(12, 33, 40);
            assertThat(session.votesOf(2)).containsOnly(Map.entry(40, 3));
        }
    }

    @Test
    void dotVotingChosenAtSetUpWithStatusesAndARevealByCategory(FxRobot robot) throws Exception {
        Path file = fileOf("Chosen");
        robot.clickOn("#newWorkshop");
        robot.clickOn("#titleField").write("Chosen");
        robot.clickOn("#participantsField").write("4");
        TextField fileField = robot.lookup("#fileField").queryAs(TextField.class);
        robot.interact(() -> fileField.setText(file.toString()));
        robot.clickOn("#ruleDots").clickOn("#hideVotes");
        robot.interact(() -> robot.lookup("#maxPerCard").queryAs(Spinner.class).getValueFactory().setValue(1));
        robot.clickOn("#createWorkshop");
        waitUntil(() -> showing(robot, "#board"));

        assertThat(text(robot, "#turn")).isEqualTo("Participant 1 of 4");
        robot.clickOn("#roundMenu").clickOn("#participantNamesItem");
        robot.clickOn("#participantNames").write("Alex").type(KeyCode.ENTER).write("Sam");
        robot.clickOn("#namesConfirm");
        assertThat(text(robot, "#turn")).isEqualTo("Participant 1 of 4: Alex");
        focusCard(robot, 2);
        robot.write("++");
        assertThat(text(robot, "#voteNotice")).contains("as many dots on card 2 as one card may have");
        assertThat(text(robot, "#typedCard")).isEmpty();
        focusCard(robot, 41);
        robot.write("+");
        robot.type(KeyCode.ENTER);
        robot.write("s");
        assertThat(statusOf(robot, 41)).isEqualTo("blocking Blocking");
        robot.write("sss");
        assertThat(statusOf(robot, 41)).isEqualTo("overcome Overcome");
        assertThat(badge(robot, 2)).isEmpty();

        focusCard(robot, 3);
        robot.write("c");
        assertThat(badge(robot, 2)).as("card 2's category, revealed").isEqualTo("1");
        assertThat(badge(robot, 41)).as("another category, still hidden").isEmpty();
        assertThat(text(robot, "#totalVotes")).isEqualTo("Votes hidden");

        try (SessionFile saved = SessionFile.openReadOnly(file)) {
            Session session = saved.session();
            assertThat(session.settings(1)).isEqualTo(new RoundSettings(VotingRule.dots(3, 1), true, Set.of()));
            assertThat(session.status(41)).isEqualTo(CardStatus.OVERCOME);
            assertThat(session.turn(1).participant()).isEqualTo(2);
            assertThat(session.participantNames()).containsExactly("Alex", "Sam");
        }
    }

    @Test
    void theRuleChangesOnTheBoardUntilTheFirstVote(FxRobot robot) throws Exception {
        open(robot, "Change", 6, RoundSettings.TALLY);
        assertThat(showing(robot, "#turnStrip")).isFalse();

        robot.clickOn("#roundMenu").clickOn("#changeRule");
        robot.clickOn("#ruleDots").clickOn("#ruleConfirm");

        waitUntil(() -> showing(robot, "#turnStrip"));
        assertThat(text(robot, "#turn")).isEqualTo("Participant 1 of 6");
        robot.clickOn("#card-9");
        assertThat(text(robot, "#dotsLeft")).as("a click places a dot").isEqualTo("2 dots left");
        robot.clickOn("#roundMenu");
        MenuButton menu = robot.lookup("#roundMenu").queryAs(MenuButton.class);
        assertThat(menu.getItems()).filteredOn(item -> "changeRule".equals(item.getId()))
                .singleElement().matches(MenuItem::isDisable, "a round with a dot keeps its rule");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aHiddenDotVoteKeepsTheWholeBoardOnA1280x720Projector(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        open(robot, "Small", 20, new RoundSettings(VotingRule.dots(3, 0), true, Set.of()));
        waitUntil(() -> showing(robot, "#turnStrip"));

        ScrollPane scroller = robot.lookup(".board-scroller").queryAs(ScrollPane.class);
        Node viewport = scroller.lookup(".viewport");
        Bounds visible = viewport.localToScreen(viewport.getBoundsInLocal());
        for (Node card : robot.lookup(".card").queryAll()) {
            assertThat(visible.contains(card.localToScreen(card.getBoundsInLocal()))).as(card.getId()).isTrue();
        }
    }

    /** The icon's shape and the word beside it, both on the card. */
    private static String statusOf(FxRobot robot, int card) {
        Label badge = robot.lookup("#card-" + card + " .status-badge").queryAs(Label.class);
        String shape = badge.getGraphic().getStyleClass().get(1);
        return badge.isVisible() ? shape + " " + badge.getText() : "";
    }

    private void open(FxRobot robot, String title, int participants, RoundSettings settings) throws Exception {
        Path file = fileOf(title);
        SessionFile.create(file, Session.start(new SessionDetails(title, "", LocalDate.of(2026, 11, 29), "",
                participants), app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What blocks us?",
                settings)).close();
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> showing(robot, "#board"));
    }

    private Path fileOf(String title) {
        return home.resolve(title + ".hurdles");
    }

    private static void focusCard(FxRobot robot, int number) {
        Node card = robot.lookup("#card-" + number).query();
        robot.interact(card::requestFocus);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }


    private static List<Map.Entry<String, Integer>> chartValues(FxRobot robot) {
        List<Label> names = robot.lookup("#categoryChart .chart-name").queryAllAs(Label.class).stream().toList();
        List<Label> votes = robot.lookup("#categoryChart .chart-votes").queryAllAs(Label.class).stream().toList();
        List<Map.Entry<String, Integer>> values = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            values.add(Map.entry(names.get(i).getText(), Integer.parseInt(votes.get(i).getText())));
        }
        return values;
    }

    /**
     * Everything the room can see of the board and the selected card: every node's kind, style
     * classes, pseudo-classes, visibility, opacity, size and place, text and text for screen
     * readers. Equal fingerprints mean the room saw the same picture.
     */
    private static List<String> fingerprint(FxRobot robot) {
        List<String> lines = fingerprint(robot, "#board", "#spotlight");
        lines.add(text(robot, "#totalVotes"));
        return lines;
    }

    private static List<String> fingerprint(FxRobot robot, String... queries) {
        List<String> lines = new ArrayList<>();
        robot.interact(() -> {
            for (String query : queries) {
                TestApp.collect(robot.lookup(query).query(), lines);
            }
        });
        return lines;
    }
}
