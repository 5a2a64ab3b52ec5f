package org.hurdleboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.TestDecks;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.store.WriteProblem;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.workshop.WorkshopModel;
import org.hurdleboard.ui.workshop.WorkshopModel.SaveState;
import org.junit.jupiter.api.Test;

/** The board's view model as a plain object: no toolkit, no file, work "on the FX thread" done at once. */
class BoardViewModelTest {
    private static final Messages MESSAGES = new Messages(Locale.UK);

    private static Session session(RoundSettings settings) {
        return Session.start(new SessionDetails("Day", "", LocalDate.of(2026, 11, 29), "", 4),
                TestDecks.withCategorySizes(3, 3), "What blocks us?", settings);
    }

    private static BoardViewModel board(Session session, boolean readOnly) {
        return new BoardViewModel(new WorkshopModel(session, readOnly, "day.hurdles", MESSAGES, Runnable::run),
                MESSAGES);
    }

    private static Card card(BoardViewModel board, int number) {
        return board.deck().card(number).orElseThrow();
    }

    @Test
    void plusAndMinusCountOnTheSelectedCardAndTheTotalFollows() {
        BoardViewModel board = board(session(RoundSettings.TALLY), false);
        board.select(card(board, 2));

        board.addVote();
        board.addVote();
        board.addVote();
        board.removeVote();

        assertThat(board.votesProperty(card(board, 2)).get()).isEqualTo(2);
        assertThat(board.totalVotesProperty().get()).isEqualTo(2);
        assertThat(board.maxShownVotesProperty().get()).isEqualTo(2);
        assertThat(board.canUndoProperty().get()).isTrue();
    }

    @Test
    void undoTakesTheLastVoteBackAndSelectsItsCard() {
        BoardViewModel board = board(session(RoundSettings.TALLY), false);
        board.select(card(board, 4));
        board.setVotes(7);
        board.select(card(board, 1));

        board.undo();

        assertThat(board.votesProperty(card(board, 4)).get()).isZero();
        assertThat(board.selectedProperty().get().number()).as("the room sees what went back").isEqualTo(4);
        assertThat(board.canRedoProperty().get()).isTrue();
    }

    @Test
    void hiddenCountsShowNothingToTheRoomAndToTheConsoleOnlyWhilePeekingAtAProjector() {
        BoardViewModel board = board(session(RoundSettings.TALLY.withHideVotes(true)), false);
        board.setVotes(card(board, 3), 5);

        assertThat(board.shownVotesProperty(card(board, 3)).get()).isZero();
        assertThat(board.totalVotesProperty().get()).as("the total gives nothing away").isZero();
        assertThat(board.votesFor(Audience.FACILITATOR, card(board, 3)).get()).isZero();

        board.presenting().peekHiddenProperty().set(true);
        assertThat(board.votesFor(Audience.FACILITATOR, card(board, 3)).get())
                .as("no projector: the console is what the room sees").isZero();
        board.presenting().projectorShownProperty().set(true);
        assertThat(board.votesFor(Audience.FACILITATOR, card(board, 3)).get()).isEqualTo(5);
        assertThat(board.votesFor(Audience.ROOM, card(board, 3)).get()).isZero();

        board.voting().revealAll();
        assertThat(board.shownVotesProperty(card(board, 3)).get()).isEqualTo(5);
        assertThat(board.totalVotesProperty().get()).isEqualTo(5);
    }

    @Test
    void aReadOnlyWorkshopChangesNothing() {
        BoardViewModel board = board(session(RoundSettings.TALLY), true);
        board.select(card(board, 1));

        board.addVote();

        assertThat(board.setVotes(4)).isFalse();
        assertThat(board.votesProperty(card(board, 1)).get()).isZero();
        assertThat(board.saveStateProperty().get()).isEqualTo(SaveState.READ_ONLY);
        assertThat(board.canUndoProperty().get()).isFalse();
    }

    @Test
    void theSaveStateFollowsTheFilesWrites() {
        BoardViewModel board = board(session(RoundSettings.TALLY), false);
        board.setVotes(card(board, 1), 1);
        board.setVotes(card(board, 2), 1);
        assertThat(board.saveStateProperty().get()).isEqualTo(SaveState.SAVING);

        board.workshop().writeFinished(Optional.empty());
        assertThat(board.saveStateProperty().get()).as("one write still to go").isEqualTo(SaveState.SAVING);
        board.workshop().writeFinished(Optional.empty());
        assertThat(board.saveStateProperty().get()).isEqualTo(SaveState.SAVED);

        board.setVotes(card(board, 3), 1);
        board.workshop().writeFinished(Optional.of(WriteProblem.DISK_FULL));
        assertThat(board.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
        assertThat(board.saveErrorProperty().get()).isNotBlank();
    }

    @Test
    void writesThatFinishTogetherReachTheFxThreadAsOneTaskAndTheBoardSaysSaved() {
        Queue<Runnable> fxThread = new ArrayDeque<>();
        WorkshopModel workshop = new WorkshopModel(session(RoundSettings.TALLY), false, "day.hurdles", MESSAGES,
                fxThread::add);
        BoardViewModel board = new BoardViewModel(workshop, MESSAGES);
        for (int card = 1; card <= 3; card++) {
            board.setVotes(card(board, card), 1);
        }

        for (int write = 0; write < 3; write++) {
            workshop.writeFinished(Optional.empty());
        }
        assertThat(fxThread).as("one hand-off for three finished writes").hasSize(1);
        fxThread.poll().run();
        assertThat(board.saveStateProperty().get()).isEqualTo(SaveState.SAVED);

        board.setVotes(card(board, 4), 1);
        workshop.writeFinished(Optional.of(WriteProblem.DISK_FULL));
        assertThat(fxThread).as("a write after the count posts a count of its own").hasSize(1);
        fxThread.poll().run();
        assertThat(board.saveStateProperty().get()).isEqualTo(SaveState.FAILED);
    }

    @Test
    void aChangeFromAnotherThreadIsMadeOnlyWhenTheFxThreadRunsIt() {
        Queue<Runnable> fxThread = new ArrayDeque<>();
        Session session = session(RoundSettings.TALLY);
        WorkshopModel workshop = new WorkshopModel(session, false, "day.hurdles", MESSAGES, fxThread::add);
        BoardViewModel board = new BoardViewModel(workshop, MESSAGES);

        workshop.submit(changed -> changed.setVotes(1, 6, 3));
        assertThat(board.votesProperty(card(board, 6)).get()).isZero();

        fxThread.remove().run();
        assertThat(board.votesProperty(card(board, 6)).get()).isEqualTo(3);
        assertThat(board.canUndoProperty().get()).as("one change like any other").isTrue();
    }

    @Test
    void inADotRoundPlusPlacesTheParticipantsDotNotATally() {
        BoardViewModel board = board(session(RoundSettings.TALLY.withRule(VotingRule.dots(2, 0))), false);
        board.select(card(board, 5));

        board.addVote();

        assertThat(board.votesProperty(card(board, 5)).get()).isEqualTo(1);
        assertThat(board.setVotes(9)).as("counts are not typed in a dot vote").isFalse();
    }
}
