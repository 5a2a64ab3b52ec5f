package org.hurdleboard.ui.common;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A toolbar of two groups: the first at the left and the second at the right while both fit on
 * one row, the second on a row of its own under the first when they do not (a 1024 px laptop).
 * Every control keeps its whole text, where one squeezed row cut them all to "...".
 */
public final class TwoRowBar extends Region {
    private final HBox first;
    private final HBox second;

    public TwoRowBar(HBox first, HBox second) {
        this.first = first;
        this.second = second;
        getChildren().addAll(first, second);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private boolean oneRow(double width) {
        double room = width - snappedLeftInset() - snappedRightInset();
        return width < 0 || first.prefWidth(-1) + gap() + second.prefWidth(-1) <= room;
    }

    private double gap() {
        return snapSpaceX(first.getSpacing());
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.max(first.minWidth(-1), second.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + first.prefWidth(-1) + gap() + second.prefWidth(-1);
    }

    @Override
    protected double computePrefHeight(double width) {
        double rows = oneRow(width) ? Math.max(first.prefHeight(-1), second.prefHeight(-1))
                : first.prefHeight(-1) + snapSpaceY(first.getSpacing()) + second.prefHeight(-1);
        return snappedTopInset() + snappedBottomInset() + rows;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        if (oneRow(getWidth())) {
            double secondWidth = snapSizeX(second.prefWidth(-1));
            layoutInArea(first, left, top, width - secondWidth - gap(), height, 0, Insets.EMPTY, true, true,
                    HPos.LEFT, VPos.CENTER);
            layoutInArea(second, left + width - secondWidth, top, secondWidth, height, 0, Insets.EMPTY, true, true,
                    HPos.LEFT, VPos.CENTER);
        } else {
            double firstHeight = snapSizeY(first.prefHeight(-1));
            layoutInArea(first, left, top, width, firstHeight, 0, Insets.EMPTY, true, true, HPos.LEFT, VPos.CENTER);
            double below = top + firstHeight + snapSpaceY(first.getSpacing());
            layoutInArea(second, left, below, width, second.prefHeight(-1), 0, Insets.EMPTY, true, true,
                    HPos.LEFT, VPos.CENTER);
        }
    }
}
