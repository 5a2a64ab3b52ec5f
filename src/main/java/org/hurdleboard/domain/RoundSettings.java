package org.hurdleboard.domain;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the facilitator chose for a round: its voting rule, whether counts stay hidden until they
 * are revealed, and the cards it is about (empty means every card of the deck).
 */
public record RoundSettings(VotingRule rule, boolean hideVotes, Set<Integer> cards) {
    public static final RoundSettings TALLY = new RoundSettings(VotingRule.TALLY, false, Set.of());

    public RoundSettings {
        Objects.requireNonNull(rule, "rule");
        cards = java.util.Collections.unmodifiableSet(new TreeSet<>(cards));
    }

    public boolean includes(int cardNumber) {
        return cards.isEmpty() || cards.contains(cardNumber);
    }

    public RoundSettings withRule(VotingRule newRule) {
        return new RoundSettings(newRule, hideVotes, cards);
    }

    public RoundSettings withHideVotes(boolean hide) {
        return new RoundSettings(rule, hide, cards);
    }
}
