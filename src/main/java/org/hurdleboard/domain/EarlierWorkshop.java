package org.hurdleboard.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An earlier workshop of the series as it ended: each card's votes, rank and status in its last
 * round. Kept in the follow-up's own file, so what moved since is known even when the earlier
 * file has gone.
 */
public record EarlierWorkshop(String title, LocalDate date, Map<Integer, Standing> standings) {
    /** A card's votes and rank (0: no votes) and status at the end of a workshop. */
    public record Standing(int votes, int rank, CardStatus status) {
        public static final Standing NONE = new Standing(0, 0, CardStatus.NONE);

        public Standing {
            Objects.requireNonNull(status, "status");
            if (votes < 0 || rank < 0) {
                throw new IllegalArgumentException("votes and rank must not be negative");
            }
        }

        public boolean ranked() {
            return rank > 0;
        }
    }

    public EarlierWorkshop {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        standings = java.util.Collections.unmodifiableMap(new TreeMap<>(standings));
    }

    public Standing standing(int cardNumber) {
        return standings.getOrDefault(cardNumber, Standing.NONE);
    }
}
