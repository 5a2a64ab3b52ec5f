package org.hurdleboard.domain;

import java.util.Objects;

/** A participant passed (or a pass was undone): the turn went from {@code before} to {@code after}. */
public record TurnChanged(int roundId, Turn before, Turn after) implements SessionChange {
    public TurnChanged {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public TurnChanged inverse() {
        return new TurnChanged(roundId, after, before);
    }
}
