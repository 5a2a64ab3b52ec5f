package org.hurdleboard.ui.board;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps the keyboard on the board. When the focused node leaves the screen (a view switched, a
 * strip closed) JavaFX hands the focus to the next control, often Undo; when a dialog closes it
 * goes back to the menu or button that opened it. Either way one habitual Space or Enter would
 * then change the workshop. So whenever that happens the keyboard goes back to the board instead,
 * unless it is in a text field, where typing is expected.
 */
final class BoardFocus {
    private final Parent root;
    private final Runnable focusBoard;
    private final ChangeListener<Node> focusMoved = (obs, old, now) -> {
        if (old != null && !isShown(old) && !(now instanceof TextInputControl)) {
            later();
        }
    };
    private final ListChangeListener<Window> windowsChanged = change -> {
        while (change.next()) {
            if (change.getRemoved().stream().anyMatch(this::isOurDialog)) {
                later();
            }
        }
    };

    private BoardFocus(Parent root, Runnable focusBoard) {
        this.root = root;
        this.focusBoard = focusBoard;
    }

    /** Watches the screen under root, while it is in a window, and calls focusBoard when the keyboard is astray. */
    static void keep(Parent root, Runnable focusBoard) {
        BoardFocus focus = new BoardFocus(root, focusBoard);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focus.focusMoved);
                Window.getWindows().removeListener(focus.windowsChanged);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focus.focusMoved);
                Window.getWindows().addListener(focus.windowsChanged);
            }
        });
    }

    /** After the scene has finished moving the focus itself. */
    private void later() {
        Platform.runLater(() -> {
            Scene scene = root.getScene();
            if (scene != null && !(scene.getFocusOwner() instanceof TextInputControl)) {
                focusBoard.run();
            }
        });
    }

    /** A dialog of this window (a stage it owns), not a menu's or a tooltip's popup. */
    private boolean isOurDialog(Window window) {
        Scene scene = root.getScene();
        return window instanceof Stage stage && scene != null && stage.getOwner() == scene.getWindow();
    }

    private static boolean isShown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
