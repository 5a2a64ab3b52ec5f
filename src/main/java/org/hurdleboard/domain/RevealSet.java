package org.hurdleboard.domain;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** The cards whose counts the room may see in a round with hidden votes went from one set to another. */
public record RevealSet(int roundId, Set<Integer> before, Set<Integer> after) implements SessionChange {
    public RevealSet {
        before = Collections.unmodifiableSet(new TreeSet<>(before));
        after = Collections.unmodifiableSet(new TreeSet<>(after));
    }

    @Override
    public RevealSet inverse() {
        return new RevealSet(roundId, after, before);
    }
}
