package org.hurdleboard.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * Whose turn it is in a dot-voting round (participants are numbered from 1 and anonymous) and the
 * dots they have placed so far, by card; they can take those back until they pass.
 */
public record Turn(int participant, Map<Integer, Integer> dots) {
    public static final Turn FIRST = new Turn(1, Map.of());

    public Turn {
        if (participant < 1) {
            throw new IllegalArgumentException("participants are numbered from 1: " + participant);
        }
        TreeMap<Integer, Integer> placed = new TreeMap<>();
        dots.forEach((card, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("negative dots on card " + card);
            }
            if (count > 0) {
                placed.put(card, count);
            }
        });
        dots = java.util.Collections.unmodifiableMap(placed);
    }

    public int placed() {
        return dots.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int on(int cardNumber) {
        return dots.getOrDefault(cardNumber, 0);
    }

    /** This turn with {@code delta} more dots on a card. */
    public Turn moved(int cardNumber, int delta) {
        Map<Integer, Integer> changed = new TreeMap<>(dots);
        changed.put(cardNumber, on(cardNumber) + delta);
        return new Turn(participant, changed);
    }

    /** The next participant's turn, with no dots placed. */
    public Turn next() {
        return new Turn(participant + 1, Map.of());
    }
}
