package org.hurdleboard.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Gives a screen's first control the keyboard once it is on screen. A node inside a scroll pane
 * joins the scene only when the pane's skin is made, in the first pulse after the screen is
 * shown, so this waits for the node's own scene rather than the screen's.
 */
public final class InitialFocus {
    private InitialFocus() {
    }

    public static void whenShown(Node node) {
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }
}
