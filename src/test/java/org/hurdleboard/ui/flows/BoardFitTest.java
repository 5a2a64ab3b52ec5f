package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.store.SessionFile;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The board as the back of the room sees it: everything on one screen, nothing cut short. */
class BoardFitTest extends AppFlowTest {
    @Test
    void onAFullHdScreenAllFiftyCardsShowWithoutScrollingInTitlesOf18pxOrMore(FxRobot robot) {
        openDemo(robot);

        assertEveryCardWholeOnScreen(robot, 18);
        assertThat(robot.lookup(".category-header").queryAllAs(Label.class))
                .allSatisfy(header -> assertThat(shownText(header)).isEqualTo(header.getText()));
    }

    @Test
    void on1280x720TheBoardShrinksButStaysReadableAndComplete(FxRobot robot) {
        openDemoIn(robot, 1280, 720);

        assertEveryCardWholeOnScreen(robot, 12);
    }

    /** An old council laptop: the facilitator sees the whole board, in smaller text, rather than scrolling for it. */
    @Test
    void on1024x768TheFacilitatorsBoardShowsEveryCardWithoutScrolling(FxRobot robot) {
        openDemoIn(robot, 1024, 768);

        assertEveryCardWholeOnScreen(robot, 9);
        assertThat(robot.lookup(".board-scroller .scroll-bar").queryAll().stream().filter(Node::isVisible))
                .as("scroll bars shown").isEmpty();
    }

    /** All 50 cards inside the board's viewport, each title whole and at least this size. */
    private static void assertEveryCardWholeOnScreen(FxRobot robot, double minFontPx) {
        List<Label> titles = robot.lookup(".card-title").queryAllAs(Label.class).stream().toList();
        assertThat(titles).hasSize(50);
        Bounds viewport = viewportOnScreen(robot);
        for (Label title : titles) {
            assertThat(title.getFont().getSize()).as(title.getText()).isGreaterThanOrEqualTo(minFontPx);
            assertThat(shownText(title)).as("title shown in full").isEqualTo(title.getText());
            Node card = title.getParent();
            assertThat(viewport.contains(card.localToScreen(card.getBoundsInLocal())))
                    .as("card %s is on screen", card.getId()).isTrue();
        }
    }

    private void openDemoIn(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        openDemo(robot);
    }

    @Test
    void theBoardGrowsBackWhenTheWindowDoes(FxRobot robot) {
        openDemo(robot);
        double large = robot.lookup(".card-title").queryAs(Label.class).getFont().getSize();

        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        waitUntil(() -> robot.lookup(".card-title").queryAs(Label.class).getFont().getSize() < large);
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        waitUntil(() -> robot.lookup(".card-title").queryAs(Label.class).getFont().getSize() == large);
    }

    @Test
    void onAFullHdScreenTheSpotlightShowsEachCardsStatementExplanationAndQuestionsWhole(FxRobot robot) {
        openDemo(robot);

        for (Card card : app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES).cards()) {
            select(robot, card);
            assertShownWhole(robot, "#spotlightStatement", card.statement());
            assertShownWhole(robot, "#spotlightExplanation", card.explanation());
            assertShownWhole(robot, "#spotlightPrompts", "How does this affect us?\u2002\u00b7\u2002How could we overcome it?");
            assertThat(robot.lookup("#spotlightStatement").queryAs(Label.class).getFont().getSize())
                    .as("card %d", card.number()).isGreaterThanOrEqualTo(32);
        }
    }

    @Test
    void on1280x720TheSpotlightKeepsStatementAndExplanationWholeAndLeavesTheQuestionsOut(FxRobot robot) {
        openDemoIn(robot, 1280, 720);

        for (Card card : app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES).cards()) {
            select(robot, card);
            assertShownWhole(robot, "#spotlightStatement", card.statement());
            assertShownWhole(robot, "#spotlightExplanation", card.explanation());
            assertThat(robot.lookup("#spotlightPrompts").query().isVisible()).isFalse();
        }
    }

    @Test
    void thePeopleAndCultureBoardShowsEveryCardAndEachCategoryWithItsIconAndWholeName(FxRobot robot) throws Exception {
        Path file = home.resolve("people.hurdles");
        Deck deck = app.context.decks().load(BuiltInDecks.PEOPLE_AND_CULTURE);
        SessionFile.create(file, Session.start(new SessionDetails("People", "", LocalDate.of(2026, 11, 29), "", 5),
                deck, "Q")).close();
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> showing(robot, "#board"));

        Bounds viewport = viewportOnScreen(robot);
        List<Label> titles = robot.lookup(".card-title").queryAllAs(Label.class).stream().toList();
        assertThat(titles).hasSize(deck.size());
        for (Label title : titles) {
            assertThat(title.getFont().getSize()).isGreaterThanOrEqualTo(18);
            assertThat(shownText(title)).isEqualTo(title.getText());
            Node card = title.getParent();
            assertThat(viewport.contains(card.localToScreen(card.getBoundsInLocal()))).as(card.getId()).isTrue();
        }
        assertThat(robot.lookup(".category-header").queryAllAs(Label.class)).hasSize(5).allSatisfy(header -> {
            assertThat(shownText(header)).isEqualTo(header.getText());
            assertThat(header.getGraphic()).as("icon of %s", header.getText()).isNotNull();
            assertThat(header.getGraphic().getBoundsInParent().getHeight()).as("icon of %s", header.getText())
                    .isBetween(header.getFont().getSize() * 0.6, header.getHeight());
        });
    }

    private void select(FxRobot robot, Card card) {
        Node tile = robot.lookup("#card-" + card.number()).query();
        robot.interact(() -> {
            tile.requestFocus();
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
    }

    /** The label shows all of its text, and all of the label is inside the spotlight. */
    private static void assertShownWhole(FxRobot robot, String query, String text) {
        Label label = robot.lookup(query).queryAs(Label.class);
        assertThat(label.isVisible()).as(query).isTrue();
        assertThat(shownText(label)).as(query).isEqualTo(text);
        Node spotlight = robot.lookup("#spotlight").query();
        assertThat(spotlight.localToScreen(spotlight.getBoundsInLocal())
                .contains(label.localToScreen(label.getBoundsInLocal()))).as("%s inside the spotlight", query).isTrue();
    }

    private void openDemo(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
    }

    private static Bounds viewportOnScreen(FxRobot robot) {
        ScrollPane scroller = robot.lookup(".board-scroller").queryAs(ScrollPane.class);
        Node viewport = scroller.lookup(".viewport");
        return viewport.localToScreen(viewport.getBoundsInLocal());
    }

    /** What a label actually draws: its text, or the text cut short with an ellipsis. */
    private static String shownText(Label label) {
        return ((Text) label.lookup(".text")).getText();
    }
}
