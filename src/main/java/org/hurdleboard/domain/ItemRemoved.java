package org.hurdleboard.domain;

import java.util.Objects;

/** An item was deleted from {@code position} in its list; it keeps its place should it return. */
public record ItemRemoved(Item item, int position) implements DiscussionChange {
    public ItemRemoved {
        Objects.requireNonNull(item, "item");
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
    }

    @Override
    public ItemAdded inverse() {
        return new ItemAdded(item, position);
    }
}
