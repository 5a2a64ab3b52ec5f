package org.hurdleboard.ui.deckeditor;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.ui.common.CategoryIcons;

/**
 * A small, read-only picture of the board a deck makes: its categories in order, in their
 * colours, with their cards' numbers and titles, styled by the board's own rules.
 */
final class BoardPreview extends FlowPane {
    BoardPreview() {
        setId("deckPreview");
        getStyleClass().add("deck-preview");
    }

    void show(Deck deck) {
        getChildren().clear();
        if (deck == null) {
            return;
        }
        for (Category category : deck.categories()) {
            Label header = new Label(category.name());
            header.getStyleClass().add("category-header");
            CategoryIcons.show(header, category.icon());
            VBox section = new VBox(header);
            section.getStyleClass().addAll("category-section", "category-" + category.colour(), "preview-section");
            for (Card card : deck.cardsIn(category.id())) {
                Label tile = new Label(card.number() + "  " + card.title());
                tile.getStyleClass().addAll("card", "category-" + category.colour(), "preview-card");
                tile.setWrapText(true);
                section.getChildren().add(tile);
            }
            getChildren().add(section);
        }
    }
}
