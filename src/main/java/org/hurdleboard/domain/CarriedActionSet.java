package org.hurdleboard.domain;

import java.util.Objects;

/** A carried-over action's outcome, note or "carry on again" changed. */
public record CarriedActionSet(CarriedAction before, CarriedAction after) implements SessionChange {
    public CarriedActionSet {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.id() != after.id() || !before.what().equals(after.what()) || !before.owner().equals(after.owner())
                || !Objects.equals(before.due(), after.due()) || before.stateLastTime() != after.stateLastTime()
                || before.cardNumber() != after.cardNumber()) {
            throw new IllegalArgumentException("only the outcome, note and carry-on of an action change: "
                    + before + ", " + after);
        }
    }

    @Override
    public CarriedActionSet inverse() {
        return new CarriedActionSet(after, before);
    }
}
