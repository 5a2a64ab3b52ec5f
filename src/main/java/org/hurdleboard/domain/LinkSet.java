package org.hurdleboard.domain;

import java.util.Objects;

/** The link to the previous workshop was pointed at the file where it now is. */
public record LinkSet(PreviousWorkshop before, PreviousWorkshop after) implements SessionChange {
    public LinkSet {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public LinkSet inverse() {
        return new LinkSet(after, before);
    }
}
