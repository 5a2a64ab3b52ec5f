package org.hurdleboard.ui;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.hurdleboard.ui.common.KeyMap;
import org.hurdleboard.ui.common.Messages;

/**
 * What the window lays over whatever screen it shows: the key map ({@code ?}), the blacked-out
 * screen (B) and the one-sentence notice of an unexpected error. Each gives the keyboard back
 * where it was when it closes, and goes when the screen under it is replaced.
 */
final class Overlays {
    private final StackPane root;
    private final Overlay keyMap = new Overlay();
    private final Overlay blank = new Overlay();

    Overlays(StackPane root) {
        this.root = root;
    }

    /** The screen under them was replaced, and they with it. */
    void forget() {
        keyMap.forget();
        blank.forget();
    }

    /**
     * Blacks the screen out, as B does in presentation software, while the room talks; B, Esc or
     * a click brings the board back exactly as it was.
     */
    void toggleBlank(Messages messages) {
        if (blank.isShown()) {
            blank.close();
            return;
        }
        StackPane black = new StackPane();
        black.setId("blankScreen");
        black.getStyleClass().add("blank-screen");
        black.setFocusTraversable(true);
        black.setAccessibleText(messages.get("blank.accessible"));
        black.setOnMouseClicked(event -> blank.close());
        black.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                blank.close();
            }
            event.consume();
        });
        blank.show(black);
        black.requestFocus();
    }

    /** Shows the key map over the current screen, or closes it, giving focus back where it was. */
    void toggleKeyMap(Messages messages) {
        if (keyMap.isShown()) {
            keyMap.close();
        } else {
            keyMap.show(new KeyMap(messages, keyMap::close));
        }
    }

    /** A layer over the current screen (the key map, the blacked-out screen) that gives focus back when it closes. */
    private final class Overlay {
        private Node layer;
        private Node focusBefore;

        boolean isShown() {
            return layer != null;
        }

        void show(Node newLayer) {
            focusBefore = root.getScene() == null ? null : root.getScene().getFocusOwner();
            layer = newLayer;
            root.getChildren().add(layer);
        }

        void close() {
            root.getChildren().remove(layer);
            layer = null;
            if (focusBefore != null) {
                focusBefore.requestFocus();
            }
        }

        /** The screen under it was replaced, and the layer with it. */
        void forget() {
            layer = null;
            focusBefore = null;
        }
    }


    /**
     * The one sentence the facilitator sees when something failed that nothing else handled (the
     * details are in the log): over the screen, not in the way, until dismissed or the screen changes.
     */
    void unexpectedError(Messages messages) {
        root.getChildren().removeIf(node -> "unexpectedError".equals(node.getId()));
        Label sentence = new Label(messages.get("app.unexpectedError"));
        sentence.getStyleClass().add("save-error-text");
        sentence.setWrapText(true);
        Button close = new Button(messages.get("app.unexpectedError.close"));
        close.setId("closeUnexpectedError");
        HBox notice = new HBox(sentence, close);
        notice.setId("unexpectedError");
        notice.getStyleClass().add("save-error-banner");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.setAccessibleRole(AccessibleRole.TEXT);
        notice.setAccessibleText(sentence.getText());
        notice.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(notice, Pos.BOTTOM_CENTER);
        close.setOnAction(event -> root.getChildren().remove(notice));
        root.getChildren().add(notice);
    }
}
