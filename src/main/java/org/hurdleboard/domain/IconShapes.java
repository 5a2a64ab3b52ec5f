package org.hurdleboard.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pictures of the icons a deck's categories may name: simple line drawings on a 24-unit
 * square, as SVG path data, drawn with a round stroke about 2 units wide and no fill. One table
 * for the board (JavaFX draws the path) and the printed wall kit (the PDF draws the same lines).
 */
public final class IconShapes {
    private static final List<Map.Entry<String, String>> SHAPES = List.of(
            Map.entry("globe", "M12 2a10 10 0 1 0 .01 0z M2 12h20 M12 2c3.5 3 3.5 17 0 20 M12 2c-3.5 3-3.5 17 0 20"),
            Map.entry("laptop", "M4 5h16v10H4z M2 19h20"),
            Map.entry("gears", "M12 8a4 4 0 1 0 .01 0z M12 2v3 M12 19v3 M2 12h3 M19 12h3 M5 5l2 2 M17 17l2 2"
                    + " M5 19l2-2 M17 7l2-2"),
            Map.entry("document", "M6 2h9l4 4v16H6z M14 2v5h5 M9 12h7 M9 16h7"),
            Map.entry("people", "M9 4a3 3 0 1 0 .01 0z M3 20c0-4 3-6 6-6s6 2 6 6 M17 6a2.5 2.5 0 1 0 .01 0z"
                    + " M16 13c3 0 5 2 5 5"),
            Map.entry("lightbulb", "M12 2a6 6 0 0 0-4 10.5c1 1 1.5 2 1.5 3.5h5c0-1.5.5-2.5 1.5-3.5A6 6 0 0 0 12 2z"
                    + " M9.5 19h5 M10.5 22h3"),
            Map.entry("shield", "M12 2l8 3v6c0 5-3.5 9-8 11-4.5-2-8-6-8-11V5z"),
            Map.entry("chat", "M3 4h18v12H8l-5 4z"),
            Map.entry("graduation-cap", "M2 9l10-5 10 5-10 5z M6 11v5c3 2 9 2 12 0v-5 M22 9v6"),
            Map.entry("flag", "M5 22V3 M5 4h12l-2 4 2 4H5"),
            Map.entry("handshake", "M2 11l5-5 5 3 5-3 5 5 M6 12l4 4 M9 11l4 4 M12 10l4 4"),
            Map.entry("star", "M12 2l3 7h7l-5.5 4.5 2 7.5-6.5-4.5-6.5 4.5 2-7.5L2 9h7z"));

    private static final Map<String, String> PATHS = new LinkedHashMap<>();

    static {
        SHAPES.forEach(shape -> PATHS.put(shape.getKey(), shape.getValue()));
    }

    /** The names a deck may give a category's icon, in the order the deck editor offers them. */
    public static final List<String> NAMES = List.copyOf(PATHS.keySet());

    private IconShapes() {
    }

    /** The path of the icon with this name; empty for a name this version does not draw (or none). */
    public static Optional<String> path(String name) {
        return Optional.ofNullable(PATHS.get(name));
    }
}
