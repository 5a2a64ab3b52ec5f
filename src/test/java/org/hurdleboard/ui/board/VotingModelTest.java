package org.hurdleboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.TestDecks;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.workshop.WorkshopModel;
import org.junit.jupiter.api.Test;

/** Dot voting, reveals, statuses and rounds, as a plain object: no toolkit, no file. */
class VotingModelTest {
    private static final Messages MESSAGES = new Messages(Locale.UK);
    private final BoardViewModel board = new BoardViewModel(new WorkshopModel(
            Session.start(new SessionDetails("Day", "", LocalDate.of(2026, 11, 29), "", 3),
                    TestDecks.withCategorySizes(6, 6), "What blocks us?",
                    RoundSettings.TALLY.withRule(VotingRule.dots(2, 0)).withHideVotes(true)),
            false, "day.hurdles", MESSAGES, Runnable::run), MESSAGES);
    private final VotingModel voting = board.voting();

    private Card card(int number) {
        return board.deck().card(number).orElseThrow();
    }

    @Test
    void theTurnSaysWhoseItIsAndHowManyDotsAreLeft() {
        assertThat(voting.turnTextProperty().get()).isEqualTo("Participant 1 of 3");
        assertThat(voting.dotsTextProperty().get()).isEqualTo("2 dots left");

        board.select(card(4));
        voting.takeDot();
        assertThat(voting.dotsTextProperty().get()).isEqualTo("1 dot left");

        voting.pass();
        assertThat(voting.turnTextProperty().get()).isEqualTo("Participant 2 of 3");
        assertThat(voting.dotsTextProperty().get()).isEqualTo("2 dots left");
    }

    @Test
    void aDotTooManyIsRefusedWithWhatToDo() {
        board.select(card(1));
        voting.takeDot();
        voting.takeDot();

        voting.takeDot();

        assertThat(voting.noticeProperty().get()).contains("Participant 1 has no dots left");
        assertThat(board.votesProperty(card(1)).get()).isEqualTo(2);
    }

    @Test
    void aTypedCardNumberShowsOnlyAsDotsWhileHiddenAndTheDotGoesThereWithoutSelectingIt() {
        board.select(card(1));

        voting.typeDigit('1');
        voting.typeDigit('2');
        assertThat(voting.typedCardProperty().get()).doesNotContain("12").contains("\u2022\u2022");

        voting.takeTypedDot();

        assertThat(board.votesProperty(card(12)).get()).isEqualTo(1);
        assertThat(board.selectedProperty().get().number()).as("the room sees no selection move").isEqualTo(1);
        assertThat(board.shownVotesProperty(card(12)).get()).as("still hidden").isZero();
        assertThat(voting.isTypingCard()).isFalse();
    }

    @Test
    void aTypedNumberThatIsNoCardSaysSo() {
        voting.typeDigit('9');
        voting.typeDigit('9');

        voting.takeTypedDot();

        assertThat(voting.noticeProperty().get()).contains("99");
    }

    @Test
    void revealingACategoryShowsItsCardsOnly() {
        board.select(card(2));
        voting.takeDot();
        board.select(card(8));
        voting.takeDot();

        board.select(card(2));
        voting.revealCategory();

        assertThat(board.shownVotesProperty(card(2)).get()).isEqualTo(1);
        assertThat(board.shownVotesProperty(card(8)).get()).isZero();
        assertThat(board.countsHiddenProperty().get()).isTrue();
    }

    @Test
    void theStatusGoesRoundOneKeyAtATime() {
        board.select(card(3));

        voting.cycleStatus();

        assertThat(board.statusProperty(card(3)).get()).isEqualTo(CardStatus.values()[1]);
    }

    @Test
    void aNewRoundIsShownAndTheRuleOfAVotedRoundCannotChange() {
        board.select(card(3));
        voting.takeDot();
        assertThat(voting.hasVotes()).isTrue();
        assertThat(voting.changeSettings(RoundSettings.TALLY)).isFalse();

        voting.addRound("What first?", RoundSettings.TALLY);

        assertThat(board.roundProperty().get().question()).isEqualTo("What first?");
        assertThat(voting.dotRoundProperty().get()).isFalse();
        assertThat(voting.rounds()).hasSize(2);
    }
}
