package org.hurdleboard.domain.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.VotingMethod;
import org.hurdleboard.domain.SessionDetails;

/**
 * Everything a report about one workshop shows, worked out once so every format shows the same.
 * Each later part of a workshop becomes one more field here, as the discuss stage did.
 */
public record SessionReport(SessionDetails details, DeckSummary deck, List<RoundReport> rounds,
                            DiscussionReport discussion, FollowUpReport followUp) {
    public SessionReport {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(discussion, "discussion");
        Objects.requireNonNull(followUp, "followUp");
        rounds = List.copyOf(rounds);
    }

    /** A report of a workshop that follows none up. */
    public SessionReport(SessionDetails details, DeckSummary deck, List<RoundReport> rounds,
                         DiscussionReport discussion) {
        this(details, deck, rounds, discussion, FollowUpReport.NONE);
    }

    /** A report of a workshop without a discuss stage (or read from a report written before it). */
    public SessionReport(SessionDetails details, DeckSummary deck, List<RoundReport> rounds) {
        this(details, deck, rounds, DiscussionReport.NONE);
    }

    public static SessionReport of(Session session) {
        Deck deck = session.deck();
        List<RoundReport> rounds = new ArrayList<>();
        for (Round round : session.rounds()) {
            rounds.add(roundReport(session, round));
        }
        return new SessionReport(session.details(),
                new DeckSummary(deck.id(), deck.version(), deck.title(), deck.source(), deck.categories()), rounds,
                DiscussionReport.of(session), FollowUpReport.of(session));
    }

    /** A session's last round, ranked as its report ranks it, without the rest of the report. */
    public static RoundReport lastRoundOf(Session session) {
        return roundReport(session, session.currentRound());
    }

    private static RoundReport roundReport(Session session, Round round) {
        return roundReport(session.deck(), round, session.votesOf(round.id()), session.settings(round.id())::includes,
                session::status, session.settings(round.id()).method(), session.ballotsIn(round.id()));
    }

    /** The last round: the one a comparison between workshops looks at. */
    public RoundReport lastRound() {
        return rounds.get(rounds.size() - 1);
    }

    /** A round's report over the cards it was about (a later round may be on the top few only). */
    static RoundReport roundReport(Deck deck, Round round, Map<Integer, Integer> votes, IntPredicate inRound,
                                   IntFunction<CardStatus> statusOf, VotingMethod method, int ballots) {
        List<Card> byVotes = new ArrayList<>(deck.cards());
        byVotes.removeIf(card -> !inRound.test(card.number()));
        byVotes.sort(Comparator.<Card>comparingInt(card -> -votes.getOrDefault(card.number(), 0))
                .thenComparingInt(Card::number));
        List<RankedHurdle> hurdles = new ArrayList<>();
        int rank = 0;
        int previousVotes = -1;
        for (int i = 0; i < byVotes.size(); i++) {
            Card card = byVotes.get(i);
            int count = votes.getOrDefault(card.number(), 0);
            if (count != previousVotes) {
                rank = i + 1;
                previousVotes = count;
            }
            hurdles.add(new RankedHurdle(count == 0 ? 0 : rank, card.number(), card.categoryId(), card.title(),
                    card.statement(), count, statusOf.apply(card.number())));
        }
        int total = votes.values().stream().mapToInt(Integer::intValue).sum();
        List<CategoryTally> byCategory = new ArrayList<>();
        for (Category category : deck.categories()) {
            int inCategory = deck.cardsIn(category.id()).stream()
                    .mapToInt(card -> votes.getOrDefault(card.number(), 0)).sum();
            byCategory.add(new CategoryTally(category.id(), category.name(), category.colour(), inCategory,
                    total == 0 ? 0 : (double) inCategory / total));
        }
        return new RoundReport(round.id(), round.question(), total, hurdles, byCategory, method, ballots);
    }
}
