package org.hurdleboard.domain;

import java.util.ArrayList;
import java.util.List;

/** Small decks for tests that do not need the built-in one. */
public final class TestDecks {
    private TestDecks() {
    }

    /** A deck with the given number of cards in each category, numbered from 1. */
    public static Deck withCategorySizes(int... sizes) {
        List<Category> categories = new ArrayList<>();
        List<Card> cards = new ArrayList<>();
        int number = 1;
        for (int c = 0; c < sizes.length; c++) {
            String id = "category-" + (c + 1);
            categories.add(new Category(id, "Category " + (c + 1), "blue"));
            for (int i = 0; i < sizes[c]; i++) {
                cards.add(new Card(number, id, "Card " + number, "The statement of card " + number + "."));
                number++;
            }
        }
        return new Deck("test-deck", 1, "en-GB", "Test deck", "", SourceCredit.NONE, categories, cards);
    }
}
