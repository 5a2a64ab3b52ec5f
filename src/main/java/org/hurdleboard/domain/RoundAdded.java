package org.hurdleboard.domain;

import java.util.Objects;

/** A new round was added after the others, with no votes yet. */
public record RoundAdded(Round round, RoundSettings settings) implements SessionChange {
    public RoundAdded {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    public RoundRemoved inverse() {
        return new RoundRemoved(round, settings);
    }
}
