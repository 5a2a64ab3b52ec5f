package org.hurdleboard.domain.report;

import java.util.List;
import java.util.Objects;

/** One hurdle across the compared workshops: its placing in each, in the comparison's session order. */
public record HurdleAcross(int cardNumber, String title, String categoryName, List<Placing> placings) {
    public HurdleAcross {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryName, "categoryName");
        placings = List.copyOf(placings);
    }

    public int totalVotes() {
        return placings.stream().mapToInt(Placing::votes).sum();
    }

    /** In how many of the workshops somebody voted for it. */
    public int sessionsWithVotes() {
        return (int) placings.stream().filter(Placing::ranked).count();
    }
}
