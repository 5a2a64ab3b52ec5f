package org.hurdleboard.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A page cut into equal pieces (cards, dividers, ballot slips), with light cut marks where the
 * cuts go: short ticks in the margins and a small cross where cuts meet, never over the pieces'
 * text. Pieces are filled from the top left, row by row.
 */
final class KitSheet {
    private static final Color CUT_MARK = new Color(0xb0, 0xb0, 0xb0);
    /** Printers leave a margin unprinted: ticks start inside it and stop short of the text. */
    private static final float TICK_FROM = 6;
    private static final float TICK_TO = 18;
    private static final float CROSS = 6;

    private final PDDocument document;
    private final PDRectangle paper;
    private final int columns;
    private final int rows;

    KitSheet(PDDocument document, PDRectangle paper, int columns, int rows) {
        this.document = document;
        this.paper = paper;
        this.columns = columns;
        this.rows = rows;
    }

    /** Cards a page: 1 the whole page, 2 one above the other, 4 two by two. */
    static KitSheet forCards(PDDocument document, PDRectangle paper, int perPage) {
        return switch (perPage) {
            case 1 -> new KitSheet(document, paper, 1, 1);
            case 2 -> new KitSheet(document, paper, 1, 2);
            default -> new KitSheet(document, paper, 2, 2);
        };
    }

    int perPage() {
        return columns * rows;
    }

    /** The pieces of a page, top left first, each as its cut lines. */
    List<PDRectangle> pieces() {
        float width = paper.getWidth() / columns;
        float height = paper.getHeight() / rows;
        List<PDRectangle> pieces = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                pieces.add(new PDRectangle(column * width, paper.getHeight() - (row + 1) * height, width, height));
            }
        }
        return pieces;
    }

    /** A new page with its cut marks, open for drawing; the caller closes the stream. */
    PDPageContentStream newPage() throws IOException {
        PDPage page = new PDPage(paper);
        document.addPage(page);
        PDPageContentStream stream = new PDPageContentStream(document, page);
        if (perPage() > 1) {
            cutMarks(stream);
        }
        return stream;
    }

    private void cutMarks(PDPageContentStream stream) throws IOException {
        stream.saveGraphicsState();
        stream.setStrokingColor(CUT_MARK);
        stream.setLineWidth(0.5f);
        float w = paper.getWidth();
        float h = paper.getHeight();
        for (int column = 1; column < columns; column++) {
            float x = w * column / columns;
            line(stream, x, h - TICK_FROM, x, h - TICK_TO);
            line(stream, x, TICK_FROM, x, TICK_TO);
        }
        for (int row = 1; row < rows; row++) {
            float y = h * row / rows;
            line(stream, TICK_FROM, y, TICK_TO, y);
            line(stream, w - TICK_FROM, y, w - TICK_TO, y);
            for (int column = 1; column < columns; column++) {
                float x = w * column / columns;
                line(stream, x - CROSS, y, x + CROSS, y);
                line(stream, x, y - CROSS, x, y + CROSS);
            }
        }
        stream.stroke();
        stream.restoreGraphicsState();
    }

    private static void line(PDPageContentStream stream, float x1, float y1, float x2, float y2) throws IOException {
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
    }
}
