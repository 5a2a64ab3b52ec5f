package org.hurdleboard.ui.discuss;

import java.time.LocalDate;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Item;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.ui.common.Messages;

/**
 * One captured item, editable where it is: change the text (an action's owner, due date, state)
 * and press Enter or move on; Alt+Up and Alt+Down move it, Ctrl+Delete deletes it, as the
 * buttons beside it do.
 */
final class ItemRow extends HBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Item item;
    private final DiscussModel model;
    private final TextBox text;
    private final TextField owner = new TextField();
    private final TextField due = new TextField();
    private final ChoiceBox<ActionState> state = new ChoiceBox<>();
    /** Once saved the row is replaced; it must not save the same edit again as it leaves. */
    private boolean saved;
    /** The owner as the field shows it (a field cannot show a line break): unchanged means kept as stored. */
    private String ownerShown = "";

    ItemRow(Item item, int position, DiscussModel model, Messages messages) {
        this.item = item;
        this.model = model;
        this.text = new TextBox(item.text(), this::commit);
        getStyleClass().add("discuss-item");
        setId("item-" + item.id());
        text.getStyleClass().add("discuss-item-text");
        text.setAccessibleText(messages.get("discuss.item.accessible", position + 1, item.text()));
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().add(text);
        List<Control> fields = List.of(text);
        text.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        if (item.kind() == ItemKind.ACTION) {
            owner.setText(item.owner());
            ownerShown = owner.getText();
            owner.setPromptText(messages.get("discuss.action.owner"));
            owner.setAccessibleText(messages.get("discuss.action.owner"));
            owner.getStyleClass().add("discuss-owner");
            due.setText(DueDates.typed(item.due()));
            due.setPromptText(messages.get("discuss.action.due"));
            due.setAccessibleText(messages.get("discuss.action.due"));
            DueDates.fitHint(due);
            due.getStyleClass().add("discuss-due");
            due.textProperty().addListener((obs, old, now) -> due.pseudoClassStateChanged(INVALID, !DueDates.isValid(now)));
            state.getItems().setAll(ActionState.values());
            state.setValue(item.state());
            state.setConverter(stateWords(messages));
            state.setAccessibleText(messages.get("discuss.action.state"));
            state.valueProperty().addListener((obs, old, now) -> commit());
            // what on its own line, who, when and how far under it: each readable in full
            getChildren().remove(text);
            HBox details = new HBox(owner, due, state);
            details.getStyleClass().add("discuss-action-input");
            HBox.setHgrow(owner, Priority.ALWAYS);
            javafx.scene.layout.VBox action = new javafx.scene.layout.VBox(text, details);
            action.getStyleClass().add("discuss-action");
            HBox.setHgrow(action, Priority.ALWAYS);
            getChildren().add(action);
            fields = List.of(text, owner, due);
            owner.setOnKeyPressed(this::onKey);
            due.setOnKeyPressed(this::onKey);
        }
        for (Control field : fields) {
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    commit();
                }
            });
        }
        Button up = iconButton("\u2191", messages.get("discuss.item.up"), () -> model.move(item, -1));
        Button down = iconButton("\u2193", messages.get("discuss.item.down"), () -> model.move(item, 1));
        Button delete = iconButton("\u2715", messages.get("discuss.item.delete"), () -> model.delete(item));
        getChildren().addAll(up, down, delete);
        setDisable(!model.canChange());
    }

    static StringConverter<ActionState> stateWords(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(ActionState value) {
                return value == null ? "" : DueDates.state(value, messages);
            }

            @Override
            public ActionState fromString(String string) {
                return null;
            }
        };
    }

    private static Button iconButton(String symbol, String name, Runnable action) {
        Button button = new Button(symbol);
        button.getStyleClass().add("discuss-icon-button");
        button.setAccessibleText(name);
        button.setTooltip(new javafx.scene.control.Tooltip(name));
        button.setOnAction(event -> action.run());
        return button;
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && event.getSource() != text) {
            commit();
        } else if (event.isAltDown() && event.getCode() == KeyCode.UP) {
            model.move(item, -1);
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
            model.move(item, 1);
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.DELETE) {
            model.delete(item);
        } else if (event.getCode() == KeyCode.ESCAPE && !text.getText().equals(item.text())) {
            // Esc first puts back what was there; a second Esc leaves the stage
            text.setText(item.text());
        } else {
            return;
        }
        event.consume();
    }

    /** Saves what was typed, if anything changed and it makes sense (a date that is a date). */
    private void commit() {
        if (saved || getScene() == null || !DueDates.isValid(due.getText())) {
            return;
        }
        Item edited = item.withText(text.getText());
        if (item.kind() == ItemKind.ACTION) {
            LocalDate date = DueDates.parse(due.getText()).orElse(null);
            String newOwner = owner.getText().equals(ownerShown) ? item.owner() : owner.getText().strip();
            edited = edited.withOwner(newOwner).withDue(date).withState(state.getValue());
        }
        if (!edited.equals(item)) {
            saved = true;
            model.edit(item, edited);
        }
    }

    Item item() {
        return item;
    }

    void focusText() {
        text.requestFocus();
    }
}
