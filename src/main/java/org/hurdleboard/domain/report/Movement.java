package org.hurdleboard.domain.report;

import java.util.Objects;

/**
 * How a hurdle's rank changed from the first compared workshop to the last; a rank of 0 means it
 * had no votes there. {@code rise} is positive when it became more of a hurdle.
 */
public record Movement(int cardNumber, String title, int fromRank, int toRank, int rise) {
    public Movement {
        Objects.requireNonNull(title, "title");
    }
}
