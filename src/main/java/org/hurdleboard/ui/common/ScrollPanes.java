package org.hurdleboard.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scroll panes that draw their view afresh rather than from a bitmap of it. JavaFX's scroll pane
 * keeps its whole view as one bitmap: every change inside (a vote, a letter typed) redraws all of
 * it, and each pane's bitmap (8 MB for a full HD window) goes to a pool that keeps it after the pane
 * is gone: after a workshop closed and opened four times, five of them held 42 MB of a 90 MB heap.
 * Measured with software rendering (as on remote desktops), 1,000 votes on the board took about
 * 15% less CPU time without the bitmap.
 */
public final class ScrollPanes {
    private ScrollPanes() {
    }

    /** A scroll pane around {@code content} (which may be null, to set later) with no bitmap of its view. */
    public static ScrollPane uncached(Node content) {
        ScrollPane pane = content == null ? new ScrollPane() : new ScrollPane(content);
        // the view is made with the pane's skin, in its first pulse on screen
        pane.skinProperty().addListener((obs, old, skin) -> dropViewBitmap(pane));
        return pane;
    }

    private static void dropViewBitmap(ScrollPane pane) {
        Node view = pane.lookup(".viewport");
        if (view != null) {
            view.setCache(false);
        }
    }
}
