package org.hurdleboard.ui.phones;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.VLineTo;

/**
 * A QR code as large as its place allows, in whole pixels a module so a phone's camera reads it
 * sharp. Its colours are the style sheet's ({@code .qr-code}, {@code .qr-modules}): dark on light
 * whatever the theme, since cameras read dark modules on a light quiet zone.
 */
final class QrPicture extends Region {
    private final Path modules = new Path();
    private final QrMatrix.Maker maker;
    private QrMatrix matrix;
    private double drawnSide = -1;

    QrPicture(ObservableStringValue link, QrMatrix.Maker maker, String description) {
        this.maker = maker;
        getStyleClass().add("qr-code");
        modules.getStyleClass().add("qr-modules");
        modules.setStroke(null);
        modules.setManaged(false);
        getChildren().add(modules);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(description);
        link.addListener((obs, old, now) -> show(now));
        show(link.get());
    }

    private void show(String link) {
        matrix = link == null || link.isEmpty() ? null : maker.of(link);
        // the link drawn, for a test's phone to follow as a camera would; never shown as text
        setUserData(link);
        drawnSide = -1;
        requestLayout();
    }

    /** The matrix drawn, for tests; null while there is no link. */
    QrMatrix matrix() {
        return matrix;
    }

    @Override
    protected void layoutChildren() {
        double side = Math.min(getWidth(), getHeight());
        if (side != drawnSide) {
            drawnSide = side;
            draw(side);
        }
    }

    /** One closed square a dark module, each a whole number of pixels, centred in the region. */
    private void draw(double side) {
        modules.getElements().clear();
        setVisible(matrix != null);
        if (matrix == null) {
            return;
        }
        int count = matrix.size();
        int module = (int) Math.floor(side / count);
        if (module < 1) {
            return;
        }
        double left = Math.floor((getWidth() - module * count) / 2);
        double top = Math.floor((getHeight() - module * count) / 2);
        for (int y = 0; y < count; y++) {
            for (int x = 0; x < count; x++) {
                if (matrix.isDark(x, y)) {
                    double px = left + x * module;
                    double py = top + y * module;
                    modules.getElements().addAll(new MoveTo(px, py), new HLineTo(px + module),
                            new VLineTo(py + module), new HLineTo(px), new ClosePath());
                }
            }
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 240;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 240;
    }
}
