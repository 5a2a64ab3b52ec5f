package org.hurdleboard.ui.board;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.ui.common.Messages;

/**
 * One card on the board: number, short title and vote count, with its category's colour as a band
 * down its side (the category's name heads its group). Focusing a card selects it.
 */
final class CardTile extends HBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass VOTED = PseudoClass.getPseudoClass("voted");

    private final Card card;

    CardTile(Card card, Category category, BoardViewModel model, Messages messages) {
        this.card = card;
        setId("card-" + card.number());
        getStyleClass().addAll("card", "category-" + category.colour());
        setAlignment(Pos.CENTER_LEFT);
        setFocusTraversable(true);

        Label number = new Label(String.valueOf(card.number()));
        number.getStyleClass().add("card-number");
        number.setMinWidth(USE_PREF_SIZE);
        Label title = new Label(card.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("card-votes");
        count.setMinWidth(USE_PREF_SIZE);
        var votes = model.votesProperty(card);
        count.textProperty().bind(votes.asString());
        // an empty badge keeps its space, so a first vote never shifts the title
        count.visibleProperty().bind(votes.greaterThan(0));
        getChildren().addAll(number, title, count);

        votes.addListener((obs, old, now) -> pseudoClassStateChanged(VOTED, now.intValue() > 0));
        pseudoClassStateChanged(VOTED, votes.get() > 0);
        model.selectedProperty().addListener((obs, old, now) -> pseudoClassStateChanged(SELECTED, now == card));
        pseudoClassStateChanged(SELECTED, model.selectedProperty().get() == card);
        focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                model.select(card);
            }
        });
        setOnMousePressed(event -> {
            requestFocus();
            event.consume();
        });
        // the scroll pane around the board would take the focus on a click; the card keeps it
        setOnMouseClicked(MouseEvent::consume);

        setAccessibleRole(AccessibleRole.BUTTON);
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.get("board.card.accessible",
                card.number(), category.name(), card.title(), votesText(messages, votes.get())), votes));
        setAccessibleHelp(messages.get("board.card.help"));
    }

    static String votesText(Messages messages, int votes) {
        if (votes == 0) {
            return messages.get("board.card.votes.none");
        }
        return votes == 1 ? messages.get("board.card.votes.one") : messages.get("board.card.votes.many", votes);
    }

    Card card() {
        return card;
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            requestFocus();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
