package org.hurdleboard.domain;

import java.util.Objects;

/** The last round, with no votes, was taken away: only ever as the undo of {@link RoundAdded}. */
public record RoundRemoved(Round round, RoundSettings settings) implements SessionChange {
    public RoundRemoved {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public RoundAdded inverse() {
        return new RoundAdded(round, settings);
    }
}
