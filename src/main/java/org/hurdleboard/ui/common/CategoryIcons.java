package org.hurdleboard.ui.common;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.Group;
import javafx.scene.control.Labeled;
import javafx.scene.shape.SVGPath;

/**
 * The icons a deck's categories may name (see {@code deck.Icons}), drawn as simple line pictures
 * on a 24-unit square, in the category header's text colour and scaled with its text.
 */
public final class CategoryIcons {
    private static final Map<String, String> PATHS = Map.ofEntries(
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

    private CategoryIcons() {
    }

    public static boolean has(String name) {
        return PATHS.containsKey(name);
    }

    /** Puts a category's icon before a label's text, sized to its text; a category without one gets none. */
    public static void show(Labeled label, String name) {
        String path = PATHS.get(name);
        if (path == null) {
            return;
        }
        SVGPath shape = new SVGPath();
        shape.setContent(path);
        shape.getStyleClass().add("category-icon");
        // scaled inside a group, so the label lays out the icon at its drawn size
        DoubleBinding scale = Bindings.createDoubleBinding(() -> label.getFont().getSize() / 24 * 0.9,
                label.fontProperty());
        shape.scaleXProperty().bind(scale);
        shape.scaleYProperty().bind(scale);
        label.setGraphic(new Group(shape));
    }
}
