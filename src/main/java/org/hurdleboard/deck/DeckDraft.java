package org.hurdleboard.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.SourceCredit;

/**
 * A deck being edited: any state, valid or not, as a value (so undo is keeping the old one). It
 * is checked by writing it as a deck file and reading that back, so the editor shows exactly the
 * messages an imported file would get.
 */
public record DeckDraft(String id, int version, String language, String title, String description,
                        SourceCredit source, List<String> prompts, List<CategoryDraft> categories,
                        List<CardDraft> cards) {
    public record CategoryDraft(String id, String name, String colour, String icon) {
    }

    public record CardDraft(int number, String category, String title, String statement, String explanation,
                            List<String> prompts, SourceCredit source) {
        public CardDraft withText(String newTitle, String newStatement, String newExplanation) {
            return new CardDraft(number, category, newTitle, newStatement, newExplanation, prompts, source);
        }

        public CardDraft inCategory(String categoryId) {
            return new CardDraft(number, categoryId, title, statement, explanation, prompts, source);
        }
    }

    /** One reader and writer for every check: the editor checks on each key, and a JSON mapper is slow to make. */
    private static final class Checker {
        static final DeckReader READER = new DeckReader();
        static final DeckWriter WRITER = new DeckWriter();
    }

    /** What a draft would be as a deck: the deck, or every problem with its place. */
    public record Check(Deck deck, List<DeckProblem> problems) {
        public boolean ok() {
            return deck != null;
        }
    }

    public DeckDraft {
        prompts = List.copyOf(prompts);
        categories = List.copyOf(categories);
        cards = List.copyOf(cards);
    }

    public static DeckDraft of(Deck deck) {
        return new DeckDraft(deck.id(), deck.version(), deck.language(), deck.title(), deck.description(),
                deck.source(), deck.prompts(),
                deck.categories().stream().map(c -> new CategoryDraft(c.id(), c.name(), c.colour(), c.icon())).toList(),
                deck.cardsAsListed().stream().map(DeckDraft::draftOf).toList());
    }

    private static CardDraft draftOf(Card card) {
        return new CardDraft(card.number(), card.categoryId(), card.title(), card.statement(), card.explanation(),
                card.prompts(), card.source());
    }

    /** A deck to start from nothing: one category, one card still to be written. */
    public static DeckDraft start(String id, String title, String categoryName, String cardTitle) {
        DeckDraft empty = new DeckDraft(id, 1, "en-GB", title, "", SourceCredit.NONE, List.of(), List.of(), List.of());
        DeckDraft withCategory = empty.withNewCategory(categoryName);
        return withCategory.withNewCard(withCategory.categories().get(0).id(), cardTitle);
    }

    /** A copy to edit as a new deck of the library: its own id and title, version 1. */
    public DeckDraft copyAs(String newId, String newTitle) {
        return new DeckDraft(newId, 1, language, newTitle, description, source, prompts, categories, cards);
    }

    public Check check() {
        try {
            return new Check(Checker.READER.read(Checker.WRITER.write(this)), List.of());
        } catch (DeckFormatException e) {
            return new Check(null, e.problems());
        }
    }

    public DeckDraft withTitle(String newTitle) {
        return new DeckDraft(id, version, language, newTitle, description, source, prompts, categories, cards);
    }

    /** The questions asked of every card without its own. */
    public DeckDraft withPrompts(List<String> newPrompts) {
        return new DeckDraft(id, version, language, title, description, source, newPrompts, categories, cards);
    }

    /** A new category at the end, with a colour no other category has yet (if one is left). */
    public DeckDraft withNewCategory(String name) {
        Set<String> used = categories.stream().map(CategoryDraft::colour).collect(Collectors.toSet());
        String colour = Palette.COLOURS.stream().filter(c -> !used.contains(c)).findFirst().orElse(Palette.COLOURS.get(0));
        List<CategoryDraft> more = new ArrayList<>(categories);
        more.add(new CategoryDraft(freeCategoryId(name), name, colour, ""));
        return withCategories(more);
    }

    public DeckDraft withCategory(int index, CategoryDraft category) {
        List<CategoryDraft> changed = new ArrayList<>(categories);
        changed.set(index, category);
        return withCategories(changed);
    }

    /** Removes a category and its cards (undo brings both back). */
    public DeckDraft withoutCategory(int index) {
        String gone = categories.get(index).id();
        List<CategoryDraft> fewer = new ArrayList<>(categories);
        fewer.remove(index);
        return new DeckDraft(id, version, language, title, description, source, prompts, fewer,
                cards.stream().filter(card -> !card.category().equals(gone)).toList());
    }

    public DeckDraft withCategoryMoved(int index, int by) {
        return withCategories(moved(categories, index, by));
    }

    /** A new card in a category, numbered after the highest number in the deck. */
    public DeckDraft withNewCard(String categoryId, String cardTitle) {
        int number = cards.stream().mapToInt(CardDraft::number).max().orElse(0) + 1;
        List<CardDraft> more = new ArrayList<>(cards);
        more.add(new CardDraft(number, categoryId, cardTitle, "", "", List.of(), SourceCredit.NONE));
        return withCards(more);
    }

    public DeckDraft withCard(int index, UnaryOperator<CardDraft> change) {
        List<CardDraft> changed = new ArrayList<>(cards);
        changed.set(index, change.apply(cards.get(index)));
        return withCards(changed);
    }

    public DeckDraft withoutCard(int index) {
        List<CardDraft> fewer = new ArrayList<>(cards);
        fewer.remove(index);
        return withCards(fewer);
    }

    /** The cards in board order (by category), numbered 1, 2, 3… : tidy after moves and deletions. */
    public DeckDraft withCardsNumberedInBoardOrder() {
        List<CardDraft> ordered = new ArrayList<>();
        for (CategoryDraft category : categories) {
            cards.stream().filter(card -> card.category().equals(category.id())).forEach(ordered::add);
        }
        cards.stream().filter(card -> !ordered.contains(card)).forEach(ordered::add);
        List<CardDraft> numbered = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            CardDraft c = ordered.get(i);
            numbered.add(new CardDraft(i + 1, c.category(), c.title(), c.statement(), c.explanation(), c.prompts(),
                    c.source()));
        }
        return withCards(numbered);
    }

    public DeckDraft withCardMoved(int index, int by) {
        return withCards(moved(cards, index, by));
    }

    private DeckDraft withCategories(List<CategoryDraft> newCategories) {
        return new DeckDraft(id, version, language, title, description, source, prompts, newCategories, cards);
    }

    private DeckDraft withCards(List<CardDraft> newCards) {
        return new DeckDraft(id, version, language, title, description, source, prompts, categories, newCards);
    }

    private static <T> List<T> moved(List<T> items, int index, int by) {
        int target = Math.max(0, Math.min(items.size() - 1, index + by));
        List<T> changed = new ArrayList<>(items);
        changed.add(target, changed.remove(index));
        return changed;
    }

    /** An id made from a name ("Ways of working" → "ways-of-working"), unique in this deck. */
    private String freeCategoryId(String name) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        base = base.isEmpty() ? "category" : base.substring(0, Math.min(base.length(), 50)).replaceAll("-+$", "");
        Set<String> taken = categories.stream().map(CategoryDraft::id).collect(Collectors.toSet());
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
