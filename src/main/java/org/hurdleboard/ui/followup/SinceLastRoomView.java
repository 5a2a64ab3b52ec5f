package org.hurdleboard.ui.followup;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.hurdleboard.domain.CarriedAction;
import org.hurdleboard.domain.Outcome;
import org.hurdleboard.ui.common.Messages;

/**
 * What the room sees of "Since last time", on the projector: each action carried over and what
 * the room says of it now, in words ("Done", "Still doing", "Overdue"), never colour alone; an
 * owner only when the facilitator chose to show owners. The text is as large as the screen and
 * the number of actions allow, readable from the back of the room.
 */
public final class SinceLastRoomView {
    /** At most this share of the height per line of text: 49 px on a 1080-line projector. */
    private static final double MAX_FONT_SHARE = 0.045;
    private static final double MIN_FONT_PX = 9;
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private final SinceLastModel model;
    private final Messages messages;
    private final StackPane root = new StackPane();
    private final VBox list = new VBox();

    public SinceLastRoomView(SinceLastModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("sinceLastRoom");
        root.getStyleClass().add("since-last-room");
        root.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(root.widthProperty());
        clip.heightProperty().bind(root.heightProperty());
        root.setClip(clip);
        Label heading = new Label(model.heading());
        heading.setId("sinceLastRoomHeading");
        heading.getStyleClass().add("since-last-room-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        list.getStyleClass().add("since-last-room-list");
        VBox content = new VBox(heading, list);
        content.getStyleClass().add("since-last-room-content");
        root.getChildren().add(content);
        StackPane.setAlignment(content, Pos.TOP_LEFT);
        root.heightProperty().addListener((obs, old, height) -> scale());
        model.carried().addListener((ListChangeListener<CarriedAction>) change -> show());
        model.showOwnersProperty().addListener((obs, was, now) -> show());
        show();
    }

    public Parent root() {
        return root;
    }

    private void scale() {
        // a heading and about two and a half lines an action, with some room between
        double lines = 2 + 2.8 * Math.max(1, model.carried().size());
        double size = Math.max(MIN_FONT_PX, Math.min(root.getHeight() * MAX_FONT_SHARE,
                root.getHeight() * 0.8 / (1.35 * lines)));
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
    }

    private void show() {
        list.getChildren().clear();
        if (model.carried().isEmpty()) {
            Label none = new Label(messages.get("sinceLast.room.none"));
            none.getStyleClass().add("since-last-room-facts");
            list.getChildren().add(none);
        }
        for (CarriedAction action : model.carried()) {
            Label what = new Label(action.what());
            what.getStyleClass().add("since-last-room-what");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            Label outcome = new Label(model.outcomeName(action.outcome()));
            outcome.setId("room-carried-" + action.id() + "-outcome");
            outcome.getStyleClass().addAll("since-last-room-outcome",
                    "outcome-" + action.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            outcome.setMinWidth(Region.USE_PREF_SIZE);
            StringBuilder facts = new StringBuilder(model.due(action));
            if (model.showOwnersProperty().get() && !action.owner().isBlank()) {
                facts.insert(0, messages.get("sinceLast.room.owner", action.owner()) + " \u00b7 ");
            }
            Label detail = new Label(facts.toString());
            detail.setId("room-carried-" + action.id() + "-facts");
            detail.getStyleClass().add("since-last-room-facts");
            detail.pseudoClassStateChanged(OVERDUE, model.isOverdue(action));
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            HBox line = new HBox(outcome, detail);
            line.getStyleClass().add("since-last-room-line");
            line.setAlignment(Pos.BASELINE_LEFT);
            VBox row = new VBox(what, line);
            row.setId("room-carried-" + action.id());
            row.getStyleClass().add("since-last-room-row");
            if (action.outcome() == Outcome.DONE) {
                row.getStyleClass().add("done");
            }
            list.getChildren().add(row);
        }
        scale();
    }
}
