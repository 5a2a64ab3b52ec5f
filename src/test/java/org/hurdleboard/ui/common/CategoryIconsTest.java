package org.hurdleboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.junit.jupiter.api.Test;

class CategoryIconsTest {
    @Test
    void aNameTheAppDoesNotDrawHasNoPicture() {
        assertThat(CategoryIcons.has("rocket")).isFalse();
    }

    @Test
    void everyBuiltInCategoryHasAnIconSoColourIsNeverItsOnlySign() {
        BuiltInDecks decks = new BuiltInDecks();
        for (Deck deck : decks.all()) {
            assertThat(deck.categories()).as(deck.title()).allSatisfy(category ->
                    assertThat(CategoryIcons.has(category.icon())).as(category.name()).isTrue());
            assertThat(deck.categories().stream().map(Category::icon).distinct().count()).as(deck.title())
                    .isEqualTo(deck.categories().size());
        }
    }
}
