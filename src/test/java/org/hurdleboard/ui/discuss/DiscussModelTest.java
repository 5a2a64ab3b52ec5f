package org.hurdleboard.ui.discuss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.TestDecks;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.ui.workshop.WorkshopModel;
import org.hurdleboard.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The discuss stage's model as a plain object: which cards, in which order, and what it refuses. */
class DiscussModelTest {
    @TempDir
    Path dir;
    private SessionFile file;
    private DiscussModel model;

    /** The board's model hears the file's writes on the FX thread; started as the flow tests start it. */
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        Session session = Session.start(new SessionDetails("Day", "", LocalDate.of(2026, 11, 29), "", 9),
                TestDecks.withCategorySizes(4, 4), "What blocks us?");
        int[] votes = {5, 3, 3, 3, 2, 1, 0, 0};
        for (int card = 1; card <= votes.length; card++) {
            session.restoreVotes(1, card, votes[card - 1]);
        }
        file = SessionFile.create(dir.resolve("day.hurdles"), session);
        model = modelOf(file);
    }

    private static DiscussModel modelOf(SessionFile file) {
        return new DiscussModel(WorkshopModel.of(file, new Messages(Locale.UK)));
    }

    @AfterEach
    void close() {
        file.close();
    }

    private List<Integer> agenda() {
        return model.agenda().stream().map(Card::number).toList();
    }

    @Test
    void theStageStartsOnTheTopFiveOfTheLastRoundRankedAsReportsRankThem() {
        model.start();

        assertThat(model.activeProperty().get()).isTrue();
        assertThat(agenda()).containsExactly(1, 2, 3, 4, 5);
        assertThat(model.cardProperty().get().number()).isEqualTo(1);
        model.stop();
        assertThat(model.activeProperty().get()).isFalse();
    }

    @Test
    void theFacilitatorAddsACardAfterTheOneShownAndSkipsAnother() {
        model.start();
        model.next();

        assertThat(model.discuss(8)).isTrue();
        assertThat(agenda()).containsExactly(1, 2, 8, 3, 4, 5);
        assertThat(model.cardProperty().get().number()).isEqualTo(8);
        assertThat(model.position()).isEqualTo(3);
        model.skip();
        assertThat(agenda()).containsExactly(1, 2, 3, 4, 5);
        assertThat(model.cardProperty().get().number()).isEqualTo(3);
        assertThat(model.discuss(99)).isFalse();
    }

    @Test
    void nextAndPreviousStopAtEitherEnd() {
        model.start();
        model.previous();
        assertThat(model.position()).isEqualTo(1);
        for (int i = 0; i < 9; i++) {
            model.next();
        }
        assertThat(model.position()).isEqualTo(5);
    }

    @Test
    void nothingBlankIsCapturedAndAnActionNeedsSomethingToDo() {
        model.start();

        assertThat(model.add(ItemKind.NOTE, " \n ")).isFalse();
        assertThat(model.addAction("  ", "Sam", null, ActionState.OPEN)).isFalse();
        assertThat(model.addAction("Ask IT", "  Sam ", null, ActionState.OPEN)).isTrue();
        assertThat(model.items(ItemKind.ACTION)).singleElement()
                .satisfies(action -> assertThat(action.owner()).isEqualTo("Sam"));
        assertThat(model.items(ItemKind.NOTE)).isEmpty();
    }

    @Test
    void theRoomsOwnCardJoinsTheStageAndLeavesItAgainOnUndo() {
        model.start();

        Card added = model.addCard("category-2", "No time to learn", "").orElseThrow();

        assertThat(added.number()).isEqualTo(9);
        assertThat(model.cardProperty().get()).isEqualTo(added);
        assertThat(model.isAddedInSession(added)).isTrue();
        model.workshop().undo();
        assertThat(agenda()).doesNotContain(9);
        assertThat(model.cardProperty().get().number()).isEqualTo(1);
        assertThat(model.addCard("category-2", " ", "")).isEmpty();
    }

    @Test
    void aLaterSittingFindsTheCardsDiscussedBeforeOnTheAgenda() throws Exception {
        model.start();
        model.discuss(7);
        model.add(ItemKind.IDEA, "Pair up with IT");
        file.close();

        try (SessionFile reopened = SessionFile.open(file.path())) {
            DiscussModel later = modelOf(reopened);
            later.start();
            assertThat(later.agenda().stream().map(Card::number)).containsExactly(1, 2, 3, 4, 5, 7);
        }
    }
}
