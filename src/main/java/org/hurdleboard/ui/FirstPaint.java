package org.hurdleboard.ui;

import java.util.Arrays;
import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once a node has really been drawn, for work that must not delay the first window. */
public final class FirstPaint {
    private FirstPaint() {
    }

    /**
     * Runs the action on the FX thread once a node the selector finds has been painted; a list
     * separated by commas ("#board, .start-screen") waits for whichever comes first. The node is in
     * the scene after one layout pulse; the frame drawn from that pulse is done once the next pulse
     * starts.
     */
    public static void then(Scene scene, String selector, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean found;

            @Override
            public void run() {
                if (!found) {
                    found = Arrays.stream(selector.split(",")).anyMatch(one -> scene.lookup(one.strip()) != null);
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        });
        Platform.requestNextPulse();
    }
}
