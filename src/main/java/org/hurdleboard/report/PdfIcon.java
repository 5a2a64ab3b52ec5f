package org.hurdleboard.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.hurdleboard.domain.IconShapes;

/**
 * Draws a category's icon ({@link IconShapes}: SVG path data on a 24-unit square) as PDF lines,
 * so the printed kit shows the same picture as the board. Understands the path commands the
 * icons use (M L H V C S A Z, absolute and relative); arcs become Bézier curves.
 */
final class PdfIcon {
    private static final Pattern TOKEN = Pattern.compile("[MmLlHhVvCcSsAaZz]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private final PDPageContentStream stream;
    private final float left;
    private final float top;
    private final float scale;
    private float x;
    private float y;
    private float startX;
    private float startY;
    private float lastControlX;
    private float lastControlY;

    private PdfIcon(PDPageContentStream stream, float left, float top, float size) {
        this.stream = stream;
        this.left = left;
        this.top = top;
        this.scale = size / 24;
    }

    /** Draws the named icon in a square of {@code size} whose top-left corner is at (left, top); nothing for no icon. */
    static void draw(PDPageContentStream stream, String name, float left, float top, float size, Color colour)
            throws IOException {
        String path = IconShapes.path(name).orElse(null);
        if (path == null) {
            return;
        }
        stream.saveGraphicsState();
        stream.setStrokingColor(colour);
        stream.setLineWidth(2.2f * size / 24);
        stream.setLineCapStyle(1);
        stream.setLineJoinStyle(1);
        new PdfIcon(stream, left, top, size).trace(path);
        stream.stroke();
        stream.restoreGraphicsState();
    }

    private void trace(String path) throws IOException {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(path);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        char command = 'M';
        int i = 0;
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (Character.isLetter(token.charAt(0))) {
                command = token.charAt(0);
                i++;
                if (Character.toUpperCase(command) == 'Z') {
                    stream.closePath();
                    x = startX;
                    y = startY;
                    continue;
                }
            }
            int count = switch (Character.toUpperCase(command)) {
                case 'H', 'V' -> 1;
                case 'M', 'L' -> 2;
                case 'S' -> 4;
                case 'C' -> 6;
                case 'A' -> 7;
                default -> throw new IllegalArgumentException("unknown path command " + command);
            };
            float[] n = new float[count];
            for (int k = 0; k < count; k++) {
                n[k] = Float.parseFloat(tokens.get(i++));
            }
            segment(command, n);
            // after a move, more pairs of numbers are lines
            if (command == 'M') {
                command = 'L';
            } else if (command == 'm') {
                command = 'l';
            }
        }
    }

    private void segment(char command, float[] n) throws IOException {
        boolean relative = Character.isLowerCase(command);
        float dx = relative ? x : 0;
        float dy = relative ? y : 0;
        switch (Character.toUpperCase(command)) {
            case 'M' -> {
                x = n[0] + dx;
                y = n[1] + dy;
                startX = x;
                startY = y;
                stream.moveTo(px(x), py(y));
            }
            case 'L' -> lineTo(n[0] + dx, n[1] + dy);
            case 'H' -> lineTo(n[0] + dx, y);
            case 'V' -> lineTo(x, n[0] + dy);
            case 'C' -> curveTo(n[0] + dx, n[1] + dy, n[2] + dx, n[3] + dy, n[4] + dx, n[5] + dy);
            // the first control point mirrors the last curve's second one
            case 'S' -> curveTo(2 * x - lastControlX, 2 * y - lastControlY, n[0] + dx, n[1] + dy, n[2] + dx,
                    n[3] + dy);
            case 'A' -> arc(n[0], n[1], n[3] != 0, n[4] != 0, n[5] + dx, n[6] + dy);
            default -> throw new IllegalArgumentException("unknown path command " + command);
        }
        if ("CcSs".indexOf(command) < 0) {
            lastControlX = x;
            lastControlY = y;
        }
    }

    private void lineTo(float toX, float toY) throws IOException {
        x = toX;
        y = toY;
        stream.lineTo(px(x), py(y));
    }

    private void curveTo(float x1, float y1, float x2, float y2, float toX, float toY) throws IOException {
        stream.curveTo(px(x1), py(y1), px(x2), py(y2), px(toX), py(toY));
        lastControlX = x2;
        lastControlY = y2;
        x = toX;
        y = toY;
    }

    /** An elliptical arc without rotation (the icons use none), from the SVG endpoint form to its centre. */
    private void arc(float rx, float ry, boolean large, boolean sweep, float toX, float toY) throws IOException {
        double x1 = (x - toX) / 2.0;
        double y1 = (y - toY) / 2.0;
        double a = Math.abs(rx);
        double b = Math.abs(ry);
        double lambda = x1 * x1 / (a * a) + y1 * y1 / (b * b);
        if (lambda > 1) {
            a *= Math.sqrt(lambda);
            b *= Math.sqrt(lambda);
        }
        double numerator = a * a * b * b - a * a * y1 * y1 - b * b * x1 * x1;
        double root = Math.sqrt(Math.max(0, numerator / (a * a * y1 * y1 + b * b * x1 * x1)));
        double sign = large == sweep ? -1 : 1;
        double cx = sign * root * a * y1 / b + (x + toX) / 2.0;
        double cy = -sign * root * b * x1 / a + (y + toY) / 2.0;
        double start = Math.atan2((y - cy) / b, (x - cx) / a);
        double end = Math.atan2((toY - cy) / b, (toX - cx) / a);
        double extent = end - start;
        if (sweep && extent < 0) {
            extent += 2 * Math.PI;
        } else if (!sweep && extent > 0) {
            extent -= 2 * Math.PI;
        }
        int pieces = (int) Math.ceil(Math.abs(extent) / (Math.PI / 2) - 1e-9);
        double step = extent / Math.max(1, pieces);
        // a quarter circle or less is one Bézier curve with control points k along the tangents
        double k = 4.0 / 3 * Math.tan(step / 4);
        double angle = start;
        for (int p = 0; p < pieces; p++) {
            double next = angle + step;
            double cos1 = Math.cos(angle);
            double sin1 = Math.sin(angle);
            double cos2 = Math.cos(next);
            double sin2 = Math.sin(next);
            curveTo((float) (cx + a * (cos1 - k * sin1)), (float) (cy + b * (sin1 + k * cos1)),
                    (float) (cx + a * (cos2 + k * sin2)), (float) (cy + b * (sin2 - k * cos2)),
                    (float) (cx + a * cos2), (float) (cy + b * sin2));
            angle = next;
        }
        x = toX;
        y = toY;
    }

    private float px(float iconX) {
        return left + iconX * scale;
    }

    /** The icon's y grows downwards, the page's upwards. */
    private float py(float iconY) {
        return top - iconY * scale;
    }
}
