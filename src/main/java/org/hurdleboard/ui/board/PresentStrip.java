package org.hurdleboard.ui.board;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;

/**
 * In presentation mode on one screen, a small strip with what a facilitator reaches for while the
 * room watches (undo, reveal, the timer, leave); Ctrl+H hides it for a clean board and brings it
 * back. Every button has its key, so the strip is a reminder as much as a control.
 */
final class PresentStrip extends HBox {
    PresentStrip(BoardViewModel model, StageTimer timer, Messages messages, Navigator navigator) {
        setId("presentStrip");
        getStyleClass().add("present-strip");
        setAlignment(Pos.CENTER_RIGHT);
        Button undo = button("present.undo", "presentUndo", messages, model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button reveal = button("present.reveal", "presentReveal", messages, () -> model.voting().revealAll());
        reveal.visibleProperty().bind(model.countsHiddenProperty());
        reveal.managedProperty().bind(reveal.visibleProperty());
        Button startTimer = button("present.timer", "presentTimer", messages, timer::startOrPause);
        Button hide = button("present.hide", "presentHide", messages,
                () -> model.presenting().presentStripHiddenProperty().set(true));
        Button leave = button("present.leave", "presentLeave", messages, navigator::togglePresentation);
        getChildren().addAll(undo, reveal, startTimer, hide, leave);
        visibleProperty().bind(model.presenting().presentingProperty().and(model.presenting().presentStripHiddenProperty().not()));
        managedProperty().bind(visibleProperty());
    }

    private static Button button(String key, String id, Messages messages, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.getStyleClass().add("present-button");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setAccessibleHelp(messages.get(key + ".help"));
        button.setOnAction(event -> action.run());
        return button;
    }
}
