package org.hurdleboard.ui.common;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
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

    public KeyMap(Messages messages, Runnable close) {
        GridPane rows = new GridPane();
        rows.getStyleClass().add("key-map-rows");
        for (int i = 0; i < ROWS.length; i++) {
            Label keys = new Label(messages.get(ROWS[i][0]));
            keys.getStyleClass().add("key-map-keys");
            Label does = new Label(messages.get(ROWS[i][1]));
            does.setWrapText(true);
            rows.addRow(i, keys, does);
        }
        Label title = new Label(messages.get("keymap.title"));
        title.getStyleClass().add("key-map-title");
        Button done = new Button(messages.get("keymap.close"));
        done.setId("closeKeyMap");
        done.setCancelButton(true);
        done.setOnAction(event -> close.run());
        VBox card = new VBox(title, rows, done);
        card.getStyleClass().add("key-map");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        card.setAccessibleRole(AccessibleRole.DIALOG);
        card.setAccessibleText(messages.get("keymap.title"));
        getChildren().add(card);
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
