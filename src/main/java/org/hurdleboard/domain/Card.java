package org.hurdleboard.domain;

import java.util.List;
import java.util.Objects;

/**
 * One hurdle: its number on the board, its category, a short title and the full statement; and,
 * optionally, a one-line explanation, its own discussion prompts (else the deck's) and the source
 * it came from (else the deck's).
 */
public record Card(int number, String categoryId, String title, String statement, String explanation,
                   List<String> prompts, SourceCredit source) {
    public Card {
        if (number < 1) {
            throw new IllegalArgumentException("card number must be at least 1: " + number);
        }
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(statement, "statement");
        explanation = explanation == null ? "" : explanation;
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        source = source == null ? SourceCredit.NONE : source;
    }

    /** A card with only what every card must have. */
    public Card(int number, String categoryId, String title, String statement) {
        this(number, categoryId, title, statement, "", List.of(), SourceCredit.NONE);
    }
}
