package org.hurdleboard.domain;

/** Limits on a card's vote count. */
public final class Votes {
    /** Far beyond any room (40 people with 10 dots each), small enough to show on a card. */
    public static final int MAX = 9999;

    private Votes() {
    }

    public static boolean isValid(int count) {
        return count >= 0 && count <= MAX;
    }

    static int requireValid(int count) {
        if (!isValid(count)) {
            throw new IllegalArgumentException("vote count must be between 0 and " + MAX + ": " + count);
        }
        return count;
    }

    /** The count clamped into the valid range, for the + and - keys. */
    public static int clamp(long count) {
        return (int) Math.max(0, Math.min(MAX, count));
    }
}
