package org.hurdleboard.ui.setup;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;

/** The deck picker of set-up, with Import and Export beside it and what happened under it. */
final class DeckChoiceView extends VBox {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private final DeckChoice model;
    private final Messages messages;
    private final ComboBox<Deck> picker = new ComboBox<>();

    DeckChoiceView(DeckChoice model, Messages messages, Navigator navigator) {
        Window owner = navigator.window();
        this.model = model;
        this.messages = messages;
        getStyleClass().add("deck-choice");
        picker.setId("deckField");
        picker.setItems(model.decks());
        picker.valueProperty().bindBidirectional(model.deckProperty());
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Deck deck) {
                if (deck == null) {
                    return "";
                }
                return messages.get(model.isPreviousCopy(deck) ? "setup.deck.item.previous"
                        : model.isOwn(deck) ? "setup.deck.item.own" : "setup.deck.item", deck.title(), deck.size());
            }

            @Override
            public Deck fromString(String text) {
                return null;
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);

        Button importDeck = new Button(messages.get("setup.deck.import"));
        importDeck.setId("importDeck");
        importDeck.setAccessibleHelp(messages.get("setup.deck.import.help"));
        importDeck.setOnAction(event -> {
            navigator.dialogs().openDeck(owner).ifPresent(model::importDeck);
        });
        Button exportDeck = new Button(messages.get("setup.deck.export"));
        exportDeck.setId("exportDeck");
        exportDeck.setAccessibleHelp(messages.get("setup.deck.export.help"));
        exportDeck.setOnAction(event -> {
            navigator.dialogs().saveDeck(owner, model.suggestedFileName()).ifPresent(model::exportDeck);
        });
        Button editDeck = new Button();
        editDeck.setId("editDeck");
        editDeck.textProperty().bind(model.deckProperty().map(deck -> messages.get(
                model.isOwn(deck) ? "setup.deck.edit" : "setup.deck.editCopy")));
        editDeck.setAccessibleHelp(messages.get("setup.deck.edit.help"));
        editDeck.setOnAction(event -> model.startEditing(draft -> navigator.editDeck(draft, model::saved)));
        editDeck.disableProperty().bind(model.busyProperty());
        editDeck.setMinWidth(Region.USE_PREF_SIZE);
        Button newDeck = new Button(messages.get("setup.deck.new"));
        newDeck.setId("newDeck");
        newDeck.setAccessibleHelp(messages.get("setup.deck.new.help"));
        newDeck.setOnAction(event -> model.startNewDeck(draft -> navigator.editDeck(draft, model::saved)));
        newDeck.disableProperty().bind(model.busyProperty());
        newDeck.setMinWidth(Region.USE_PREF_SIZE);
        importDeck.disableProperty().bind(model.busyProperty());
        exportDeck.disableProperty().bind(model.busyProperty());
        importDeck.setMinWidth(Region.USE_PREF_SIZE);
        exportDeck.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(editDeck, newDeck, importDeck, exportDeck);
        buttons.getStyleClass().add("field-with-button");

        Label message = new Label();
        message.setId("deckMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.getStyleClass().add("deck-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.messageIsProblemProperty().addListener((obs, was, problem) ->
                message.pseudoClassStateChanged(PROBLEM, problem));
        getChildren().addAll(picker, buttons, message);
    }

    ComboBox<Deck> picker() {
        return picker;
    }

}
