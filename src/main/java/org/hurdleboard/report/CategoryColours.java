package org.hurdleboard.report;

import java.util.Map;

/**
 * The printed colour of each palette slot a deck may name: the app's light theme (Okabe and Ito,
 * safe for colour-blind readers), so a report looks like the board it came from.
 */
public final class CategoryColours {
    private static final Map<String, String> HEX = Map.of(
            "blue", "#0072b2", "sky", "#56b4e9", "green", "#009e73", "yellow", "#f0e442",
            "orange", "#e69f00", "vermillion", "#d55e00", "purple", "#cc79a7", "grey", "#6e7781");

    private CategoryColours() {
    }

    /** A colour such as {@code #0072b2}; grey for a slot this version does not know. */
    public static String hex(String slot) {
        return HEX.getOrDefault(slot, HEX.get("grey"));
    }
}
