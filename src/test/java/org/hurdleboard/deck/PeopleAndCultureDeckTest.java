package org.hurdleboard.deck;

import org.hurdleboard.domain.IconShapes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.junit.jupiter.api.Test;

/** The second built-in deck: short, on the board's terms, and crediting the posts it draws on. */
class PeopleAndCultureDeckTest {
    private final Deck deck = new BuiltInDecks().load(BuiltInDecks.PEOPLE_AND_CULTURE);

    @Test
    void isAShortDeckOfFifteenToTwentyFiveCardsInFourToSixCategories() {
        assertThat(deck.title()).isEqualTo("People and culture");
        assertThat(deck.size()).isBetween(15, 25);
        assertThat(deck.categories()).hasSizeBetween(4, 6);
        assertThat(deck.categories()).allSatisfy(category ->
                assertThat(deck.cardsIn(category.id())).as(category.name()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void isOfferedWithTheOtherBuiltInDecks() {
        assertThat(new BuiltInDecks().all()).extracting(Deck::id).contains(BuiltInDecks.PEOPLE_AND_CULTURE);
    }

    @Test
    void titlesAreShortEnoughForTheBoardAndNumbersRunFromOne() {
        assertThat(deck.cards()).allSatisfy(card ->
                assertThat(card.title().length()).as("title of card %d", card.number()).isBetween(1, 45));
        assertThat(deck.cards()).extracting(Card::number).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, deck.size()).boxed().toList());
    }

    @Test
    void everyCardCreditsTheSeedPostItDrawsOn() {
        List<String> posts = List.of("Just Do It (blog)", "Going digital is about culture too",
                "Michele Ide-Smith", "Why don't we use social media at work?");
        assertThat(deck.cards()).allSatisfy(card -> assertThat(String.join(" | ", card.source().title(),
                card.source().author(), card.source().publisher()))
                .as("source of card %d", card.number())
                .containsAnyOf(posts.toArray(String[]::new)));
        for (String post : posts) {
            assertThat(deck.cards()).as(post).anySatisfy(card -> assertThat(card.source().toString()).contains(post));
        }
    }

    @Test
    void everyCardHasAnExplanationAndTheWikisTwoPrompts() {
        assertThat(deck.cards()).allSatisfy(card -> {
            assertThat(card.explanation()).as("explanation of card %d", card.number()).isNotBlank();
            assertThat(deck.promptsFor(card)).containsExactly("How does this affect us?", "How could we overcome it?");
        });
    }

    @Test
    void everyCategoryHasItsOwnColourAndAnIcon() {
        assertThat(deck.categories()).extracting(Category::colour).doesNotHaveDuplicates();
        assertThat(deck.categories()).extracting(Category::icon).allMatch(IconShapes.NAMES::contains);
    }
}
