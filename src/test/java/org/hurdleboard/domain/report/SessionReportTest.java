package org.hurdleboard.domain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.TestDecks;
import org.hurdleboard.domain.Voting;
import org.hurdleboard.domain.VotingRule;
import org.junit.jupiter.api.Test;

class SessionReportTest {
    private final Session session = Session.start(
            new SessionDetails("Team day", "Digital", LocalDate.of(2026, 11, 29), "Sam", 12),
            TestDecks.withCategorySizes(3, 3), "What blocks us?");

    @Test
    void tiedCardsShareARankAndTheNextRankSkipsAhead() {
        session.setVotes(1, 5, 4);
        session.setVotes(1, 2, 7);
        session.setVotes(1, 3, 4);
        session.setVotes(1, 6, 1);

        RoundReport round = SessionReport.of(session).lastRound();

        assertThat(round.ranked()).extracting(RankedHurdle::rank, RankedHurdle::cardNumber, RankedHurdle::votes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2, 7),
                        org.assertj.core.groups.Tuple.tuple(2, 3, 4),
                        org.assertj.core.groups.Tuple.tuple(2, 5, 4),
                        org.assertj.core.groups.Tuple.tuple(4, 6, 1));
        assertThat(round.unvoted()).extracting(RankedHurdle::cardNumber).containsExactly(1, 4);
        assertThat(round.unvoted()).allMatch(hurdle -> hurdle.rank() == 0);
        assertThat(round.hurdles()).hasSize(6);
    }

    @Test
    void aRoundOnTheTopCardsReportsOnlyThoseAndKeepsTheFirstRoundWhole() {
        session.setVotes(1, 2, 3);
        new Voting(session).addRound("What first?", new RoundSettings(VotingRule.TALLY, false, Set.of(2, 5)));
        session.setVotes(2, 5, 1);

        SessionReport report = SessionReport.of(session);

        assertThat(report.rounds().get(0).hurdles()).hasSize(6);
        assertThat(report.lastRound().hurdles()).extracting(RankedHurdle::cardNumber).containsExactly(5, 2);
        assertThat(report.lastRound().question()).isEqualTo("What first?");
    }

    @Test
    void votesByCategoryAddUpWithTheirShareOfAllVotes() {
        session.setVotes(1, 1, 3);
        session.setVotes(1, 4, 1);

        RoundReport round = SessionReport.of(session).lastRound();

        assertThat(round.totalVotes()).isEqualTo(4);
        assertThat(round.byCategory()).extracting(CategoryTally::name, CategoryTally::votes, CategoryTally::share)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Category 1", 3, 0.75),
                        org.assertj.core.groups.Tuple.tuple("Category 2", 1, 0.25));
    }

    @Test
    void aRoundWithoutVotesRanksNothingAndHasNoShares() {
        RoundReport round = SessionReport.of(session).lastRound();

        assertThat(round.ranked()).isEmpty();
        assertThat(round.unvoted()).extracting(RankedHurdle::cardNumber).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(round.byCategory()).allMatch(tally -> tally.share() == 0);
    }

    @Test
    void theReportCarriesTheDetailsAndTheDeck() {
        SessionReport report = SessionReport.of(session);

        assertThat(report.details().title()).isEqualTo("Team day");
        assertThat(report.deck().title()).isEqualTo("Test deck");
        assertThat(report.lastRound().question()).isEqualTo("What blocks us?");
    }
}
