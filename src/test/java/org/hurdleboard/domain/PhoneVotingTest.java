package org.hurdleboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hurdleboard.domain.PhoneVoting.Refusal;
import org.junit.jupiter.api.Test;

class PhoneVotingTest {
    private static final String ANNA = "ballot-aaaa-1111";
    private static final String BEN = "ballot-bbbb-2222";
    private static final String CAT = "ballot-cccc-3333";

    private final Deck deck = TestDecks.withCategorySizes(3, 2);
    private final Session session = Session.start(
            new SessionDetails("Team day", "Digital", LocalDate.of(2026, 11, 29), "Sam", 2), deck, "What blocks us?",
            new RoundSettings(VotingRule.dots(3, 2), true, Set.of()));
    private final PhoneVoting phones = new PhoneVoting(session);
    private final Voting voting = new Voting(session);

    @Test
    void aBallotMovesTheCountsAndAChangedBallotMovesThemBack() {
        phones.open(1, VotingRule.dots(3, 2), 0);

        assertThat(phones.cast(1, ANNA, Map.of(1, 2, 4, 1))).isEqualTo(BallotRefusal.NONE);
        assertThat(phones.cast(1, BEN, Map.of(1, 1))).isEqualTo(BallotRefusal.NONE);
        assertThat(session.votesOf(1)).containsOnly(Map.entry(1, 3), Map.entry(4, 1));

        assertThat(phones.cast(1, ANNA, Map.of(5, 2))).isEqualTo(BallotRefusal.NONE);

        assertThat(session.votesOf(1)).containsOnly(Map.entry(1, 1), Map.entry(5, 2));
        assertThat(session.ballotsIn(1)).isEqualTo(2);
        assertThat(session.ballots(1)).containsEntry(ANNA, Map.of(5, 2));
        assertThat(session.settings(1).method()).isEqualTo(VotingMethod.PHONES);
    }

    @Test
    void aBallotIsCheckedAgainstTheRuleTheCardsAndTheLimitAndNothingMoves() {
        session.apply(new SettingsSet(1, session.settings(1), new RoundSettings(VotingRule.dots(3, 2), true, Set.of(1, 2))));
        phones.open(1, VotingRule.dots(3, 2), 0);

        assertThat(phones.cast(1, ANNA, Map.of(4, 1))).isEqualTo(BallotRefusal.NOT_IN_ROUND);
        assertThat(phones.cast(1, ANNA, Map.of(99, 1))).isEqualTo(BallotRefusal.NOT_IN_ROUND);
        assertThat(phones.cast(1, ANNA, Map.of(1, 3))).isEqualTo(BallotRefusal.CARD_FULL);
        assertThat(phones.cast(1, ANNA, Map.of(1, 2, 2, 2))).isEqualTo(BallotRefusal.TOO_MANY_DOTS);
        assertThat(phones.cast(1, ANNA, Map.of(1, 0))).isEqualTo(BallotRefusal.BAD_COUNT);
        assertThat(phones.cast(1, ANNA, Map.of(1, -1))).isEqualTo(BallotRefusal.BAD_COUNT);
        assertThat(phones.cast(1, ANNA, Map.of(1, 1000))).isEqualTo(BallotRefusal.CARD_FULL);
        assertThat(phones.cast(1, "1.2.3.4", Map.of(1, 1))).isEqualTo(BallotRefusal.BAD_ID);
        assertThat(phones.cast(1, "", Map.of(1, 1))).isEqualTo(BallotRefusal.BAD_ID);
        assertThat(session.votesOf(1)).isEmpty();
        assertThat(session.ballotsIn(1)).isZero();

        phones.cast(1, ANNA, Map.of(1, 1));
        phones.cast(1, BEN, Map.of(2, 1));
        assertThat(phones.cast(1, CAT, Map.of(1, 1))).as("2 participants: 2 ballots").isEqualTo(BallotRefusal.FULL);
        assertThat(phones.cast(1, BEN, Map.of(1, 2))).as("a ballot in may still change").isEqualTo(BallotRefusal.NONE);
        assertThat(session.votesOf(1)).containsOnly(Map.entry(1, 3));
    }

    @Test
    void theFacilitatorsLimitReplacesTheParticipantCount() {
        phones.open(1, VotingRule.dots(3, 2), 3);
        phones.cast(1, ANNA, Map.of(1, 1));
        phones.cast(1, BEN, Map.of(1, 1));

        assertThat(phones.maxBallots(1)).isEqualTo(3);
        assertThat(phones.cast(1, CAT, Map.of(1, 1))).isEqualTo(BallotRefusal.NONE);
        assertThat(phones.cast(1, "ballot-dddd-4444", Map.of(1, 1))).isEqualTo(BallotRefusal.FULL);
    }

    @Test
    void approvalTicksEachChosenCardOnceAndAnyNumberOfCards() {
        phones.open(1, VotingRule.APPROVAL, 0);

        assertThat(phones.cast(1, ANNA, Map.of(1, 1, 2, 1, 3, 1, 4, 1, 5, 1))).isEqualTo(BallotRefusal.NONE);
        assertThat(phones.cast(1, BEN, Map.of(1, 2))).isEqualTo(BallotRefusal.BAD_COUNT);

        assertThat(session.totalVotes(1)).isEqualTo(5);
        assertThat(session.settings(1).rule()).isEqualTo(VotingRule.APPROVAL);
    }

    @Test
    void closingDropsTheBallotsAndKeepsTheCountsAndHowManyCameIn() {
        phones.open(1, VotingRule.dots(3, 2), 0);
        phones.cast(1, ANNA, Map.of(1, 2));
        phones.cast(1, BEN, Map.of(3, 1));

        assertThat(phones.close(1)).isTrue();

        assertThat(session.ballots(1)).isEmpty();
        assertThat(session.ballotsIn(1)).isEqualTo(2);
        assertThat(session.votesOf(1)).containsOnly(Map.entry(1, 2), Map.entry(3, 1));
        assertThat(phones.cast(1, ANNA, Map.of(1, 1))).isEqualTo(BallotRefusal.NOT_OPEN);
        assertThat(phones.whyNotOpen(1, VotingRule.dots(3, 2))).as("a phone that voted would vote again")
                .isEqualTo(Refusal.CLOSED);
        assertThat(phones.close(1)).isFalse();
    }

    @Test
    void undoNeverTakesBackABallotAndTheFacilitatorsOwnActionsSinceStillUndo() {
        session.apply(new StatusSet(2, CardStatus.NONE, CardStatus.BLOCKING));
        phones.open(1, VotingRule.dots(3, 2), 0);
        phones.cast(1, ANNA, Map.of(1, 2));
        voting.revealAll(1);

        assertThat(session.undo()).as("the reveal").isPresent();
        assertThat(session.revealed(1)).isEmpty();
        assertThat(session.canUndo()).isFalse();
        assertThat(session.undoStoppedByBallots()).isTrue();
        assertThat(session.undo()).isEmpty();

        assertThat(session.votesOf(1)).containsOnly(Map.entry(1, 2));
        assertThat(session.status(2)).isEqualTo(CardStatus.BLOCKING);
        assertThat(session.phoneState(1)).isEqualTo(PhoneState.OPEN);
        assertThat(session.redo()).as("redo still works above the ballots").isPresent();
    }

    @Test
    void openingUndoesUntilTheFirstBallot() {
        RoundSettings before = session.settings(1);
        phones.open(1, VotingRule.APPROVAL, 0);

        session.undo();

        assertThat(session.phoneState(1)).isEqualTo(PhoneState.NOT_OPENED);
        assertThat(session.settings(1)).isEqualTo(before);
    }

    @Test
    void dotsAtTheBoardAndCountsAreRefusedWhileTheRoundIsOpenToPhones() {
        phones.open(1, VotingRule.dots(3, 2), 0);

        assertThat(voting.takeDot(1, 1)).isEqualTo(Voting.Refusal.PHONES_OPEN);
        assertThat(voting.pass(1)).isFalse();
        assertThat(voting.changeSettings(1, session.settings(1).withHideVotes(false))).isFalse();
        assertThatThrownBy(() -> session.setVotes(1, 1, 4)).isInstanceOf(IllegalStateException.class);
        assertThat(session.votesOf(1)).isEmpty();

        phones.close(1);
        assertThat(voting.takeDot(1, 1)).as("after close the board may add a late vote").isEqualTo(Voting.Refusal.NONE);
    }

    @Test
    void onlyTheCurrentRoundWithoutVotesAndWithDotsOrTicksOpens() {
        assertThat(phones.whyNotOpen(1, VotingRule.TALLY)).isEqualTo(Refusal.NEEDS_BALLOT_RULE);
        voting.takeDot(1, 1);
        assertThat(phones.whyNotOpen(1, VotingRule.APPROVAL)).isEqualTo(Refusal.HAS_VOTES);
        assertThat(phones.open(1, VotingRule.APPROVAL, 0)).isEqualTo(Refusal.HAS_VOTES);
        assertThat(session.phoneState(1)).isEqualTo(PhoneState.NOT_OPENED);

        voting.addRound("Next?", RoundSettings.TALLY);

        assertThat(phones.whyNotOpen(1, VotingRule.APPROVAL)).isEqualTo(Refusal.NOT_CURRENT);
        assertThat(phones.whyNotOpen(2, VotingRule.APPROVAL)).isEqualTo(Refusal.NONE);
    }

    @Test
    void aNewRoundClosesTheOneBeforeAndTheBallotGoesNowhere() {
        phones.open(1, VotingRule.dots(3, 2), 0);
        phones.cast(1, ANNA, Map.of(1, 1));

        voting.addRound("Next?", RoundSettings.TALLY);

        assertThat(session.phoneState(1)).isEqualTo(PhoneState.CLOSED);
        assertThat(session.ballots(1)).isEmpty();
        assertThat(phones.cast(1, BEN, Map.of(1, 1))).isEqualTo(BallotRefusal.NOT_OPEN);
        assertThat(session.undo()).as("the new round itself undoes").isPresent();
        assertThat(session.rounds()).hasSize(1);
    }

    @Test
    void ballotsAreRecordedNotAppliedSoListenersHearThemAsTheirOwnStep() {
        List<Applied> heard = new ArrayList<>();
        session.addListener(heard::add);
        phones.open(1, VotingRule.dots(3, 2), 0);
        phones.cast(1, ANNA, Map.of(1, 1));
        phones.cast(1, ANNA, Map.of(1, 1));
        phones.close(1);

        assertThat(heard).extracting(Applied::step).containsExactly(Applied.Step.DO, Applied.Step.RECORD,
                Applied.Step.RECORD);
        assertThatThrownBy(() -> session.record(new StatusSet(1, CardStatus.NONE, CardStatus.BLOCKING)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBallotThatWouldPassTheLargestCountIsRefusedWhole() {
        session.restoreVotes(1, 2, 0);
        phones.open(1, VotingRule.dots(3, 2), 0);
        session.restoreVotes(1, 1, Votes.MAX);

        assertThat(phones.cast(1, ANNA, Map.of(2, 1, 1, 1))).isEqualTo(BallotRefusal.TOO_MANY_VOTES);
        assertThat(session.votes(1, 2)).isZero();
    }

    @Test
    void approvalAtTheBoardTicksEachCardOnceAndAsManyCardsAsTheRoundHas() {
        Session board = Session.start(new SessionDetails("Team day", "Digital", LocalDate.of(2026, 11, 29), "Sam", 2),
                deck, "What blocks us?", new RoundSettings(VotingRule.APPROVAL, false, Set.of()));
        Voting atTheBoard = new Voting(board);

        assertThat(atTheBoard.dotsLeft(1)).isEqualTo(5);
        assertThat(atTheBoard.takeDot(1, 1)).isEqualTo(Voting.Refusal.NONE);
        assertThat(atTheBoard.takeDot(1, 1)).isEqualTo(Voting.Refusal.CARD_FULL);
        assertThat(atTheBoard.takeDot(1, 2)).isEqualTo(Voting.Refusal.NONE);
        assertThat(atTheBoard.dotsLeft(1)).isEqualTo(3);
        assertThat(board.settings(1).method()).isEqualTo(VotingMethod.BOARD);
    }

    @Test
    void theMethodDefaultsFromTheRuleAndTheBoardAndPhonesNeedDotsOrTicks() {
        assertThat(RoundSettings.TALLY.method()).isEqualTo(VotingMethod.HANDS);
        assertThat(new RoundSettings(VotingRule.dots(3, 0), false, Set.of()).method()).isEqualTo(VotingMethod.BOARD);
        assertThat(RoundSettings.TALLY.withMethod(VotingMethod.WALL).method()).isEqualTo(VotingMethod.WALL);
        assertThatThrownBy(() -> RoundSettings.TALLY.withMethod(VotingMethod.PHONES))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RoundSettings(VotingRule.dots(3, 0), false, Set.of(), VotingMethod.PHONES)
                .withRule(VotingRule.TALLY).method()).isEqualTo(VotingMethod.HANDS);
    }
}
