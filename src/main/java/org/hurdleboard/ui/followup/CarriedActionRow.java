package org.hurdleboard.ui.followup;

import java.util.EnumMap;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.CarriedAction;
import org.hurdleboard.domain.Outcome;
import org.hurdleboard.ui.common.Messages;

/**
 * One carried-over action in the facilitator's console: what, owner, due date (with "Overdue" in
 * words when it has passed) and how far it had got; its outcome this time (four buttons, one
 * chosen), a note (saved on Enter or on leaving the field) and "carry on again". Built once, and
 * brought up to date from the session after each change, so the keyboard stays where it is.
 */
final class CarriedActionRow extends VBox {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private final SinceLastModel model;
    private final Messages messages;
    private final Label facts = new Label();
    private final ToggleGroup outcomes = new ToggleGroup();
    private final Map<Outcome, ToggleButton> buttons = new EnumMap<>(Outcome.class);
    private final TextField note = new TextField();
    private final CheckBox carryOn;
    private CarriedAction action;
    private boolean showing;

    CarriedActionRow(SinceLastModel model, Messages messages, CarriedAction action) {
        this.model = model;
        this.messages = messages;
        this.action = action;
        String id = "carried-" + action.id();
        setId(id);
        getStyleClass().add("since-last-row");
        Label what = new Label(action.what());
        what.getStyleClass().add("since-last-what");
        what.setWrapText(true);
        what.setMinHeight(Region.USE_PREF_SIZE);
        facts.setId(id + "-facts");
        facts.getStyleClass().add("since-last-facts");
        facts.setWrapText(true);
        facts.setMinHeight(Region.USE_PREF_SIZE);

        HBox outcomeRow = new HBox();
        outcomeRow.getStyleClass().add("since-last-outcomes");
        for (Outcome outcome : Outcome.values()) {
            ToggleButton button = new ToggleButton(model.outcomeName(outcome));
            button.setId(id + "-" + outcome.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(outcomes);
            button.setAccessibleText(messages.get("sinceLast.outcome.spoken", action.what(), button.getText()));
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setDisable(!model.canChange());
            buttons.put(outcome, button);
            outcomeRow.getChildren().add(button);
        }
        outcomes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (showing) {
                return;
            }
            if (now == null) {
                // a second press on the chosen outcome leaves it chosen: an action always has one
                show(this.action);
                return;
            }
            buttons.forEach((outcome, button) -> {
                if (button == now) {
                    model.mark(this.action, outcome);
                }
            });
        });

        note.setId(id + "-note");
        note.setPromptText(messages.get("sinceLast.note.prompt"));
        note.setAccessibleText(messages.get("sinceLast.note.spoken", action.what()));
        note.setEditable(model.canChange());
        note.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                saveNote();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && !note.getText().equals(this.action.note())) {
                note.setText(this.action.note());
                event.consume();
            }
        });
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                saveNote();
            }
        });
        HBox.setHgrow(note, Priority.ALWAYS);
        carryOn = new CheckBox(messages.get("sinceLast.carryOn"));
        carryOn.setId(id + "-carryOn");
        carryOn.setAccessibleText(messages.get("sinceLast.carryOn.spoken", action.what()));
        carryOn.setDisable(!model.canChange());
        carryOn.selectedProperty().addListener((obs, was, now) -> {
            if (!showing) {
                model.carryOn(this.action, now);
            }
        });
        carryOn.setMinWidth(Region.USE_PREF_SIZE);
        HBox noteRow = new HBox(note, carryOn);
        noteRow.getStyleClass().add("since-last-note-row");
        getChildren().addAll(what, facts, outcomeRow, noteRow);
        show(action);
    }

    long actionId() {
        return action.id();
    }

    /** Shows the action as the session has it now; the note keeps typing that is not yet saved. */
    void show(CarriedAction now) {
        showing = true;
        boolean noteUnsaved = note.isFocused() && !note.getText().equals(action.note());
        action = now;
        String owner = now.owner().isBlank() ? messages.get("sinceLast.noOwner") : now.owner();
        facts.setText(messages.get("sinceLast.facts", owner, model.due(now), model.stateLastTime(now)));
        facts.pseudoClassStateChanged(OVERDUE, model.isOverdue(now));
        buttons.get(now.outcome()).setSelected(true);
        if (!noteUnsaved) {
            note.setText(now.note());
        }
        carryOn.setSelected(now.carryOn());
        showing = false;
    }

    boolean hasUnsavedNote() {
        return !note.getText().equals(action.note());
    }

    void focusOutcome() {
        buttons.get(action.outcome()).requestFocus();
    }

    private void saveNote() {
        if (!note.getText().equals(action.note())) {
            model.note(action, note.getText());
        }
    }
}
