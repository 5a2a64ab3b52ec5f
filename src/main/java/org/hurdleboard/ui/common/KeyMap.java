package org.hurdleboard.ui.common;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The keys of the app on one card over the screen, shown by {@code ?} and closed by Esc, {@code ?}
 * or its button: a facilitator who forgets a key finds it without leaving the board. Its rows are
 * those of {@link Shortcut}, the table the views take their keys from, so the two cannot drift apart.
 */
public final class KeyMap extends StackPane {
    /** The rows, from the table of shortcuts: the bundle keys of the keys, and of what they do. */
    private static final String[][] ROWS = Shortcut.rows().stream()
            .map(row -> new String[] {row.keysKey(), row.doesKey()})
            .toArray(String[][]::new);

    /** Room between the card and the window's edges, in px. */
    private static final double MARGIN = 12;
    private static final double MAX_FONT_PX = 16;
    private static final double MIN_FONT_PX = 11;
    /** The map's height in lines of its text, about: 720 px gives 14.4 px text. */
    private static final double LINES_TALL = 50;

    public KeyMap(Messages messages, Runnable close) {
        // two columns of keys side by side, so the whole map fits a 1280x720 screen without scrolling
        GridPane rows = new GridPane();
        rows.getStyleClass().add("key-map-rows");
        int perColumn = (ROWS.length + 1) / 2;
        for (int i = 0; i < ROWS.length; i++) {
            Label keys = new Label(messages.get(ROWS[i][0]));
            keys.getStyleClass().add("key-map-keys");
            keys.setMinWidth(USE_PREF_SIZE);
            Label does = new Label(messages.get(ROWS[i][1]));
            does.getStyleClass().add("key-map-does");
            does.setWrapText(true);
            does.setMinHeight(USE_PREF_SIZE);
            int column = i / perColumn * 2;
            rows.add(keys, column, i % perColumn);
            rows.add(does, column + 1, i % perColumn);
        }
        // on a still smaller window (or in a longer language) the rows scroll; heading and Close stay
        ScrollPane scroller = ScrollPanes.uncached(rows);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("key-map-scroller");
        scroller.setFocusTraversable(false);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        Label title = new Label(messages.get("keymap.title"));
        title.getStyleClass().add("key-map-title");
        Button done = new Button(messages.get("keymap.close"));
        done.setId("closeKeyMap");
        done.setCancelButton(true);
        done.setOnAction(event -> close.run());
        VBox card = new VBox(title, scroller, done);
        card.getStyleClass().add("key-map");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        card.setAccessibleRole(AccessibleRole.DIALOG);
        card.setAccessibleText(messages.get("keymap.title"));
        getChildren().add(card);
        StackPane.setMargin(card, new Insets(MARGIN));
        // the app's 16 px text on a Full HD screen, a little smaller on a 720-line one, so it all fits
        styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;",
                Math.max(MIN_FONT_PX, Math.min(MAX_FONT_PX, getHeight() / LINES_TALL))), heightProperty()));
        setAlignment(Pos.CENTER);
        setId("keyMap");
        getStyleClass().add("key-map-shade");
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                close.run();
                event.consume();
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                done.requestFocus();
            }
        });
    }
}
