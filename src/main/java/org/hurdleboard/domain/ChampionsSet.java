package org.hurdleboard.domain;

/** How many people in the room will pick the fight with this hurdle. */
public record ChampionsSet(int cardNumber, int before, int after) implements DiscussionChange {
    public ChampionsSet {
        if (before < 0 || after < 0) {
            throw new IllegalArgumentException("champions cannot be fewer than none: " + before + ", " + after);
        }
    }

    @Override
    public ChampionsSet inverse() {
        return new ChampionsSet(cardNumber, after, before);
    }
}
