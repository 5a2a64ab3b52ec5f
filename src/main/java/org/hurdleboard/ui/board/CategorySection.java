package org.hurdleboard.ui.board;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.ui.common.CategoryIcons;
import org.hurdleboard.ui.common.Messages;

/** A category on the board: a header in the category's colour with its name (and icon), then its cards. */
final class CategorySection extends VBox {
    private final List<CardTile> tiles = new ArrayList<>();

    CategorySection(Category category, List<Card> cards, BoardViewModel model, Messages messages,
                    Audience audience) {
        getStyleClass().addAll("category-section", "category-" + category.colour());
        setId("category-" + category.id());
        Label header = new Label(category.name());
        header.getStyleClass().add("category-header");
        header.setMaxWidth(Double.MAX_VALUE);
        header.setAccessibleText(messages.get("board.category", category.name(), cards.size()));
        CategoryIcons.show(header, category.icon());
        getChildren().add(header);
        for (Card card : cards) {
            CardTile tile = new CardTile(card, category, model, messages, audience);
            tiles.add(tile);
            getChildren().add(tile);
        }
    }

    List<CardTile> tiles() {
        return tiles;
    }
}
