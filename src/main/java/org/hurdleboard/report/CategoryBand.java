package org.hurdleboard.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.IconShapes;

/**
 * A category's band across the top of a printed card or divider: its colour as on the board, its
 * icon and its name in the darker or lighter of two inks, whichever stands out more, outlined so
 * the band still shows on a black-and-white printer, where only its lightness is left.
 */
final class CategoryBand {
    static final Color DARK = new Color(0x0f, 0x14, 0x19);
    static final Color LIGHT = Color.WHITE;

    private CategoryBand() {
    }

    static Color colour(Category category) {
        return Color.decode(CategoryColours.hex(category.colour()));
    }

    /** The ink for text on a colour: the one with the higher contrast, which greyscale keeps. */
    static Color ink(Color background) {
        return contrast(background, DARK) >= contrast(background, LIGHT) ? DARK : LIGHT;
    }

    /** WCAG contrast ratio, from relative luminance: what a greyscale print keeps of a colour. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The band's height for a name in {@code size} points across {@code width}. */
    static float height(PdfText fonts, Category category, float size, float width) throws IOException {
        return lines(fonts, category, size, width).size() * size * 1.25f + size * 0.7f;
    }

    /** Draws the band with its top at {@code top}; returns its bottom. */
    static float draw(PDPageContentStream stream, PdfText fonts, Category category, float left, float top,
                      float width, float size) throws IOException {
        float height = height(fonts, category, size, width);
        Color fill = colour(category);
        stream.saveGraphicsState();
        stream.setNonStrokingColor(fill);
        stream.setStrokingColor(DARK);
        stream.setLineWidth(Math.max(0.5f, size / 16));
        stream.addRect(left, top - height, width, height);
        stream.fillAndStroke();
        Color ink = ink(fill);
        float icon = iconSize(category, size);
        PdfIcon.draw(stream, category.icon(), left + size * 0.4f, top - (height - icon) / 2, icon, ink);
        stream.setNonStrokingColor(ink);
        float baseline = top - size * 0.35f - size * 0.95f;
        for (String line : lines(fonts, category, size, width)) {
            PdfText.show(stream, fonts.bold(), size, left + textIndent(category, size), baseline, line);
            baseline -= size * 1.25f;
        }
        stream.restoreGraphicsState();
        return top - height;
    }

    private static List<String> lines(PdfText fonts, Category category, float size, float width) throws IOException {
        PDType0Font bold = fonts.bold();
        return fonts.wrap(fonts.drawableText(bold, category.name()), bold, size,
                width - textIndent(category, size) - size * 0.4f);
    }

    private static float iconSize(Category category, float size) {
        return IconShapes.path(category.icon()).isPresent() ? size * 1.2f : 0;
    }

    private static float textIndent(Category category, float size) {
        float icon = iconSize(category, size);
        return size * 0.4f + (icon == 0 ? 0 : icon + size * 0.4f);
    }
}
