package org.hurdleboard.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line captured while the room discusses: a note, an idea, an action or a parking-lot item.
 * {@code id} names it for edits and undo; {@code cardNumber} is 0 for the parking lot. Only an
 * action has an owner (a role or a name), a due date and a state; other kinds keep them empty.
 * Text is kept exactly as typed.
 */
public record Item(long id, ItemKind kind, int cardNumber, String text, String owner, LocalDate due,
                   ActionState state) {
    public Item {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(state, "state");
        if (id < 1) {
            throw new IllegalArgumentException("an item's id must be at least 1: " + id);
        }
        if (kind.onACard() != cardNumber > 0 || cardNumber < 0) {
            throw new IllegalArgumentException(kind + " on card " + cardNumber);
        }
        if (kind != ItemKind.ACTION && (!owner.isEmpty() || due != null || state != ActionState.OPEN)) {
            throw new IllegalArgumentException("only an action has an owner, a due date or a state");
        }
    }

    /** A note, idea or parking-lot item (card 0). */
    public static Item of(long id, ItemKind kind, int cardNumber, String text) {
        return new Item(id, kind, cardNumber, text, "", null, ActionState.OPEN);
    }

    public static Item action(long id, int cardNumber, String what, String owner, LocalDate due, ActionState state) {
        return new Item(id, ItemKind.ACTION, cardNumber, what, owner, due, state);
    }

    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(due);
    }

    public Item withText(String newText) {
        return new Item(id, kind, cardNumber, newText, owner, due, state);
    }

    public Item withOwner(String newOwner) {
        return new Item(id, kind, cardNumber, text, newOwner, due, state);
    }

    public Item withDue(LocalDate newDue) {
        return new Item(id, kind, cardNumber, text, owner, newDue, state);
    }

    public Item withState(ActionState newState) {
        return new Item(id, kind, cardNumber, text, owner, due, newState);
    }

    /** Whether it sits in the same list as {@code other}: same kind, same card. */
    boolean sameList(Item other) {
        return kind == other.kind && cardNumber == other.cardNumber;
    }
}
