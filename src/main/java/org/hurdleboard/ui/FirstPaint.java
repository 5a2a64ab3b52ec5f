package org.hurdleboard.ui;

import java.util.Arrays;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Runs something once a node has really been drawn, for work that must not delay the first window. */
public final class FirstPaint {
    private FirstPaint() {
    }

    /**
     * Runs the action on the FX thread once a node the selector finds has been painted; a list
     * separated by commas ("#board, .start-screen") waits for whichever comes first. The node is in
     * the scene, and has its size, after one layout pulse; the frame drawn from that pulse is done
     * once the next pulse starts.
     */
    public static void then(Scene scene, String selector, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean found;

            @Override
            public void run() {
                if (!found) {
                    found = Arrays.stream(selector.split(",")).map(one -> scene.lookup(one.strip()))
                            .anyMatch(FirstPaint::laidOut);
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        });
        Platform.requestNextPulse();
    }

    /** In the scene and given its size: a node added but not yet laid out is not drawn yet. */
    private static boolean laidOut(Node node) {
        return node != null && node.getLayoutBounds().getWidth() > 0 && node.getLayoutBounds().getHeight() > 0;
    }
}
