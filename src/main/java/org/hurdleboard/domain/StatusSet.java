package org.hurdleboard.domain;

import java.util.Objects;

/** The facilitator recorded what the room says about a card. */
public record StatusSet(int cardNumber, CardStatus before, CardStatus after) implements SessionChange {
    public StatusSet {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public StatusSet inverse() {
        return new StatusSet(cardNumber, after, before);
    }
}
