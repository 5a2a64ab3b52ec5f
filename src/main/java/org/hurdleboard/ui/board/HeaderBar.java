package org.hurdleboard.ui.board;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The header's row, which never needs more room than the window has: when the window is narrow
 * (1024 px, a projector beside it), the buttons a facilitator needs least fold away, first to
 * last, and come back as items in the Workshop menu. The row's minimum width leaves them out, so
 * a row that does not fit can no longer push the whole board wider than the window, where its
 * right side (the voting column) was cut off and every change of the totals re-fitted the board.
 * One child grows (the workshop's titles): it takes what is left, down to its minimum.
 */
final class HeaderBar extends HBox {
    private final List<Foldable> foldables = new ArrayList<>();
    private final Set<Node> foldableControls = new HashSet<>();

    /** A button that folds into {@code inMenu} when the row is short of room, while {@code wanted} holds. */
    private record Foldable(Node control, MenuItem inMenu, ObservableBooleanValue wanted) {
    }

    HeaderBar(Node... children) {
        super(children);
    }

    /**
     * Makes a control foldable, after those already made so (which fold before it). The row shows
     * it, and its menu item is hidden, only while it is wanted and fits.
     */
    void foldable(Node control, MenuItem inMenu, ObservableBooleanValue wanted) {
        foldables.add(0, new Foldable(control, inMenu, wanted));
        foldableControls.add(control);
        control.managedProperty().bind(wanted);
        inMenu.setVisible(false);
        wanted.addListener((obs, was, now) -> requestLayout());
    }

    /** The controls that stay, with the growing one at its minimum: folded controls take no room. */
    @Override
    protected double computeMinWidth(double height) {
        double width = snappedLeftInset() + snappedRightInset();
        int shown = 0;
        for (Node child : getManagedChildren()) {
            if (!foldableControls.contains(child)) {
                width += snapSizeX(grows(child) ? child.minWidth(-1) : child.prefWidth(-1));
                shown++;
            }
        }
        return width + snapSpaceX(getSpacing()) * Math.max(0, shown - 1);
    }

    @Override
    protected void layoutChildren() {
        double spacing = snapSpaceX(getSpacing());
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        double needed = computeMinWidth(-1) - snappedLeftInset() - snappedRightInset();
        List<Node> folded = new ArrayList<>();
        // the least likely to fold first: once one does not fit, neither do those that fold before it
        boolean fits = true;
        for (Foldable foldable : foldables) {
            Node control = foldable.control();
            if (!foldable.wanted().get()) {
                // out of the row altogether (presenting): it neither takes room nor folds the others
                control.setVisible(false);
                foldable.inMenu().setVisible(false);
                continue;
            }
            double width = snapSizeX(control.prefWidth(-1)) + spacing;
            fits = fits && needed + width <= room;
            if (fits) {
                needed += width;
            } else {
                folded.add(control);
            }
            control.setVisible(fits);
            foldable.inMenu().setVisible(!fits);
        }
        double x = snappedLeftInset();
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        double extra = Math.max(0, room - needed);
        for (Node child : getManagedChildren()) {
            if (folded.contains(child)) {
                child.resizeRelocate(x, top, 0, 0);
                continue;
            }
            // whole pixels, as HBox lays out: a button at a fractional x left a stale column of pixels
            double width = snapSizeX(grows(child) ? child.minWidth(-1) + extra : child.prefWidth(-1));
            layoutInArea(child, x, top, width, height, 0, Insets.EMPTY, true, isFillHeight(), HPos.LEFT, VPos.CENTER);
            x += width + spacing;
        }
    }

    private static boolean grows(Node child) {
        return getHgrow(child) == Priority.ALWAYS;
    }
}
