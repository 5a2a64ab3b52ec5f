package org.hurdleboard.domain;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the facilitator chose for a round: its voting rule, whether counts stay hidden until they
 * are revealed, the cards it is about (empty means every card of the deck), and how the room gives
 * its votes.
 */
public record RoundSettings(VotingRule rule, boolean hideVotes, Set<Integer> cards, VotingMethod method) {
    public static final RoundSettings TALLY = new RoundSettings(VotingRule.TALLY, false, Set.of());

    public RoundSettings {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(method, "method");
        if (!method.allows(rule)) {
            throw new IllegalArgumentException(method + " needs dots or ticks, not " + rule.kind());
        }
        cards = java.util.Collections.unmodifiableSet(new TreeSet<>(cards));
    }

    /** Settings voted the way the rule was voted before the method could be chosen. */
    public RoundSettings(VotingRule rule, boolean hideVotes, Set<Integer> cards) {
        this(rule, hideVotes, cards, VotingMethod.defaultFor(rule));
    }

    public boolean includes(int cardNumber) {
        return cards.isEmpty() || cards.contains(cardNumber);
    }

    /** A new rule keeps the method when it still fits, and takes the rule's own otherwise. */
    public RoundSettings withRule(VotingRule newRule) {
        return new RoundSettings(newRule, hideVotes, cards, method.allows(newRule) ? method : VotingMethod.defaultFor(newRule));
    }

    public RoundSettings withHideVotes(boolean hide) {
        return new RoundSettings(rule, hide, cards, method);
    }

    public RoundSettings withMethod(VotingMethod newMethod) {
        return new RoundSettings(rule, hideVotes, cards, newMethod);
    }
}
