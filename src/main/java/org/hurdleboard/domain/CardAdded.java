package org.hurdleboard.domain;

import java.util.Objects;

/** The room named a hurdle the deck does not have; it joins the session's copy of the deck. */
public record CardAdded(Card card) implements SessionChange {
    public CardAdded {
        Objects.requireNonNull(card, "card");
    }

    @Override
    public CardRemoved inverse() {
        return new CardRemoved(card);
    }
}
