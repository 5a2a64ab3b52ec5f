package org.hurdleboard.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text, tables and bars out on A4 pages from the top down, starting a page when one is
 * full, in the bundled font ({@link PdfText}).
 */
final class PdfCanvas implements AutoCloseable {
    static final float MARGIN = 50;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - MARGIN;
    /** Leaves room at the bottom for the page number. */
    private static final float BOTTOM = MARGIN + 20;

    enum Align { LEFT, RIGHT }

    record Column(float width, Align align) {
    }

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PdfText fonts;
    private PDPageContentStream stream;
    private float y;

    PdfCanvas(PDDocument document) throws IOException {
        this.document = document;
        this.fonts = new PdfText(document);
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        newPage();
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
    }

    void heading(String text, float size) throws IOException {
        space(size * 0.6f);
        paragraph(text, size, true);
        space(size * 0.3f);
    }

    void paragraph(String text, float size, boolean isBold) throws IOException {
        PDType0Font font = isBold ? bold : regular;
        for (String line : fonts.wrap(fonts.drawableText(font, text), font, size, WIDTH)) {
            ensureRoom(size * 1.3f);
            write(font, size, MARGIN, line);
            y -= size * 1.3f;
        }
        space(size * 0.4f);
    }

    void space(float height) {
        y -= height;
    }

    /** A table cell: an optional bold lead (a hurdle's title) on its own lines, then plain text. */
    record Cell(String lead, String text) {
        static Cell plain(String text) {
            return new Cell("", text);
        }
    }

    private record Line(String text, PDType0Font font) {
    }

    /** A row of one font: a header row in bold, or a plain row. */
    void row(List<Column> columns, List<String> cells, float size, boolean isBold) throws IOException {
        row(columns, cells.stream().map(cell -> isBold ? new Cell(cell, "") : Cell.plain(cell)).toList(), size);
    }

    /** A table row; a row too tall for one page continues on the next. */
    void row(List<Column> columns, List<Cell> cells, float size) throws IOException {
        float leading = size * 1.3f;
        List<List<Line>> lines = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < columns.size(); i++) {
            float room = columns.get(i).width() - 6;
            List<Line> cellLines = new ArrayList<>();
            Cell cell = cells.get(i);
            if (!cell.lead().isEmpty()) {
                fonts.wrap(fonts.drawableText(bold, cell.lead()), bold, size, room)
                        .forEach(line -> cellLines.add(new Line(line, bold)));
            }
            if (!cell.text().isEmpty() || cellLines.isEmpty()) {
                fonts.wrap(fonts.drawableText(regular, cell.text()), regular, size, room)
                        .forEach(line -> cellLines.add(new Line(line, regular)));
            }
            lines.add(cellLines);
            height = Math.max(height, cellLines.size());
        }
        if (height * leading <= TOP - BOTTOM) {
            ensureRoom(height * leading + 4);
        }
        for (int line = 0; line < height; line++) {
            ensureRoom(leading);
            float x = MARGIN;
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (line < lines.get(i).size()) {
                    Line text = lines.get(i).get(line);
                    float textX = column.align() == Align.RIGHT
                            ? x + column.width() - 6 - fonts.width(text.font(), size, text.text()) : x;
                    write(text.font(), size, textX, text.text());
                }
                x += column.width();
            }
            y -= leading;
        }
        stream.setStrokingColor(new Color(0xd0, 0xd7, 0xde));
        stream.moveTo(MARGIN, y - 3);
        stream.lineTo(MARGIN + WIDTH, y - 3);
        stream.stroke();
        y -= 6;
    }

    /** One bar of a chart: a label, a coloured bar of the given length, and a value after it. */
    void bar(String label, float length, Color colour, String value, float size) throws IOException {
        ensureRoom(size * 1.8f);
        float labelWidth = 170;
        String shortLabel = fonts.fit(fonts.drawableText(regular, label), regular, size, labelWidth - 6);
        write(regular, size, MARGIN, shortLabel);
        stream.setNonStrokingColor(colour);
        stream.setStrokingColor(Color.BLACK);
        stream.addRect(MARGIN + labelWidth, y - size - 2, length, size * 1.2f);
        stream.fillAndStroke();
        stream.setNonStrokingColor(Color.BLACK);
        write(regular, size, MARGIN + labelWidth + length + 6, fonts.drawableText(regular, value));
        y -= size * 1.8f;
    }

    private void ensureRoom(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** Draws one line with its top at the cursor; the caller moves the cursor down. */
    private void write(PDType0Font font, float size, float x, String text) throws IOException {
        PdfText.show(stream, font, size, x, y - size, text);
    }

    /** Numbers each page "Page n of m" once every page exists. */
    void numberPages(ReportText text) throws IOException {
        closeStream();
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = fonts.drawableText(regular, text.get("report.page", i + 1, count));
                footer.beginText();
                footer.setFont(regular, 9);
                footer.newLineAtOffset(MARGIN + WIDTH - fonts.width(regular, 9, label), MARGIN);
                footer.showText(label);
                footer.endText();
            }
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
