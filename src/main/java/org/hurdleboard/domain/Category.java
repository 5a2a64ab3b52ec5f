package org.hurdleboard.domain;

import java.util.Objects;

/**
 * A group of cards on the board. {@code colour} names a slot of the theme's category palette
 * (for example {@code "blue"}), never an RGB value: the theme decides what each slot looks like.
 */
public record Category(String id, String name, String colour) {
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
    }
}
