package org.hurdleboard.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the room says, in "Since last time", of each action carried over; each is one change of
 * the session, so one step of undo and one transaction in the file.
 */
public final class CarriedActions {
    private final Session session;

    public CarriedActions(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    public Optional<CarriedActionSet> mark(long id, Outcome outcome) {
        return change(id, action -> action.withOutcome(outcome));
    }

    /** Sets the note, as typed (cut to {@link CarriedAction#MAX_NOTE_LENGTH} characters). */
    public Optional<CarriedActionSet> note(long id, String note) {
        String kept = note.length() > CarriedAction.MAX_NOTE_LENGTH
                ? note.substring(0, CarriedAction.MAX_NOTE_LENGTH) : note;
        return change(id, action -> action.withNote(kept));
    }

    public Optional<CarriedActionSet> carryOn(long id, boolean again) {
        return change(id, action -> action.withCarryOn(again));
    }

    /** Points the link at the previous workshop where it now is; nothing when unchanged. */
    public Optional<LinkSet> relink(PreviousWorkshop found) {
        PreviousWorkshop before = session.followUp().previous()
                .orElseThrow(() -> new IllegalStateException("this workshop follows none up"));
        if (before.equals(found)) {
            return Optional.empty();
        }
        LinkSet change = new LinkSet(before, found);
        session.apply(change);
        return Optional.of(change);
    }

    private Optional<CarriedActionSet> change(long id, UnaryOperator<CarriedAction> edit) {
        CarriedAction before = session.followUp().carried(id)
                .orElseThrow(() -> new IllegalArgumentException("no carried action " + id));
        CarriedAction after = edit.apply(before);
        if (after.equals(before)) {
            return Optional.empty();
        }
        CarriedActionSet change = new CarriedActionSet(before, after);
        session.apply(change);
        return Optional.of(change);
    }
}
