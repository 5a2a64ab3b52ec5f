package org.hurdleboard.domain;

import java.util.Objects;

/** One hurdle: its number on the board, its category, a short title and the full statement. */
public record Card(int number, String categoryId, String title, String statement) {
    public Card {
        if (number < 1) {
            throw new IllegalArgumentException("card number must be at least 1: " + number);
        }
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(statement, "statement");
    }
}
