package org.hurdleboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTest {
    private final Deck deck = TestDecks.withCategorySizes(3, 2);
    private final Session session = Session.start(
            new SessionDetails("Team day", "Digital", LocalDate.of(2026, 11, 29), "Sam", 12), deck, "What blocks us?");
    private final int round = session.currentRound().id();

    @Test
    void aNewSessionHasNoVotes() {
        assertThat(session.votes(round, 1)).isZero();
        assertThat(session.totalVotes(round)).isZero();
        assertThat(session.currentRound().question()).isEqualTo("What blocks us?");
    }

    @Test
    void settingVotesReportsTheChangeAndUpdatesTheTotal() {
        VotesSet change = session.setVotes(round, 2, 5).orElseThrow();

        assertThat(change).isEqualTo(new VotesSet(round, 2, 0, 5));
        assertThat(session.votes(round, 2)).isEqualTo(5);
        session.setVotes(round, 3, 2);
        assertThat(session.totalVotes(round)).isEqualTo(7);
    }

    @Test
    void settingTheSameCountChangesNothingAndTellsNoOne() {
        session.setVotes(round, 1, 3);
        List<SessionChange> heard = new ArrayList<>();
        session.addListener(applied -> heard.add(applied.effect()));

        assertThat(session.setVotes(round, 1, 3)).isEmpty();
        assertThat(heard).isEmpty();
    }

    @Test
    void listenersHearEveryChangeInOrder() {
        List<SessionChange> heard = new ArrayList<>();
        session.addListener(applied -> heard.add(applied.effect()));

        session.setVotes(round, 1, 1);
        session.setVotes(round, 1, 2);
        session.setVotes(round, 4, 9);

        assertThat(heard).containsExactly(new VotesSet(round, 1, 0, 1), new VotesSet(round, 1, 1, 2),
                new VotesSet(round, 4, 0, 9));
    }

    @Test
    void undoGoesBackToTheFirstChangeAndRedoForwardAgain() {
        session.setVotes(round, 5, 4);
        session.setVotes(round, 5, 6);
        session.setVotes(round, 2, 1);

        session.undo();
        session.undo();
        assertThat(session.votesOf(round)).containsOnly(Map.entry(5, 4));
        session.undo();
        assertThat(session.votesOf(round)).isEmpty();
        assertThat(session.canUndo()).isFalse();
        assertThat(session.undo()).isEmpty();

        session.redo();
        session.redo();
        assertThat(session.votesOf(round)).containsOnly(Map.entry(5, 6));
        assertThat(session.canRedo()).isTrue();
    }

    @Test
    void aNewChangeAfterAnUndoCannotBeFollowedByRedo() {
        session.setVotes(round, 1, 3);
        session.undo();
        session.setVotes(round, 2, 2);

        assertThat(session.canRedo()).isFalse();
        assertThat(session.redo()).isEmpty();
        assertThat(session.votesOf(round)).containsOnly(Map.entry(2, 2));
    }

    @Test
    void listenersHearUndoAndRedoWithTheirEffect() {
        VotesSet change = session.setVotes(round, 3, 2).orElseThrow();
        List<Applied> heard = new ArrayList<>();
        session.addListener(heard::add);

        session.undo();
        session.redo();

        assertThat(heard).containsExactly(new Applied(change, Applied.Step.UNDO), new Applied(change, Applied.Step.REDO));
        assertThat(heard.get(0).effect()).isEqualTo(new VotesSet(round, 3, 2, 0));
    }

    @Test
    void aRestoredHistoryUndoesAndRedoesLikeTheOriginal() {
        session.restoreVotes(round, 1, 2);
        session.restoreHistory(List.of(new VotesSet(round, 1, 0, 1), new VotesSet(round, 1, 1, 2)),
                List.of(new VotesSet(round, 1, 2, 3), new VotesSet(round, 1, 3, 4)));

        assertThat(session.doneChanges()).hasSize(2);
        assertThat(session.undoneChanges()).containsExactly(new VotesSet(round, 1, 2, 3), new VotesSet(round, 1, 3, 4));
        session.redo();
        assertThat(session.votes(round, 1)).isEqualTo(3);
        session.undo();
        session.undo();
        assertThat(session.votes(round, 1)).isEqualTo(1);
    }

    @Test
    void anUndoThatNoLongerFitsIsRefusedAndChangesNothing() {
        session.restoreVotes(round, 1, 7);
        session.restoreHistory(List.of(new VotesSet(round, 1, 0, 1)), List.of());

        assertThatThrownBy(session::undo).isInstanceOf(IllegalStateException.class);
        assertThat(session.votes(round, 1)).isEqualTo(7);
        assertThat(session.canUndo()).isTrue();
    }

    @Test
    void aChangeThatDoesNotMatchTheCurrentCountIsRefused() {
        session.setVotes(round, 1, 2);

        assertThatThrownBy(() -> session.apply(new VotesSet(round, 1, 5, 6)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(session.votes(round, 1)).isEqualTo(2);
    }

    @Test
    void countsOutsideTheAllowedRangeAreRefused() {
        assertThatThrownBy(() -> session.setVotes(round, 1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.setVotes(round, 1, Votes.MAX + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(session.votes(round, 1)).isZero();
    }

    @Test
    void votesForACardOrRoundTheSessionDoesNotHaveAreRefused() {
        assertThatThrownBy(() -> session.setVotes(round, 99, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.setVotes(round + 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clampKeepsPlusAndMinusWithinRange() {
        assertThat(Votes.clamp(-1)).isZero();
        assertThat(Votes.clamp(Votes.MAX + 1L)).isEqualTo(Votes.MAX);
        assertThat(Votes.clamp(7)).isEqualTo(7);
    }

    @Test
    void restoringVotesDoesNotTellListeners() {
        List<SessionChange> heard = new ArrayList<>();
        session.addListener(applied -> heard.add(applied.effect()));

        session.restoreVotes(round, 2, 4);

        assertThat(session.votes(round, 2)).isEqualTo(4);
        assertThat(heard).isEmpty();
    }

    @Test
    void detailsNeedATitleAndASensibleNumberOfParticipants() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThatThrownBy(() -> new SessionDetails("  ", "", today, "", 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionDetails("Day", "", today, "", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SessionDetails("  Day  ", null, today, null, 0).title()).isEqualTo("Day");
    }

    @Test
    void theDemoHasVotesOnlyOnCardsItsDeckHas() {
        Session demo = DemoSession.create(deck, DemoSession.details("Demo", "", LocalDate.of(2026, 1, 1), ""),
                "What blocks us?");

        assertThat(demo.votesOf(1).keySet()).allMatch(number -> deck.card(number).isPresent());
        assertThat(demo.totalVotes(1)).isPositive();
    }
}
