package org.hurdleboard.domain;

import java.util.Objects;

/** An item's text, or an action's owner, due date or state, changed; it stays where it was. */
public record ItemEdited(Item before, Item after) implements DiscussionChange {
    public ItemEdited {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.id() != after.id() || !before.sameList(after)) {
            throw new IllegalArgumentException("an edit keeps the item's id, kind and card: " + before + ", " + after);
        }
    }

    @Override
    public ItemEdited inverse() {
        return new ItemEdited(after, before);
    }
}
