package org.hurdleboard.ui.followup;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.CarriedAction;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.ScrollPanes;
import org.hurdleboard.ui.common.Shortcut;

/**
 * The facilitator's console for "Since last time": each action carried over, to mark done,
 * still doing or dropped (or leave open), with a note and "carry on again"; whether the room's
 * screen shows owners; and the way on to voting (Esc). Ctrl+Z undoes the last mark.
 */
public final class SinceLastConsole {
    private final SinceLastModel model;
    private final BorderPane root = new BorderPane();
    private final List<CarriedActionRow> rows = new ArrayList<>();
    private final Button toVoting;

    /** {@code relink} asks where the last workshop's file is now and points the link there. */
    public SinceLastConsole(SinceLastModel model, Messages messages, Runnable undo, Runnable redo, Runnable relink) {
        this.model = model;
        root.setId("sinceLastConsole");
        root.getStyleClass().add("since-last-console");
        Label heading = new Label(model.heading());
        heading.setId("sinceLastHeading");
        heading.getStyleClass().add("since-last-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        toVoting = new Button(messages.get("sinceLast.toVoting"));
        toVoting.setId("sinceLastDone");
        toVoting.setAccessibleHelp(messages.get("sinceLast.toVoting.help"));
        toVoting.setOnAction(event -> model.stop());
        toVoting.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox owners = new CheckBox(messages.get("sinceLast.showOwners"));
        owners.setId("showOwners");
        owners.setAccessibleHelp(messages.get("sinceLast.showOwners.help"));
        owners.selectedProperty().bindBidirectional(model.showOwnersProperty());
        owners.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox toolbar = new HBox(heading, gap, owners, toVoting);
        toolbar.getStyleClass().add("discuss-toolbar");
        toolbar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label link = new Label();
        link.setId("linkProblem");
        link.getStyleClass().add("workshop-notice");
        link.setWrapText(true);
        link.setMinHeight(Region.USE_PREF_SIZE);
        link.setMaxWidth(Double.MAX_VALUE);
        link.textProperty().bind(model.linkProblemProperty());
        Button find = new Button(messages.get("sinceLast.link.find"));
        find.setId("relinkPrevious");
        find.setAccessibleHelp(messages.get("sinceLast.link.find.help"));
        find.setOnAction(event -> relink.run());
        find.setDisable(!model.canChange());
        find.setMinWidth(Region.USE_PREF_SIZE);
        HBox linkRow = new HBox(link, find);
        linkRow.getStyleClass().add("since-last-link");
        linkRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(link, Priority.ALWAYS);
        linkRow.visibleProperty().bind(link.textProperty().isNotEmpty());
        linkRow.managedProperty().bind(linkRow.visibleProperty());
        Label intro = new Label(messages.get(model.carried().isEmpty() ? "sinceLast.none" : "sinceLast.intro"));
        intro.setId("sinceLastIntro");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("screen-intro");

        VBox list = new VBox();
        list.getStyleClass().add("since-last-list");
        for (CarriedAction action : model.carried()) {
            CarriedActionRow row = new CarriedActionRow(model, messages, action);
            rows.add(row);
            list.getChildren().add(row);
        }
        model.carried().addListener((ListChangeListener<CarriedAction>) change -> {
            for (CarriedAction action : model.carried()) {
                rows.stream().filter(row -> row.actionId() == action.id()).findFirst()
                        .ifPresent(row -> row.show(action));
            }
        });
        VBox content = new VBox(intro, list);
        content.getStyleClass().add("since-last-content");
        ScrollPane scroller = ScrollPanes.uncached(content);
        scroller.setFitToWidth(true);
        scroller.setFocusTraversable(false);
        scroller.getStyleClass().add("discuss-scroller");
        root.setTop(new VBox(toolbar, linkRow));
        root.setCenter(scroller);
        // Ctrl+Z undoes the last mark; a note with typing not yet saved keeps its own undo first
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (rows.stream().anyMatch(CarriedActionRow::hasUnsavedNote)) {
                return;
            }
            if (Shortcut.UNDO.matches(event)) {
                undo.run();
                event.consume();
            } else if (Shortcut.REDO.matches(event)) {
                redo.run();
                event.consume();
            }
        });
        // Esc goes on to voting; in a note with unsaved typing it first puts the note back (the row's own)
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.LEAVE_SINCE_LAST.matches(event)) {
                model.stop();
                event.consume();
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** The keyboard on the first action's outcome, or on the way to voting when there is none. */
    public void focus() {
        Runnable focus = () -> {
            if (rows.isEmpty()) {
                toVoting.requestFocus();
            } else {
                rows.get(0).focusOutcome();
            }
        };
        focus.run();
        javafx.application.Platform.runLater(focus);
    }
}
