package org.hurdleboard.domain;

/**
 * How the room gives its votes in a round, for the facilitator's screens and the report: hands
 * counted by the facilitator, dots placed at the board in turn, phones over the room's network,
 * or counts taken from a paper wall.
 */
public enum VotingMethod {
    HANDS, BOARD, PHONES, WALL;

    /** What a round voted by this rule was before the method was chosen: hands for a tally, the board otherwise. */
    public static VotingMethod defaultFor(VotingRule rule) {
        return rule.isPersonal() ? BOARD : HANDS;
    }

    /** The board and phones take one person's own dots or ticks: they need a rule other than a tally. */
    public boolean allows(VotingRule rule) {
        return rule.isPersonal() || this == HANDS || this == WALL;
    }
}
