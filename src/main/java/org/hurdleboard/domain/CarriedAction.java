package org.hurdleboard.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An action the room owned last time, carried into this workshop: what, who, by when and how far
 * it had got; and what the room says of it now (its outcome, a note, whether to carry it on to
 * the next workshop). {@code cardNumber} is the hurdle it was for (0 when none).
 */
public record CarriedAction(long id, int cardNumber, String what, String owner, LocalDate due,
                            ActionState stateLastTime, Outcome outcome, String note, boolean carryOn) {
    public static final int MAX_NOTE_LENGTH = 1000;

    public CarriedAction {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(stateLastTime, "stateLastTime");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(note, "note");
        if (id < 1 || cardNumber < 0) {
            throw new IllegalArgumentException("a carried action's id must be at least 1 and its card not negative");
        }
    }

    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(due);
    }

    /** Due before {@code today} and not done or dropped: the room should hear about it first. */
    public boolean isOverdue(LocalDate today) {
        return due != null && due.isBefore(today) && outcome != Outcome.DONE && outcome != Outcome.DROPPED;
    }

    public CarriedAction withOutcome(Outcome newOutcome) {
        return new CarriedAction(id, cardNumber, what, owner, due, stateLastTime, newOutcome, note, carryOn);
    }

    public CarriedAction withNote(String newNote) {
        return new CarriedAction(id, cardNumber, what, owner, due, stateLastTime, outcome, newNote, carryOn);
    }

    public CarriedAction withCarryOn(boolean again) {
        return new CarriedAction(id, cardNumber, what, owner, due, stateLastTime, outcome, note, again);
    }
}
