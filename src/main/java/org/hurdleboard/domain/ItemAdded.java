package org.hurdleboard.domain;

import java.util.Objects;

/** An item was captured, at {@code position} in its list (its kind on its card). */
public record ItemAdded(Item item, int position) implements DiscussionChange {
    public ItemAdded {
        Objects.requireNonNull(item, "item");
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative: " + position);
        }
    }

    @Override
    public ItemRemoved inverse() {
        return new ItemRemoved(item, position);
    }
}
