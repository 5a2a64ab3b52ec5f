package org.hurdleboard.deck;

import static org.assertj.core.api.Assertions.assertThat;

import org.hurdleboard.deck.DeckDraft.CategoryDraft;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.junit.jupiter.api.Test;

/** Editing a deck as values, checked with the reader's own messages. */
class DeckDraftTest {
    private final Deck builtIn = new BuiltInDecks().load(BuiltInDecks.PEOPLE_AND_CULTURE);
    private final DeckDraft draft = DeckDraft.of(builtIn);

    @Test
    void anUneditedDraftIsTheDeck() {
        assertThat(draft.check().deck()).isEqualTo(builtIn);
    }

    @Test
    void aCopyHasItsOwnIdTitleAndFirstVersion() {
        Deck copy = draft.copyAs("our-culture", "Our culture").check().deck();

        assertThat(copy.id()).isEqualTo("our-culture");
        assertThat(copy.title()).isEqualTo("Our culture");
        assertThat(copy.version()).isEqualTo(1);
        assertThat(copy.cards()).isEqualTo(builtIn.cards());
    }

    @Test
    void aNewCategoryGetsAnIdFromItsNameAndAColourNotYetUsed() {
        Deck deck = draft.withNewCategory("Money & time").withNewCategory("Money & time").check().deck();

        assertThat(deck.categories()).extracting(Category::id).endsWith("money-time", "money-time-2");
        assertThat(deck.categories()).extracting(Category::colour).doesNotHaveDuplicates();
    }

    @Test
    void aNewCardIsNumberedAfterTheLastAndNeedsAStatement() {
        DeckDraft withCard = draft.withNewCard("leadership", "Budgets are cut first");

        DeckDraft.Check check = withCard.check();

        assertThat(check.ok()).isFalse();
        assertThat(check.problems()).extracting(DeckProblem::toString)
                .containsExactly("cards[21].statement: is empty. Give it a value.");
        Deck fixed = withCard.withCard(21, c -> c.withText(c.title(), "Digital budgets are the first to go.", ""))
                .check().deck();
        assertThat(fixed.card(22).orElseThrow().categoryId()).isEqualTo("leadership");
    }

    @Test
    void deletingACategoryTakesItsCardsAndMovingChangesTheBoardOrder() {
        Deck fewer = draft.withoutCategory(0).check().deck();
        assertThat(fewer.categories()).hasSize(4);
        assertThat(fewer.cards()).extracting(Card::number).doesNotContain(1, 2, 3, 4);

        Deck moved = draft.withCategoryMoved(4, -4).withCardMoved(1, -1).check().deck();
        assertThat(moved.categories().get(0).name()).isEqualTo("Ways of Working");
        assertThat(moved.cardsIn("attitude-and-momentum")).extracting(Card::number).startsWith(2, 1);
    }

    @Test
    void numberingInBoardOrderCountsFromOneWithoutGaps() {
        Deck deck = draft.withoutCard(2).withCategoryMoved(4, -4).withNewCard("leadership", "New")
                .withCard(20, c -> c.withText(c.title(), "A statement.", "")).withCardsNumberedInBoardOrder()
                .check().deck();

        assertThat(deck.cards()).extracting(Card::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 21).boxed().toList());
        assertThat(deck.cards().get(0).title()).isEqualTo("Digital is seen as replacing, not adding");
        assertThat(deck.cardsIn("leadership")).last().extracting(Card::title).isEqualTo("New");
    }

    @Test
    void aNewDeckStartsWithOneCategoryAndOneCardStillToWrite() {
        DeckDraft.Check check = DeckDraft.start("my-deck", "My deck", "First hurdles", "New card").check();

        assertThat(check.problems()).extracting(DeckProblem::toString)
                .containsExactly("cards[0].statement: is empty. Give it a value.");
    }

    @Test
    void renamingACategoryKeepsItsCards() {
        CategoryDraft first = draft.categories().get(0);
        Deck renamed = draft.withCategory(0, new CategoryDraft(first.id(), "Attitude", first.colour(), first.icon()))
                .check().deck();

        assertThat(renamed.categories().get(0).name()).isEqualTo("Attitude");
        assertThat(renamed.cardsIn(first.id())).hasSize(4);
    }
}
