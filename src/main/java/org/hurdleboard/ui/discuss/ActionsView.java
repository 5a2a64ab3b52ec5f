package org.hurdleboard.ui.discuss;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.Item;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.ScrollPanes;

/**
 * Every action of the workshop, by owner then due date, each editable in place (what, owner, due
 * date, state): the list the room leaves with.
 */
final class ActionsView extends VBox {
    private final DiscussModel model;
    private final Messages messages;
    private final VBox rows = new VBox();
    private final Label empty = new Label();
    private List<Item> shown;

    ActionsView(DiscussModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("actionsView");
        getStyleClass().add("discuss-section");
        Label heading = new Label(messages.get("actions.title"));
        heading.getStyleClass().add("discuss-section-title");
        empty.setText(messages.get("actions.none"));
        empty.setWrapText(true);
        rows.getStyleClass().add("discuss-rows");
        ScrollPane scroller = ScrollPanes.uncached(rows);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("discuss-scroller");
        scroller.setFocusTraversable(false);
        getChildren().addAll(heading, scroller);
        model.revisionProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        List<Item> actions = model.actions();
        if (actions.equals(shown)) {
            return;
        }
        shown = actions;
        rows.getChildren().clear();
        if (actions.isEmpty()) {
            rows.getChildren().add(empty);
        }
        for (int i = 0; i < actions.size(); i++) {
            Item action = actions.get(i);
            Label card = new Label(model.cardOf(action).map(found -> messages.get("actions.card", found.number(),
                    found.title())).orElse(""));
            card.getStyleClass().add("actions-card");
            HBox line = new HBox(card, new ItemRow(action, i, model, messages));
            line.getStyleClass().add("actions-line");
            HBox.setHgrow(line.getChildren().get(1), javafx.scene.layout.Priority.ALWAYS);
            rows.getChildren().add(line);
        }
    }
}
