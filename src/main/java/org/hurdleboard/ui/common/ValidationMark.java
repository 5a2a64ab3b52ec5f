package org.hurdleboard.ui.common;

import impl.org.controlsfx.skin.DecorationPane;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.controlsfx.control.decoration.StyleClassDecoration;

/**
 * A mark on a field that has a problem (ControlsFX decorations: drawn over the form, so marking a
 * field never moves the form). It is for the eye only: the form's own error text under the field
 * is what screen readers read, and it stays.
 */
public final class ValidationMark {
    private static final String INVALID_CLASS = "has-problem";

    private ValidationMark() {
    }

    /**
     * The form's content in a layer the marks are drawn on, so ControlsFX never wraps the whole
     * window for them (it would otherwise take over the scene's root).
     */
    public static Parent area(Node content) {
        DecorationPane pane = new DecorationPane();
        pane.setRoot(content);
        return pane;
    }

    /** Marks the field while the problem is not empty; the mark's tooltip says what is wrong. */
    public static void follow(Control field, ObservableValue<String> problem) {
        Region mark = new Region();
        mark.getStyleClass().add("validation-mark");
        Tooltip tip = new Tooltip();
        Tooltip.install(mark, tip);
        Decoration graphic = new GraphicDecoration(mark, Pos.CENTER_RIGHT, -14, 0);
        Decoration outline = new StyleClassDecoration(INVALID_CLASS);
        Runnable show = () -> {
            String text = problem.getValue();
            boolean wrong = text != null && !text.isEmpty();
            tip.setText(wrong ? text : "");
            boolean marked = Decorator.getDecorations(field) != null && Decorator.getDecorations(field).contains(graphic);
            if (wrong && !marked) {
                Decorator.addDecoration(field, graphic);
                Decorator.addDecoration(field, outline);
            } else if (!wrong && marked) {
                Decorator.removeDecoration(field, graphic);
                Decorator.removeDecoration(field, outline);
            }
        };
        problem.addListener((obs, old, now) -> show.run());
        // a field that is not on screen yet is marked once it is (the decorations need its scene)
        field.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                show.run();
            }
        });
        show.run();
    }
}
