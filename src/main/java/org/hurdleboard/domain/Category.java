package org.hurdleboard.domain;

import java.util.Objects;

/**
 * A group of cards on the board. {@code colour} names a slot of the theme's category palette
 * (for example {@code "blue"}), never an RGB value: the theme decides what each slot looks like.
 * {@code icon} likewise names one of the app's icons, or is empty.
 */
public record Category(String id, String name, String colour, String icon) {
    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        icon = icon == null ? "" : icon;
    }

    public Category(String id, String name, String colour) {
        this(id, name, colour, "");
    }
}
