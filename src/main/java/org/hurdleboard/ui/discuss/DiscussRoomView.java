package org.hurdleboard.ui.discuss;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Item;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.ui.common.Messages;

/**
 * What the room sees in the discuss stage, on the projector: the card, large enough to read from
 * the back of the room (its text scales with the height, as the board's spotlight does), its
 * votes as the room may see them, its status, its champions, and the notes, ideas and actions
 * captured so far. Never an action's owner, and never text still being typed.
 */
public final class DiscussRoomView {
    /**
     * The base text size as a share of the height: 40 px on a 1080-line projector, the statement's
     * size; the title is larger, what was captured a little smaller (34 px), readable from the back.
     */
    private static final double FONT_SHARE = 0.037;
    private static final double MIN_FONT_PX = 9;
    /** A long note shows its start, ending in "…": the rest is in the console and the report. */
    private static final int MAX_ITEM_LINES = 5;

    private final DiscussModel model;
    private final Messages messages;
    private final StackPane root = new StackPane();
    private final VBox content = new VBox();
    private final Label number = new Label();
    private final Label category = new Label();
    private final Label added = new Label();
    private final Label title = new Label();
    private final Label statement = new Label();
    private final Label votes = new Label();
    private final Label status = new Label();
    private final Label champions = new Label();
    private final Label none = new Label();
    private final VBox notes = new VBox();
    private final VBox ideas = new VBox();
    private final VBox actions = new VBox();
    private final HBox lists;
    private final ChangeListener<Number> votesChanged = (obs, old, now) -> show();
    private Card watched;

    public DiscussRoomView(DiscussModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.getStyleClass().add("discuss-room");
        root.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(root.widthProperty());
        clip.heightProperty().bind(root.heightProperty());
        // a 1,000-character note is cut at the edge of the view, never spills over the console
        root.setClip(clip);
        number.getStyleClass().add("discuss-room-number");
        category.getStyleClass().add("discuss-room-category");
        added.getStyleClass().add("discuss-room-added");
        added.setText(messages.get("discuss.room.added"));
        HBox identity = new HBox(number, category, added);
        identity.getStyleClass().add("discuss-room-identity");
        identity.setAlignment(Pos.BASELINE_LEFT);
        title.getStyleClass().add("discuss-room-title");
        title.setWrapText(true);
        statement.getStyleClass().add("discuss-room-statement");
        statement.setWrapText(true);
        for (Label fact : List.of(votes, status, champions)) {
            fact.getStyleClass().add("discuss-room-fact");
        }
        HBox facts = new HBox(votes, status, champions);
        facts.getStyleClass().add("discuss-room-facts");
        lists = new HBox(column("discuss.room.notes", notes), column("discuss.room.ideas", ideas),
                column("discuss.room.actions", actions));
        lists.getStyleClass().add("discuss-room-lists");
        VBox.setVgrow(lists, Priority.ALWAYS);
        none.getStyleClass().add("discuss-room-none");
        none.setText(messages.get("discuss.room.none"));
        none.setWrapText(true);
        content.getStyleClass().add("discuss-room-content");
        content.getChildren().addAll(identity, title, statement, facts, lists);
        root.getChildren().addAll(content, none);
        StackPane.setAlignment(content, Pos.TOP_LEFT);
        root.heightProperty().addListener((obs, old, height) -> scale(height.doubleValue()));
        model.cardProperty().addListener((obs, old, card) -> show());
        model.revisionProperty().addListener((obs, old, now) -> show());
        // off screen it need not follow every vote; it catches up when it is shown again
        root.sceneProperty().addListener((obs, old, scene) -> show());
        show();
    }

    public Parent root() {
        return root;
    }

    private VBox column(String headingKey, VBox items) {
        Label heading = new Label(messages.get(headingKey));
        heading.getStyleClass().add("discuss-room-heading");
        heading.setWrapText(true);
        items.getStyleClass().add("discuss-room-items");
        VBox column = new VBox(heading, items);
        column.getStyleClass().add("discuss-room-column");
        column.setMinWidth(0);
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setMaxWidth(Double.MAX_VALUE);
        column.setPrefWidth(0);
        return column;
    }

    private void scale(double height) {
        double size = Math.max(MIN_FONT_PX, height * FONT_SHARE);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
    }

    private void show() {
        if (root.getScene() == null) {
            return;
        }
        Card card = model.cardProperty().get();
        watch(card);
        boolean nothing = card == null || model.deck().card(card.number()).isEmpty();
        none.setVisible(nothing);
        content.setVisible(!nothing);
        if (nothing) {
            return;
        }
        Category shownCategory = model.deck().categoryOf(card);
        content.getStyleClass().removeIf(style -> style.startsWith("category-"));
        content.getStyleClass().add("category-" + shownCategory.colour());
        number.setText(String.valueOf(card.number()));
        category.setText(shownCategory.name());
        added.setVisible(model.isAddedInSession(card));
        added.setManaged(added.isVisible());
        title.setText(card.title());
        statement.setText(card.statement());
        statement.setVisible(!card.statement().isEmpty());
        statement.setManaged(statement.isVisible());
        int shownVotes = model.workshop().shownVotesProperty(card).get();
        votes.setText(shownVotes == 1 ? messages.get("discuss.room.votes.one")
                : messages.get("discuss.room.votes.many", shownVotes));
        CardStatus cardStatus = model.workshop().statusProperty(card).get();
        status.setText(cardStatus == CardStatus.NONE ? "" : messages.get("status." + cardStatus.name()));
        status.setVisible(cardStatus != CardStatus.NONE);
        status.setManaged(status.isVisible());
        int count = model.champions();
        champions.setText(count == 1 ? messages.get("discuss.room.champions.one")
                : messages.get("discuss.room.champions.many", count));
        fill(notes, model.items(ItemKind.NOTE), false);
        fill(ideas, model.items(ItemKind.IDEA), false);
        fill(actions, model.items(ItemKind.ACTION), true);
    }

    /** Follows the votes of the card shown, which change on the board behind the stage. */
    private void watch(Card card) {
        if (watched != null) {
            model.workshop().shownVotesProperty(watched).removeListener(votesChanged);
        }
        watched = card != null && model.deck().card(card.number()).isPresent() ? card : null;
        if (watched != null) {
            model.workshop().shownVotesProperty(watched).addListener(votesChanged);
        }
    }

    private void fill(VBox box, List<Item> items, boolean asActions) {
        box.getChildren().clear();
        for (Item item : items) {
            box.getChildren().add(new RoomText(asActions ? actionLine(item) : item.text(), MAX_ITEM_LINES,
                    "discuss-room-item"));
        }
    }

    /** What the room may read of an action: what, when and how far it got; never who. */
    private String actionLine(Item action) {
        String state = DueDates.state(action.state(), messages);
        return action.dueDate()
                .map(due -> messages.get("discuss.room.action.due", action.text(), DueDates.shown(due, messages), state))
                .orElseGet(() -> messages.get("discuss.room.action", action.text(), state));
    }
}
