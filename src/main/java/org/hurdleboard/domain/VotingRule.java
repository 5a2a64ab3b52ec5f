package org.hurdleboard.domain;

/**
 * How a round is voted: by tally (the facilitator counts hands and types the count) or by dots
 * (each participant places {@code dotsEach} dots, at most {@code maxPerCard} on one card; 0 means
 * no limit per card).
 */
public record VotingRule(Kind kind, int dotsEach, int maxPerCard) {
    public enum Kind { TALLY, DOTS }

    public static final int DEFAULT_DOTS = 3;
    /** More dots than this and a turn stops being a choice. */
    public static final int MAX_DOTS = 20;
    public static final VotingRule TALLY = new VotingRule(Kind.TALLY, 0, 0);

    public VotingRule {
        if (kind == Kind.TALLY && (dotsEach != 0 || maxPerCard != 0)) {
            throw new IllegalArgumentException("a tally has no dots");
        }
        if (kind == Kind.DOTS && (dotsEach < 1 || dotsEach > MAX_DOTS)) {
            throw new IllegalArgumentException("dots each must be between 1 and " + MAX_DOTS + ": " + dotsEach);
        }
        if (maxPerCard < 0 || maxPerCard > dotsEach) {
            throw new IllegalArgumentException("at most " + dotsEach + " dots on one card: " + maxPerCard);
        }
    }

    public static VotingRule dots(int dotsEach, int maxPerCard) {
        return new VotingRule(Kind.DOTS, dotsEach, maxPerCard);
    }

    public boolean isDots() {
        return kind == Kind.DOTS;
    }
}
