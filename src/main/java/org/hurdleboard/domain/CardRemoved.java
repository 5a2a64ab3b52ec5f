package org.hurdleboard.domain;

import java.util.Objects;

/** A card the room added is taken out again (the undo of adding it): it has nothing on it. */
public record CardRemoved(Card card) implements SessionChange {
    public CardRemoved {
        Objects.requireNonNull(card, "card");
    }

    @Override
    public CardAdded inverse() {
        return new CardAdded(card);
    }
}
