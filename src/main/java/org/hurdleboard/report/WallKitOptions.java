package org.hurdleboard.report;

import java.util.EnumSet;
import java.util.Set;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** How to print a wall kit: the paper, how many cards a page, and which parts. */
public record WallKitOptions(Paper paper, int perPage, Set<Part> parts) {
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

        private final PDRectangle size;

        Paper(PDRectangle size) {
            this.size = size;
        }

        PDRectangle size() {
            return size;
        }
    }

    /** In the order they are printed. */
    public enum Part { CARDS, DIVIDERS, TALLY, BALLOTS }

    public static final Set<Integer> PER_PAGE = Set.of(1, 2, 4);
    public static final WallKitOptions DEFAULT = new WallKitOptions(Paper.A4, 2, EnumSet.allOf(Part.class));

    public WallKitOptions {
        if (paper == null || !PER_PAGE.contains(perPage)) {
            throw new IllegalArgumentException("a paper and 1, 2 or 4 cards a page: " + paper + ", " + perPage);
        }
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("a wall kit needs at least one part");
        }
        parts = java.util.Collections.unmodifiableSet(EnumSet.copyOf(parts));
    }
}
