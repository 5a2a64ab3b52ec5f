package org.hurdleboard.phone;

import java.util.List;
import java.util.Objects;

/**
 * Everything a phone needs to draw the open round's ballot, and nothing else: no counts, no other
 * ballot, no names. {@code language} is the app's language ("en" or "cy"), the page's default;
 * the cards' words are the deck's own.
 */
public record BallotPaper(int roundId, String question, String language, Rule rule,
        List<Category> categories, int maxBallots) {

    public BallotPaper {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(rule, "rule");
        categories = List.copyOf(categories);
    }

    /** DOTS: {@code dotsEach} dots, at most {@code maxPerCard} on one card (0: no limit). APPROVAL: tick any number of cards, once each. */
    public record Rule(Kind kind, int dotsEach, int maxPerCard) {
        public enum Kind { DOTS, APPROVAL }
    }

    /** A category as the board shows it: its name always, and its colour as a CSS colour ("#1f6feb"). */
    public record Category(String id, String name, String colour, List<Card> cards) {
        public Category {
            cards = List.copyOf(cards);
        }
    }

    public record Card(int number, String title) {
    }
}
