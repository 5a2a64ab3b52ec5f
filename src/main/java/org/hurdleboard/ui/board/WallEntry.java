package org.hurdleboard.ui.board;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Votes;
import org.hurdleboard.ui.common.Messages;

/**
 * Counts copied from a paper dot-wall or a show of hands, as fast as they can be typed: a card
 * number, Tab, its count, Enter; then the next card. Esc goes back to the board.
 */
final class WallEntry extends HBox {
    private final BoardViewModel model;
    private final Messages messages;
    private final TextField cardField = new TextField();
    private final TextField countField = new TextField();
    private final Label result = new Label();
    private final Runnable backToBoard;

    WallEntry(BoardViewModel model, Messages messages, Runnable backToBoard) {
        this.model = model;
        this.messages = messages;
        this.backToBoard = backToBoard;
        setId("wallEntry");
        getStyleClass().add("wall-entry");
        setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(messages.get("wall.title"));
        title.getStyleClass().add("wall-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label cardLabel = new Label(messages.get("wall.card"));
        cardLabel.setLabelFor(cardField);
        cardField.setId("wallCard");
        cardField.setPrefColumnCount(3);
        cardField.setAccessibleText(messages.get("wall.card"));
        Label countLabel = new Label(messages.get("wall.count"));
        countLabel.setLabelFor(countField);
        countField.setId("wallCount");
        countField.setPrefColumnCount(4);
        countField.setAccessibleText(messages.get("wall.count"));
        result.setId("wallResult");
        result.getStyleClass().add("wall-result");
        result.setMaxWidth(Double.MAX_VALUE);
        // on a narrow window the help takes a second line; the labels and fields keep their size
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(result, Priority.ALWAYS);
        for (Region keepsItsSize : new Region[] {cardLabel, cardField, countLabel, countField}) {
            keepsItsSize.setMinWidth(Region.USE_PREF_SIZE);
        }
        countField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                commit();
                event.consume();
            }
        });
        for (TextField field : new TextField[] {cardField, countField}) {
            field.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ESCAPE) {
                    close();
                    event.consume();
                }
            });
        }
        getChildren().addAll(title, cardLabel, cardField, countLabel, countField, result);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    void open() {
        setVisible(true);
        result.setText(messages.get("wall.help"));
        cardField.clear();
        countField.clear();
        cardField.requestFocus();
    }

    private void close() {
        setVisible(false);
        backToBoard.run();
    }

    private void commit() {
        Card card = parse(cardField.getText()) < 0 ? null
                : model.deck().card(parse(cardField.getText())).orElse(null);
        int count = parse(countField.getText());
        if (card == null) {
            result.setText(messages.get("wall.noCard", cardField.getText().strip()));
            cardField.requestFocus();
            cardField.selectAll();
            return;
        }
        if (!model.setVotes(card, count)) {
            result.setText(messages.get("wall.badCount", card.number(), Votes.MAX));
            countField.requestFocus();
            countField.selectAll();
            return;
        }
        // while votes are hidden, the strip does not repeat the count for the room to read
        result.setText(model.isShown(card) ? messages.get("wall.done", card.number(), count)
                : messages.get("wall.done.hidden", card.number()));
        cardField.clear();
        countField.clear();
        cardField.requestFocus();
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
