package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.store.SessionFile;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A facilitator's first workshop, end to end: set up, vote by mouse and keyboard, close, reopen. */
class WorkshopFlowTest extends AppFlowTest {
    @Test
    void aTallyWorkshopIsSavedVoteByVoteAndReopensTheSame(FxRobot robot) throws Exception {
        Path file = home.resolve("workshops").resolve("Team day.hurdles");

        robot.clickOn("#newWorkshop");
        robot.clickOn("#titleField").write("Team day");
        robot.clickOn("#teamField").write("Digital team");
        robot.clickOn("#facilitatorField").write("Sam");
        robot.clickOn("#participantsField").write("18");
        TextField fileField = robot.lookup("#fileField").queryAs(TextField.class);
        robot.interact(() -> fileField.setText(file.toString()));
        robot.clickOn("#createWorkshop");
        waitUntil(() -> showing(robot, "#board"));

        assertThat(Files.exists(file)).as("the file exists as soon as the workshop does").isTrue();
        assertThat(robot.lookup(".card").queryAll()).hasSize(50);
        assertThat(robot.lookup(".category-header").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Internet Access", "Office Technology", "Systems and Procedures",
                        "Policy and Guidance", "Organisational Culture", "Technical Skills",
                        "Leadership and Management");

        // by mouse: card 1, then the + button twice
        robot.clickOn("#card-1");
        robot.clickOn("#addVote").clickOn("#addVote");
        // by keyboard: back to the card, right to card 11, down to 12, + three times and - once
        robot.clickOn("#card-1");
        robot.type(KeyCode.RIGHT, KeyCode.DOWN);
        robot.write("++++-");
        // by typing a count: card 33, "7", Enter
        robot.clickOn("#card-33");
        robot.type(KeyCode.DIGIT7, KeyCode.ENTER);

        assertThat(badge(robot, 1)).isEqualTo("2");
        assertThat(badge(robot, 12)).isEqualTo("3");
        assertThat(badge(robot, 33)).isEqualTo("7");
        assertThat(robot.lookup("#totalVotes").queryAs(Label.class).getText()).isEqualTo("12 votes");
        waitUntil(() -> robot.lookup("#saveStatus").queryAs(Label.class).getText()
                .equals(app.messages.get("board.saved")));

        robot.clickOn("#closeWorkshop");
        waitUntil(() -> showing(robot, "#recentFiles"));
        try (SessionFile saved = SessionFile.openReadOnly(file)) {
            assertThat(saved.session().votesOf(1)).containsEntry(1, 2).containsEntry(12, 3).containsEntry(33, 7)
                    .hasSize(3);
            assertThat(saved.session().details().participants()).isEqualTo(18);
        }

        ListView<?> recent = robot.lookup("#recentFiles").queryAs(ListView.class);
        waitUntil(() -> recent.getItems().size() == 1);
        robot.clickOn("#recentFiles").type(KeyCode.DOWN, KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#board"));

        assertThat(badge(robot, 1)).isEqualTo("2");
        assertThat(badge(robot, 12)).isEqualTo("3");
        assertThat(badge(robot, 33)).isEqualTo("7");
        assertThat(robot.lookup("#sessionTitle").queryAs(Label.class).getText()).isEqualTo("Team day");
    }

    @Test
    void aWorkshopClosedAndReopenedAtOnceHasEveryVote(FxRobot robot) throws Exception {
        Path file = home.resolve("quick.hurdles");
        SessionFile.create(file, Session.start(new SessionDetails("Quick", "", LocalDate.of(2026, 11, 29), "", 5),
                app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "Q")).close();
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> showing(robot, "#board"));

        robot.clickOn("#card-50").write("+++++");
        // no waiting for the save: closing and reopening straight away must still find all five
        robot.interact(() -> {
            app.window.closeSession();
            app.window.openSession(file, error -> { });
        });
        waitUntil(() -> showing(robot, "#board"));

        assertThat(badge(robot, 50)).isEqualTo("5");
    }

    @Test
    void theBoardIsReadyForTheKeyboardAsSoonAsItOpens(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        waitUntil(() -> robot.lookup("#card-1").query().isFocused());

        robot.write("+");

        assertThat(badge(robot, 1)).isEqualTo("12");
        assertThat(robot.lookup("#spotlightStatement").queryAs(Label.class).getText())
                .isEqualTo("Access to Web 2.0 sites is blocked or filtered.");
    }

    @Test
    void everyCardOpensLargeWithItsWholeStatementAtLeast32pxHigh(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        Label statement = robot.lookup("#spotlightStatement").queryAs(Label.class);

        for (Card card : app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES).cards()) {
            Node tile = robot.lookup("#card-" + card.number()).query();
            robot.interact(() -> {
                tile.requestFocus();
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            assertThat(statement.getText()).isEqualTo(card.statement());
            assertThat(((Text) statement.lookup(".text")).getText()).as("card %d shown in full", card.number())
                    .isEqualTo(card.statement());
            assertThat(statement.getFont().getSize()).as("card %d", card.number()).isGreaterThanOrEqualTo(32);
        }
        robot.clickOn("#card-15");
        assertThat(TestApp.spotlightCount(robot)).isEqualTo("6");
    }

    @Test
    void aVeryLongStatementShrinksToFitRatherThanBeingCut(FxRobot robot) throws Exception {
        Path file = home.resolve("long.hurdles");
        Deck builtIn = app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES);
        List<Card> cards = new ArrayList<>(builtIn.cards());
        String longStatement = "A statement written by a facilitator who had a lot to say. ".repeat(8).strip();
        cards.set(0, new Card(1, cards.get(0).categoryId(), "Long", longStatement));
        Deck deck = new Deck("long", 1, "en-GB", "Long", "", builtIn.source(), builtIn.categories(), cards);
        SessionFile.create(file, Session.start(new SessionDetails("Long", "", LocalDate.of(2026, 11, 29), "", 5),
                deck, "Q")).close();
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-1");

        Label statement = robot.lookup("#spotlightStatement").queryAs(Label.class);
        assertThat(((Text) statement.lookup(".text")).getText()).isEqualTo(longStatement);
        assertThat(statement.getFont().getSize()).isLessThan(32).isGreaterThanOrEqualTo(18);
    }

    @Test
    void aCountThatIsNotANumberIsRefusedAndTheVotesStay(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-2");

        robot.doubleClickOn("#voteCount").write("lots").type(KeyCode.ENTER);

        assertThat(badge(robot, 2)).isEqualTo("7");
        assertThat(robot.lookup(".vote-caption").queryAs(Label.class).getText()).contains("whole number");
        robot.type(KeyCode.ESCAPE);
        assertThat(TestApp.spotlightCount(robot)).isEqualTo("7");
    }

}
