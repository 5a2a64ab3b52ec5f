package org.hurdleboard.domain;

/**
 * How a round's votes are counted: by tally (the facilitator counts hands and types the count), by
 * dots (each participant places {@code dotsEach} dots, at most {@code maxPerCard} on one card; 0
 * means no limit per card), or by approval ("tick every card that blocks you": one on each card a
 * person chooses, any number of cards).
 */
public record VotingRule(Kind kind, int dotsEach, int maxPerCard) {
    public enum Kind { TALLY, DOTS, APPROVAL }

    public static final int DEFAULT_DOTS = 3;
    /** More dots than this and a turn stops being a choice. */
    public static final int MAX_DOTS = 20;
    public static final VotingRule TALLY = new VotingRule(Kind.TALLY, 0, 0);
    public static final VotingRule APPROVAL = new VotingRule(Kind.APPROVAL, 0, 0);

    public VotingRule {
        if (kind != Kind.DOTS && (dotsEach != 0 || maxPerCard != 0)) {
            throw new IllegalArgumentException("only dot voting has a number of dots");
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

    public boolean isApproval() {
        return kind == Kind.APPROVAL;
    }

    /** True when each person votes for themselves, card by card (dots or ticks), rather than being counted. */
    public boolean isPersonal() {
        return kind != Kind.TALLY;
    }

    /** The most one person may put on one card: 1 for approval, the dots' limit (or all their dots) otherwise. */
    public int mostOnOneCard() {
        if (isApproval()) {
            return 1;
        }
        return maxPerCard > 0 ? maxPerCard : dotsEach;
    }
}
