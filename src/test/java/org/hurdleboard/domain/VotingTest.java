package org.hurdleboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hurdleboard.domain.Voting.Refusal;
import org.junit.jupiter.api.Test;

class VotingTest {
    private final Deck deck = TestDecks.withCategorySizes(3, 2);
    private final Session session = Session.start(
            new SessionDetails("Team day", "Digital", LocalDate.of(2026, 11, 29), "Sam", 3), deck, "What blocks us?",
            new RoundSettings(VotingRule.dots(3, 2), true, Set.of()));
    private final Voting voting = new Voting(session);

    @Test
    void eachParticipantPlacesTheirDotsThenPasses() {
        voting.takeDot(1, 1);
        voting.takeDot(1, 2);
        voting.takeDot(1, 4);
        assertThat(voting.dotsLeft(1)).isZero();
        assertThat(voting.takeDot(1, 5)).isEqualTo(Refusal.NO_DOTS_LEFT);

        assertThat(voting.pass(1)).isTrue();

        assertThat(session.turn(1).participant()).isEqualTo(2);
        assertThat(voting.dotsLeft(1)).isEqualTo(3);
        assertThat(session.votesOf(1)).containsOnly(Map.entry(1, 1), Map.entry(2, 1), Map.entry(4, 1));
    }

    @Test
    void noMoreThanTheMaximumOnOneCardFromOneParticipant() {
        assertThat(voting.takeDot(1, 3)).isEqualTo(Refusal.NONE);
        assertThat(voting.takeDot(1, 3)).isEqualTo(Refusal.NONE);
        assertThat(voting.takeDot(1, 3)).isEqualTo(Refusal.CARD_FULL);
        voting.pass(1);
        // the next participant may still put two there
        assertThat(voting.takeDot(1, 3)).isEqualTo(Refusal.NONE);
        assertThat(session.votes(1, 3)).isEqualTo(3);
    }

    @Test
    void aParticipantTakesBackOnlyTheirOwnDotsAndOnlyBeforePassing() {
        voting.takeDot(1, 1);
        voting.pass(1);
        assertThat(voting.returnDot(1, 1)).as("participant 1's dot").isFalse();

        voting.takeDot(1, 2);
        assertThat(voting.returnDot(1, 2)).isTrue();

        assertThat(session.votes(1, 2)).isZero();
        assertThat(voting.dotsLeft(1)).isEqualTo(3);
        assertThat(session.votes(1, 1)).isEqualTo(1);
    }

    @Test
    void afterTheLastParticipantPassesNoMoreDotsCanBePlaced() {
        for (int participant = 1; participant <= 3; participant++) {
            voting.takeDot(1, participant);
            assertThat(voting.pass(1)).isTrue();
        }
        assertThat(voting.allVoted(1)).isTrue();
        assertThat(voting.pass(1)).isFalse();
        assertThat(voting.takeDot(1, 5)).isEqualTo(Refusal.ALL_VOTED);
        assertThat(session.totalVotes(1)).isEqualTo(3);
    }

    @Test
    void undoingAPassGivesTheTurnBackWithTheDotsItHad() {
        voting.takeDot(1, 1);
        voting.takeDot(1, 1);
        voting.pass(1);

        session.undo();

        assertThat(session.turn(1)).isEqualTo(new Turn(1, Map.of(1, 2)));
        assertThat(voting.dotsLeft(1)).isEqualTo(1);
        assertThat(voting.returnDot(1, 1)).isTrue();
        session.undo();
        session.undo();
        session.undo();
        assertThat(session.votesOf(1)).isEmpty();
        assertThat(session.turn(1)).isEqualTo(Turn.FIRST);
    }

    @Test
    void hiddenCountsStayHiddenUntilRevealedByCardCategoryOrAll() {
        voting.takeDot(1, 1);
        voting.takeDot(1, 4);
        assertThat(session.isVisible(1, 1)).isFalse();

        voting.revealCard(1, 4);
        assertThat(session.isVisible(1, 4)).isTrue();
        assertThat(session.isVisible(1, 1)).isFalse();

        voting.revealCategory(1, "category-1");
        assertThat(session.revealed(1)).containsExactlyInAnyOrder(1, 2, 3, 4);

        voting.revealAll(1);
        assertThat(session.revealed(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        session.undo();
        assertThat(session.isVisible(1, 5)).isFalse();
    }

    @Test
    void aTallyRoundShowsItsCountsAndHasNoDots() {
        Session tally = Session.start(session.details(), deck, "What blocks us?");
        Voting tallyVoting = new Voting(tally);

        assertThat(tally.isVisible(1, 1)).isTrue();
        assertThat(tallyVoting.takeDot(1, 1)).isEqualTo(Refusal.NOT_DOTS);
        assertThat(tallyVoting.pass(1)).isFalse();
        assertThat(tallyVoting.revealAll(1)).as("nothing to reveal").isFalse();
    }

    @Test
    void theRuleChangesOnlyBeforeAnyoneHasVoted() {
        RoundSettings tally = RoundSettings.TALLY;
        assertThat(voting.changeSettings(1, tally)).isTrue();
        assertThat(voting.changeSettings(1, new RoundSettings(VotingRule.dots(5, 0), false, Set.of()))).isTrue();
        voting.takeDot(1, 1);

        assertThat(voting.changeSettings(1, tally)).isFalse();
        assertThat(session.settings(1).rule()).isEqualTo(VotingRule.dots(5, 0));
    }

    @Test
    void aSecondRoundOnSomeCardsKeepsTheFirstRoundsVotes() {
        voting.takeDot(1, 1);
        Round second = voting.addRound("What should we tackle first?",
                new RoundSettings(VotingRule.dots(1, 0), false, Set.of(1, 2)));

        assertThat(session.currentRound()).isEqualTo(second);
        assertThat(voting.takeDot(second.id(), 5)).isEqualTo(Refusal.NOT_IN_ROUND);
        assertThat(voting.takeDot(second.id(), 2)).isEqualTo(Refusal.NONE);
        assertThat(session.votesOf(1)).containsOnly(Map.entry(1, 1));
        assertThat(session.votesOf(second.id())).containsOnly(Map.entry(2, 1));

        session.undo();
        session.undo();
        assertThat(session.rounds()).hasSize(1);
    }

    @Test
    void aStatusIsOneUndoableChange() {
        voting.setStatus(3, CardStatus.BLOCKING);
        voting.setStatus(3, CardStatus.OVERCOME);
        assertThat(session.status(3)).isEqualTo(CardStatus.OVERCOME);
        session.undo();
        assertThat(session.status(3)).isEqualTo(CardStatus.BLOCKING);
        assertThat(session.statuses()).containsOnly(Map.entry(3, CardStatus.BLOCKING));
    }

    @Test
    void namesAreOptionalGivenInTurnOrderAndUndoable() {
        assertThat(session.participantName(1)).isEmpty();
        voting.setParticipantNames(List.of(" Alex ", "", "Sam"));

        assertThat(session.participantNames()).containsExactly("Alex", "Sam");
        assertThat(session.participantName(2)).isEqualTo("Sam");
        assertThat(session.participantName(3)).as("more participants than names").isEmpty();
        session.undo();
        assertThat(session.participantNames()).isEmpty();
    }

    @Test
    void rulesOutsideTheirLimitsAreRefused() {
        assertThatThrownBy(() -> VotingRule.dots(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VotingRule.dots(3, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
