package org.hurdleboard.domain.report;

/** A hurdle's votes and rank in one workshop; rank 0 when it had no votes or was not in that deck. */
public record Placing(int votes, int rank) {
    public static final Placing NONE = new Placing(0, 0);

    public boolean ranked() {
        return rank > 0;
    }
}
