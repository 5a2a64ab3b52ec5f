package org.hurdleboard.ui.discuss;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.ui.common.Messages;

/**
 * "A hurdle not on the list": the room's own card, typed in a line under the board or the
 * console (title, category, statement, Enter), with no dialog. It is numbered after the deck's
 * highest card and can be voted on and discussed like any other.
 */
public final class RoomCardForm extends HBox {
    private final DiscussModel model;
    private final TextField title = new TextField();
    private final ChoiceBox<Category> category = new ChoiceBox<>();
    private final TextField statement = new TextField();
    private final Consumer<Card> onAdded;

    /** {@code onAdded} hears the card that was added (to select it), and the form closes. */
    public RoomCardForm(DiscussModel model, Messages messages, Consumer<Card> onAdded) {
        this.model = model;
        this.onAdded = onAdded;
        setId("roomCardForm");
        getStyleClass().add("room-card-form");
        Label heading = new Label(messages.get("discuss.addCard.heading"));
        heading.getStyleClass().add("room-card-heading");
        heading.setLabelFor(title);
        title.setId("roomCardTitle");
        title.setPromptText(messages.get("discuss.addCard.title"));
        title.setAccessibleText(messages.get("discuss.addCard.title"));
        HBox.setHgrow(title, Priority.ALWAYS);
        category.setId("roomCardCategory");
        category.setAccessibleText(messages.get("discuss.addCard.category"));
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(Category value) {
                return value == null ? "" : value.name();
            }

            @Override
            public Category fromString(String string) {
                return null;
            }
        });
        statement.setId("roomCardStatement");
        statement.setPromptText(messages.get("discuss.addCard.statement"));
        statement.setAccessibleText(messages.get("discuss.addCard.statement"));
        HBox.setHgrow(statement, Priority.ALWAYS);
        Button add = new Button(messages.get("discuss.addCard.add"));
        add.setId("roomCardAdd");
        add.setOnAction(event -> add());
        Button cancel = new Button(messages.get("discuss.addCard.cancel"));
        cancel.setOnAction(event -> close());
        for (TextField field : new TextField[] {title, statement}) {
            field.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    add();
                    event.consume();
                } else if (event.getCode() == KeyCode.ESCAPE) {
                    close();
                    event.consume();
                }
            });
        }
        getChildren().addAll(heading, title, category, statement, add, cancel);
        close();
    }

    /** Shows the form, the title field ready for typing. */
    public void open() {
        category.getItems().setAll(model.deck().categories());
        if (category.getValue() == null) {
            category.setValue(model.deck().categories().get(0));
        }
        setVisible(true);
        setManaged(true);
        title.requestFocus();
    }

    public boolean isOpen() {
        return isVisible();
    }

    private void close() {
        title.clear();
        statement.clear();
        setVisible(false);
        setManaged(false);
    }

    private void add() {
        Category chosen = category.getValue();
        model.addCard(chosen == null ? null : chosen.id(), title.getText(), statement.getText()).ifPresentOrElse(card -> {
            close();
            onAdded.accept(card);
        }, title::requestFocus);
    }
}
