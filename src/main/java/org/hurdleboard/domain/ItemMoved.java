package org.hurdleboard.domain;

import java.util.Objects;

/** An item moved within its list, from one position to another. */
public record ItemMoved(Item item, int from, int to) implements DiscussionChange {
    public ItemMoved {
        Objects.requireNonNull(item, "item");
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("positions must not be negative: " + from + ", " + to);
        }
    }

    @Override
    public ItemMoved inverse() {
        return new ItemMoved(item, to, from);
    }
}
