package org.hurdleboard.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled font (Atkinson Hyperlegible Next, regular and bold) embedded in one PDF, and the
 * measuring every PDF the app writes needs: widths, wrapping, cutting short. Text the font cannot
 * draw (emoji, scripts it lacks) becomes a question mark rather than failing the file.
 */
final class PdfText {
    private static final char MISSING = '?';

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<PDType0Font, Map<Integer, Boolean>> drawable = new HashMap<>();
    private final Map<PDType0Font, Map<Integer, Float>> widths = new HashMap<>();

    PdfText(PDDocument document) throws IOException {
        this.regular = font(document, "AtkinsonHyperlegibleNext-Regular.ttf");
        this.bold = font(document, "AtkinsonHyperlegibleNext-Bold.ttf");
    }

    private static PDType0Font font(PDDocument document, String name) throws IOException {
        try (InputStream in = PdfText.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the application");
            }
            // embedded as a subset: only the letters used travel with the file
            return PDType0Font.load(document, in, true);
        }
    }

    PDType0Font regular() {
        return regular;
    }

    PDType0Font bold() {
        return bold;
    }

    PDType0Font font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** Draws one line with its baseline at {@code baseline}; the text must already be drawable. */
    static void show(PDPageContentStream stream, PDType0Font font, float size, float x, float baseline, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    /** The text with white space and control characters as spaces, and letters the font lacks as {@code ?}. */
    String drawableText(PDType0Font font, String text) {
        Map<Integer, Boolean> known = drawable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (known.computeIfAbsent(codePoint, cp -> canDraw(font, cp))) {
                out.appendCodePoint(codePoint);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private static boolean canDraw(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    float width(PDType0Font font, float size, String text) throws IOException {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += glyphWidth(font, codePoint);
            i += Character.charCount(codePoint);
        }
        return units / 1000 * size;
    }

    /** Widths are looked up once per letter: long texts are measured letter by letter. */
    private float glyphWidth(PDType0Font font, int codePoint) throws IOException {
        Map<Integer, Float> known = widths.computeIfAbsent(font, f -> new HashMap<>());
        Float width = known.get(codePoint);
        if (width == null) {
            width = font.getStringWidth(new String(Character.toChars(codePoint)));
            known.put(codePoint, width);
        }
        return width;
    }

    /** Lines no wider than {@code max}; a word longer than a line is broken where it must be. */
    List<String> wrap(String text, PDType0Font font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = width(font, size, " ");
        for (String word : text.split(" ", -1)) {
            float wordWidth = width(font, size, word);
            float needed = line.length() == 0 ? wordWidth : lineWidth + space + wordWidth;
            if (needed <= max) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
                lineWidth = needed;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            for (int i = 0; i < word.length(); ) {
                int codePoint = word.codePointAt(i);
                float letter = glyphWidth(font, codePoint) / 1000 * size;
                if (lineWidth + letter > max && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.appendCodePoint(codePoint);
                lineWidth += letter;
                i += Character.charCount(codePoint);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text cut short with an ellipsis where it would be wider than {@code max}. */
    String fit(String text, PDType0Font font, float size, float max) throws IOException {
        if (width(font, size, text) <= max) {
            return text;
        }
        String ellipsis = drawableText(font, "\u2026");
        float room = max - width(font, size, ellipsis);
        StringBuilder fitted = new StringBuilder();
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            used += glyphWidth(font, codePoint) / 1000 * size;
            if (used > room) {
                break;
            }
            fitted.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        return fitted + ellipsis;
    }
}
