package org.hurdleboard.ui.deckeditor;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hurdleboard.deck.DeckProblem;

/**
 * The deck's problems as they touch the fields on screen: the deck's title and questions, and the
 * selected category's and card's fields, each with the first problem found there ("" when none).
 * The editor marks those fields; the full list stays in the check column for screen readers.
 */
final class FieldProblems {
    enum Field { DECK_TITLE, PROMPTS, CATEGORY_NAME, CARD_TITLE, CARD_STATEMENT, CARD_EXPLANATION }

    private final Map<Field, ReadOnlyStringWrapper> problems = new EnumMap<>(Field.class);

    FieldProblems() {
        for (Field field : Field.values()) {
            problems.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    ReadOnlyStringProperty of(Field field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** Sorts the reader's problems (found by their path, {@code cards[3].title}) onto the fields shown. */
    void show(List<DeckProblem> found, int category, int card, Locale locale) {
        set(Field.DECK_TITLE, found, "title", locale);
        set(Field.PROMPTS, found, "prompts", locale);
        set(Field.CATEGORY_NAME, found, "categories[" + category + "].name", locale);
        set(Field.CARD_TITLE, found, "cards[" + card + "].title", locale);
        set(Field.CARD_STATEMENT, found, "cards[" + card + "].statement", locale);
        set(Field.CARD_EXPLANATION, found, "cards[" + card + "].explanation", locale);
    }

    private void set(Field field, List<DeckProblem> found, String path, Locale locale) {
        Optional<DeckProblem> first = found.stream()
                .filter(problem -> problem.path().equals(path) || problem.path().startsWith(path + "["))
                .findFirst();
        problems.get(field).set(first.map(problem -> problem.describe(locale)).orElse(""));
    }
}
