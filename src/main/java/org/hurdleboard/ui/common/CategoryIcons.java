package org.hurdleboard.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.Group;
import javafx.scene.control.Labeled;
import javafx.scene.shape.SVGPath;
import org.hurdleboard.domain.IconShapes;

/**
 * The icons a deck's categories may name ({@link IconShapes}, the same lines as on the printed wall
 * kit), in the category header's text colour and scaled with its text.
 */
public final class CategoryIcons {
    private CategoryIcons() {
    }

    public static boolean has(String name) {
        return IconShapes.path(name).isPresent();
    }

    /** Puts a category's icon before a label's text, sized to its text; a category without one gets none. */
    public static void show(Labeled label, String name) {
        String path = IconShapes.path(name).orElse(null);
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
