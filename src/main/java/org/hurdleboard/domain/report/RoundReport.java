package org.hurdleboard.domain.report;

import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.VotingMethod;
import java.util.List;
import java.util.Objects;

/**
 * One round's outcome: every card of the deck, ranked cards first (by rank, then card number),
 * then the cards without votes by number; and the votes by category, in deck order; how the room
 * gave its votes, and how many ballots came in from phones (0 for a round not voted by phones).
 */
public record RoundReport(int roundId, String question, int totalVotes, List<RankedHurdle> hurdles,
                          List<CategoryTally> byCategory, VotingMethod method, int ballots) {
    public RoundReport {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(method, "method");
        hurdles = List.copyOf(hurdles);
        byCategory = List.copyOf(byCategory);
    }

    /** The cards somebody voted for, best first. */
    public List<RankedHurdle> ranked() {
        return hurdles.stream().filter(RankedHurdle::ranked).toList();
    }

    /** The cards the room says it has already overcome, by votes then number, voted for or not. */
    public List<RankedHurdle> overcome() {
        return hurdles.stream().filter(hurdle -> hurdle.status() == CardStatus.OVERCOME).toList();
    }

    /** The cards nobody voted for, by number. */
    public List<RankedHurdle> unvoted() {
        return hurdles.stream().filter(hurdle -> !hurdle.ranked()).toList();
    }
}
