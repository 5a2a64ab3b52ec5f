package org.hurdleboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeckTest {
    private final Category access = new Category("access", "Access", "blue");
    private final Category culture = new Category("culture", "Culture", "orange");

    @Test
    void cardsComeInCategoryOrderWhateverTheOrderInTheFile() {
        Deck deck = deck(List.of(card(3, "culture"), card(1, "access"), card(2, "access")));

        assertThat(deck.cards()).extracting(Card::number).containsExactly(1, 2, 3);
        assertThat(deck.cardsIn("culture")).extracting(Card::number).containsExactly(3);
        assertThat(deck.categoryOf(deck.card(3).orElseThrow())).isEqualTo(culture);
    }

    @Test
    void aDeckRefusesDuplicateNumbersAndUnknownCategories() {
        assertThatThrownBy(() -> deck(List.of(card(1, "access"), card(1, "culture"))))
                .hasMessageContaining("duplicate card number: 1");
        assertThatThrownBy(() -> deck(List.of(card(1, "nowhere"))))
                .hasMessageContaining("unknown category");
    }

    @Test
    void aDeckNeedsCardsAndCategories() {
        assertThatThrownBy(() -> deck(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private Deck deck(List<Card> cards) {
        return new Deck("d", 1, "en", "Deck", "", SourceCredit.NONE, List.of(access, culture), cards);
    }

    private static Card card(int number, String category) {
        return new Card(number, category, "Title " + number, "Statement " + number);
    }
}
