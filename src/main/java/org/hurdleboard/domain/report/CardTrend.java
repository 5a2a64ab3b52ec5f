package org.hurdleboard.domain.report;

import java.util.List;
import java.util.Objects;
import org.hurdleboard.domain.EarlierWorkshop.Standing;

/** A card's standing in each workshop of a series, oldest first, this one last. */
public record CardTrend(int cardNumber, String title, List<Standing> standings) {
    public CardTrend {
        Objects.requireNonNull(title, "title");
        standings = List.copyOf(standings);
    }
}
