package org.hurdleboard.ui.discuss;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Item;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.ui.common.InitialFocus;
import org.hurdleboard.ui.common.Messages;

/**
 * One list of the console (notes, ideas, actions or the parking lot): what was captured, each
 * editable in place, and a field to type the next one: type and press Enter, no dialog.
 */
final class ItemSection extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ItemKind kind;
    private final DiscussModel model;
    private final Messages messages;
    private final VBox rows = new VBox();
    private final TextBox input = new TextBox("", this::add);
    private final TextField owner = new TextField();
    private final TextField due = new TextField();
    private final ChoiceBox<ActionState> state = new ChoiceBox<>();
    private List<Item> shown = List.of();

    ItemSection(ItemKind kind, String title, String prompt, DiscussModel model, Messages messages) {
        this.kind = kind;
        this.model = model;
        this.messages = messages;
        getStyleClass().add("discuss-section");
        setId("discuss-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        Label heading = new Label(title);
        heading.getStyleClass().add("discuss-section-title");
        heading.setLabelFor(input);
        rows.getStyleClass().add("discuss-rows");
        input.setPromptText(prompt);
        input.setAccessibleText(prompt);
        input.getStyleClass().add("discuss-input");
        input.setId("input-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        getChildren().addAll(heading, rows, kind == ItemKind.ACTION ? actionInput() : input);
        setDisable(!model.canChange());
        model.revisionProperty().addListener((obs, old, now) -> refresh());
        model.cardProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private Node actionInput() {
        owner.setPromptText(messages.get("discuss.action.owner"));
        owner.setAccessibleText(messages.get("discuss.action.owner"));
        owner.setId("input-owner");
        owner.getStyleClass().add("discuss-owner");
        due.setPromptText(messages.get("discuss.action.dueHint"));
        due.setAccessibleText(messages.get("discuss.action.dueHint"));
        DueDates.fitHint(due);
        due.setId("input-due");
        due.getStyleClass().add("discuss-due");
        due.textProperty().addListener((obs, old, now) -> due.pseudoClassStateChanged(INVALID, !DueDates.isValid(now)));
        state.getItems().setAll(ActionState.values());
        state.setValue(ActionState.OPEN);
        state.setConverter(ItemRow.stateWords(messages));
        state.setAccessibleText(messages.get("discuss.action.state"));
        state.setId("input-state");
        for (TextField field : List.of(owner, due)) {
            field.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    add();
                    event.consume();
                }
            });
        }
        HBox details = new HBox(owner, due, state);
        details.getStyleClass().add("discuss-action-input");
        HBox.setHgrow(owner, Priority.ALWAYS);
        return new VBox(input, details);
    }

    /** Captures what was typed; the field empties for the next one, and keeps the focus. */
    private void add() {
        boolean added;
        if (kind == ItemKind.ACTION) {
            if (!DueDates.isValid(due.getText())) {
                due.requestFocus();
                return;
            }
            Optional<LocalDate> date = DueDates.parse(due.getText());
            added = model.addAction(input.getText(), owner.getText(), date.orElse(null), state.getValue());
            if (added) {
                owner.clear();
                due.clear();
                state.setValue(ActionState.OPEN);
            }
        } else {
            added = model.add(kind, input.getText());
        }
        if (added) {
            input.clear();
            input.requestFocus();
        }
    }

    /** Redraws the rows when the list changed, keeping the focus on the same item if it had it. */
    private void refresh() {
        List<Item> items = model.items(kind);
        if (items.equals(shown)) {
            return;
        }
        long focusedId = focusedItem();
        shown = items;
        rows.getChildren().clear();
        for (int i = 0; i < items.size(); i++) {
            ItemRow row = new ItemRow(items.get(i), i, model, messages);
            rows.getChildren().add(row);
            if (items.get(i).id() == focusedId) {
                row.focusText();
            }
        }
    }

    private long focusedItem() {
        if (getScene() == null || getScene().getFocusOwner() == null) {
            return 0;
        }
        for (Node parent = getScene().getFocusOwner(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ItemRow row) {
                return row.item().id();
            }
        }
        return 0;
    }

    /** Gives the keyboard to the field for the next item, once it is on screen (it sits in a scroll pane). */
    void focusInput() {
        if (input.getScene() == null) {
            InitialFocus.whenShown(input);
        } else {
            input.requestFocus();
        }
    }
}
