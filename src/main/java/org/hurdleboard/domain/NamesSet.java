package org.hurdleboard.domain;

import java.util.List;

/**
 * The facilitator typed (or cleared) the participants' names, in turn order. Optional: turns are
 * anonymous without them, and no report shows them.
 */
public record NamesSet(List<String> before, List<String> after) implements SessionChange {
    public NamesSet {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    @Override
    public NamesSet inverse() {
        return new NamesSet(after, before);
    }
}
