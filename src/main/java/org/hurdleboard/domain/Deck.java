package org.hurdleboard.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A deck of hurdle cards in categories. Immutable; a session keeps its own copy, so a deck edited
 * later never changes a past workshop. Card order on the board is category order, then the order
 * of the cards in {@link #cards()}.
 */
public final class Deck {
    private final String id;
    private final int version;
    private final String language;
    private final String translationOf;
    private final String title;
    private final String description;
    private final SourceCredit source;
    private final List<Category> categories;
    private final List<Card> cards;
    private final List<String> prompts;
    private final Map<Integer, Card> cardsByNumber;
    private final Map<String, Category> categoriesById;

    public Deck(String id, int version, String language, String title, String description,
                SourceCredit source, List<Category> categories, List<Card> cards) {
        this(id, version, language, title, description, source, categories, cards, List.of());
    }

    /** {@code prompts} are the questions asked of every card that has none of its own. */
    public Deck(String id, int version, String language, String title, String description,
                SourceCredit source, List<Category> categories, List<Card> cards, List<String> prompts) {
        this(id, version, language, "", title, description, source, categories, cards, prompts);
    }

    /**
     * {@code translationOf} is the id of the deck this one translates card for card (the same
     * numbers and categories), or empty: a report or a comparison treats the two as one deck.
     */
    public Deck(String id, int version, String language, String translationOf, String title, String description,
                SourceCredit source, List<Category> categories, List<Card> cards, List<String> prompts) {
        this.translationOf = translationOf == null ? "" : translationOf;
        this.id = Objects.requireNonNull(id, "id");
        this.version = version;
        this.language = Objects.requireNonNull(language, "language");
        this.title = Objects.requireNonNull(title, "title");
        this.description = description == null ? "" : description;
        this.source = source == null ? SourceCredit.NONE : source;
        this.categories = List.copyOf(categories);
        this.cards = List.copyOf(cards);
        this.prompts = List.copyOf(prompts);
        this.categoriesById = indexCategories(this.categories);
        this.cardsByNumber = indexCards(this.cards, categoriesById);
    }

    private static Map<String, Category> indexCategories(List<Category> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a deck needs at least one category");
        }
        Map<String, Category> byId = new LinkedHashMap<>();
        for (Category category : categories) {
            if (byId.put(category.id(), category) != null) {
                throw new IllegalArgumentException("duplicate category id: " + category.id());
            }
        }
        return Collections.unmodifiableMap(byId);
    }

    private static Map<Integer, Card> indexCards(List<Card> cards, Map<String, Category> categories) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("a deck needs at least one card");
        }
        Map<Integer, Card> byNumber = new LinkedHashMap<>();
        for (Card card : cards) {
            if (!categories.containsKey(card.categoryId())) {
                throw new IllegalArgumentException(
                        "card " + card.number() + " is in an unknown category: " + card.categoryId());
            }
            if (byNumber.put(card.number(), card) != null) {
                throw new IllegalArgumentException("duplicate card number: " + card.number());
            }
        }
        return Collections.unmodifiableMap(byNumber);
    }

    public String id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String language() {
        return language;
    }

    /** The id of the deck this one translates, or empty when it is an original. */
    public String translationOf() {
        return translationOf;
    }

    /** The id shared by a deck and its translations: the original's. */
    public String originalId() {
        return translationOf.isEmpty() ? id : translationOf;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public SourceCredit source() {
        return source;
    }

    /** The deck's own prompts, asked of every card that has none of its own. */
    public List<String> prompts() {
        return prompts;
    }

    /** The questions to discuss for a card: its own prompts, else the deck's. */
    public List<String> promptsFor(Card card) {
        return card.prompts().isEmpty() ? prompts : card.prompts();
    }

    /** The cards in the order they are listed in the deck file (not board order). */
    public List<Card> cardsAsListed() {
        return cards;
    }

    /** This deck with another list of cards (the room's own added, or taken out again). */
    public Deck withCards(List<Card> newCards) {
        return new Deck(id, version, language, translationOf, title, description, source, categories, newCards,
                prompts);
    }

    public List<Category> categories() {
        return categories;
    }

    /** All cards, in board order: by category, then as listed in the deck. */
    public List<Card> cards() {
        List<Card> ordered = new ArrayList<>(cards.size());
        for (Category category : categories) {
            ordered.addAll(cardsIn(category.id()));
        }
        return ordered;
    }

    public List<Card> cardsIn(String categoryId) {
        List<Card> inCategory = new ArrayList<>();
        for (Card card : cards) {
            if (card.categoryId().equals(categoryId)) {
                inCategory.add(card);
            }
        }
        return inCategory;
    }

    public Optional<Card> card(int number) {
        return Optional.ofNullable(cardsByNumber.get(number));
    }

    public Category category(String categoryId) {
        Category category = categoriesById.get(categoryId);
        if (category == null) {
            throw new IllegalArgumentException("unknown category: " + categoryId);
        }
        return category;
    }

    public Category categoryOf(Card card) {
        return category(card.categoryId());
    }

    public int size() {
        return cards.size();
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Deck deck)) {
            return false;
        }
        return version == deck.version && id.equals(deck.id) && language.equals(deck.language)
                && translationOf.equals(deck.translationOf)
                && title.equals(deck.title) && description.equals(deck.description)
                && source.equals(deck.source) && categories.equals(deck.categories)
                && cards.equals(deck.cards) && prompts.equals(deck.prompts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, title, categories, cards);
    }

    @Override
    public String toString() {
        return "Deck[" + id + " v" + version + ", " + cards.size() + " cards]";
    }
}
