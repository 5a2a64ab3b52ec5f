package org.hurdleboard.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;

/**
 * A divider for the wall, one per category, the size of a card: a thick border and a deep band in
 * the category's colour with its icon and name, and the numbers of its cards ("Cards 1–10, 51"),
 * so the room can put each card under its heading.
 */
final class DividerFace {
    private final PdfText fonts;
    private final CardFace.Sizes sizes;

    DividerFace(PdfText fonts, CardFace.Sizes sizes) {
        this.fonts = fonts;
        this.sizes = sizes;
    }

    /** {@code label} says what the numbers are ("Cards"); {@code numbers} are the runs, drawn large. */
    void draw(PDPageContentStream stream, PDRectangle piece, Category category, String label, String numbers,
              String deckTitle) throws IOException {
        float margin = sizes.margin();
        float border = sizes.band() / 3;
        stream.saveGraphicsState();
        stream.setStrokingColor(CategoryBand.colour(category));
        stream.setLineWidth(border);
        stream.addRect(piece.getLowerLeftX() + margin - border, piece.getLowerLeftY() + margin - border,
                piece.getWidth() - 2 * (margin - border), piece.getHeight() - 2 * (margin - border));
        stream.stroke();
        stream.restoreGraphicsState();
        float left = piece.getLowerLeftX() + margin + border;
        float width = piece.getWidth() - 2 * (margin + border);
        float top = piece.getUpperRightY() - margin - border;
        float bottom = piece.getLowerLeftY() + margin + border + sizes.credit() * 2;
        float bandBottom = CategoryBand.draw(stream, fonts, category, left, top, width, sizes.number() / 2);

        PDType0Font bold = fonts.bold();
        PDType0Font regular = fonts.regular();
        stream.setNonStrokingColor(CategoryBand.DARK);
        float labelSize = sizes.statement();
        float baseline = bandBottom - labelSize - labelSize * 0.95f;
        PdfText.show(stream, regular, labelSize, left, baseline,
                fonts.fit(fonts.drawableText(regular, label), regular, labelSize, width));
        String text = fonts.drawableText(bold, numbers);
        float room = baseline - labelSize * 0.6f - bottom;
        float size = sizes.number();
        List<String> lines = fonts.wrap(text, bold, size, width);
        // a category with very many cards gets smaller numbers, never numbers off the divider
        while (size > sizes.statementFloor() && lines.size() * size * 1.2f > room) {
            size -= 0.5f;
            lines = fonts.wrap(text, bold, size, width);
        }
        baseline -= labelSize * 0.6f + size * 0.95f;
        int fits = Math.max(1, Math.min(lines.size(), (int) (room / (size * 1.2f))));
        for (String line : lines.subList(0, fits)) {
            PdfText.show(stream, bold, size, left, baseline, line);
            baseline -= size * 1.2f;
        }
        stream.setNonStrokingColor(new java.awt.Color(0x44, 0x4c, 0x56));
        PdfText.show(stream, regular, sizes.credit(), left, piece.getLowerLeftY() + margin + border + sizes.credit() * 0.6f,
                fonts.fit(fonts.drawableText(regular, deckTitle), regular, sizes.credit(), width));
    }

    /** The card numbers with runs joined: 1–10, 12, 51–52. */
    static String runs(List<Card> cards) {
        List<Integer> numbers = cards.stream().map(Card::number).sorted().toList();
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            parts.add(j == i ? String.valueOf(numbers.get(i))
                    : numbers.get(i) + (j == i + 1 ? ", " : "\u2013") + numbers.get(j));
            i = j + 1;
        }
        return String.join(", ", parts);
    }
}
