package org.hurdleboard.domain.report;

import java.util.Objects;

/** A category's votes in a round and its share of all votes (0 to 1; 0 when nobody voted). */
public record CategoryTally(String categoryId, String name, String colour, int votes, double share) {
    public CategoryTally {
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
    }
}
