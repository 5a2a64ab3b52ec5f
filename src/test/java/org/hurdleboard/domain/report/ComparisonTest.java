package org.hurdleboard.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.StatusSet;
import org.hurdleboard.domain.TestDecks;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    @Test
    void workshopsAreComparedOldestFirstWithEachHurdlesPlacingInEach() {
        Comparison comparison = Comparison.of(List.of(
                entry("after.hurdles", LocalDate.of(2026, 6, 1), 3, 5, 1, 2),
                entry("before.hurdles", LocalDate.of(2026, 1, 1), 1, 5, 2, 3)));

        assertThat(comparison.sessions()).extracting(ComparedSession::label)
                .containsExactly("before.hurdles", "after.hurdles");
        HurdleAcross card1 = comparison.hurdles().get(0);
        assertThat(card1.placings()).containsExactly(new Placing(5, 1), new Placing(2, 2));
        assertThat(card1.totalVotes()).isEqualTo(7);
    }

    @Test
    void onlyHurdlesWithVotesInEveryWorkshopBlockEverywhere() {
        Comparison comparison = Comparison.of(List.of(
                entry("a", LocalDate.of(2026, 1, 1), 1, 2, 2, 4),
                entry("b", LocalDate.of(2026, 2, 1), 1, 1, 2, 9, 3, 1),
                entry("c", LocalDate.of(2026, 3, 1), 2, 1)));

        assertThat(comparison.blockingEverywhere()).extracting(HurdleAcross::cardNumber).containsExactly(2);
    }

    @Test
    void whatMovedIsMeasuredFromTheFirstWorkshopToTheLastBiggestFirst() {
        Comparison comparison = Comparison.of(List.of(
                entry("first", LocalDate.of(2026, 1, 1), 1, 9, 2, 5, 3, 1),
                entry("last", LocalDate.of(2026, 2, 1), 3, 9, 2, 5)));

        assertThat(comparison.moved()).extracting(Movement::cardNumber, Movement::fromRank, Movement::toRank)
                .containsExactly(tuple(1, 1, 0), tuple(3, 3, 1));
        assertThat(comparison.moved().get(1).rise()).isPositive();
        assertThat(comparison.moved().get(0).rise()).isNegative();
    }

    @Test
    void aHurdleMarkedOvercomeInTheLastWorkshopButNotTheFirstIsOvercomeSinceThen() {
        Comparison.Entry first = entryWithStatuses("first", LocalDate.of(2026, 1, 1), 4, CardStatus.OVERCOME);
        Comparison.Entry middle = entryWithStatuses("middle", LocalDate.of(2026, 2, 1), 2, CardStatus.OVERCOME);
        Comparison.Entry last = entryWithStatuses("last", LocalDate.of(2026, 3, 1), 2, CardStatus.OVERCOME);
        Comparison comparison = Comparison.of(List.of(last, first, middle));

        assertThat(comparison.overcomeSinceFirst()).extracting(HurdleAcross::cardNumber).containsExactly(2);
        assertThat(comparison.hurdles().get(1).placings().get(2).status()).isEqualTo(CardStatus.OVERCOME);
    }

    /** A workshop where one card has a status (and card 1 a vote). */
    private static Comparison.Entry entryWithStatuses(String label, LocalDate date, int card, CardStatus status) {
        Session session = Session.start(new SessionDetails(label, "", date, "", 10),
                TestDecks.withCategorySizes(3, 3), "Q");
        session.restoreVotes(1, 1, 3);
        session.apply(new StatusSet(card, CardStatus.NONE, status));
        return new Comparison.Entry(label, SessionReport.of(session));
    }

    @Test
    void oneWorkshopIsNotAComparison() {
        assertThatThrownBy(() -> Comparison.of(List.of(entry("a", LocalDate.of(2026, 1, 1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A workshop on a six-card deck with votes given as card, count, card, count... */
    static Comparison.Entry entry(String label, LocalDate date, int... cardsAndVotes) {
        Session session = Session.start(new SessionDetails(label, "", date, "", 10),
                TestDecks.withCategorySizes(3, 3), "Q");
        for (int i = 0; i < cardsAndVotes.length; i += 2) {
            session.setVotes(1, cardsAndVotes[i], cardsAndVotes[i + 1]);
        }
        return new Comparison.Entry(label, SessionReport.of(session));
    }
}
