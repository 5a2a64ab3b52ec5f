package org.hurdleboard.domain.report;

import org.hurdleboard.domain.CardStatus;

/**
 * A hurdle's votes, rank and status in one workshop; rank 0 when it had no votes or was not in
 * that deck.
 */
public record Placing(int votes, int rank, CardStatus status) {
    public static final Placing NONE = new Placing(0, 0, CardStatus.NONE);

    public Placing(int votes, int rank) {
        this(votes, rank, CardStatus.NONE);
    }

    public boolean ranked() {
        return rank > 0;
    }
}
