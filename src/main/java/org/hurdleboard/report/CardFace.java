package org.hurdleboard.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;

/**
 * One printed card: its category's band, its number large with the short title beside it, the
 * full statement, and the credit in small type at the foot. A long statement shrinks to fit,
 * then a long title, each down to a floor that is still readable; what is still too long is cut
 * short with an ellipsis and reported, never drawn outside the card.
 */
final class CardFace {
    /** Type sizes in points for a card of each size; the title is 24 pt or more at A5, for 3 metres. */
    record Sizes(float margin, float band, float number, float title, float titleFloor, float statement,
                 float statementFloor, float credit) {
        static Sizes forCards(int perPage) {
            return switch (perPage) {
                case 1 -> new Sizes(40, 24, 120, 44, 32, 36, 14, 11);
                case 2 -> new Sizes(28, 18, 80, 30, 24, 26, 11, 9);
                default -> new Sizes(20, 13, 56, 20, 16, 18, 8, 7);
            };
        }
    }

    private static final Color MUTED = new Color(0x44, 0x4c, 0x56);
    private static final float STEP = 0.5f;

    private final PdfText fonts;
    private final Sizes sizes;

    CardFace(PdfText fonts, Sizes sizes) {
        this.fonts = fonts;
        this.sizes = sizes;
    }

    /** Draws the card inside its cut lines; false when its text had to be cut short. */
    boolean draw(PDPageContentStream stream, PDRectangle piece, Category category, Card card, String credit)
            throws IOException {
        float left = piece.getLowerLeftX() + sizes.margin();
        float width = piece.getWidth() - 2 * sizes.margin();
        float top = piece.getUpperRightY() - sizes.margin();
        float bottom = piece.getLowerLeftY() + sizes.margin();
        float bandBottom = CategoryBand.draw(stream, fonts, category, left, top, width, sizes.band());

        PDType0Font bold = fonts.bold();
        PDType0Font regular = fonts.regular();
        String number = String.valueOf(card.number());
        float numberWidth = fonts.width(bold, sizes.number(), number);
        float titleLeft = left + numberWidth + sizes.number() * 0.2f;
        float titleWidth = left + width - titleLeft;
        List<String> creditLines = credit.isEmpty() ? List.of()
                : fonts.wrap(fonts.drawableText(regular, credit), regular, sizes.credit(), width);
        float creditTop = bottom + creditLines.size() * sizes.credit() * 1.25f;
        float blockTop = bandBottom - sizes.band() * 0.8f;
        float room = blockTop - creditTop - (creditLines.isEmpty() ? 0 : sizes.credit());

        String title = fonts.drawableText(bold, card.title());
        String statement = fonts.drawableText(regular, card.statement());
        Fit fit = fit(title, titleWidth, statement, width, room);

        stream.setNonStrokingColor(CategoryBand.DARK);
        PdfText.show(stream, bold, sizes.number(), left, blockTop - sizes.number() * 0.72f, number);
        float baseline = blockTop - fit.titleSize() * 0.75f;
        for (String line : fit.titleLines()) {
            PdfText.show(stream, bold, fit.titleSize(), titleLeft, baseline, line);
            baseline -= fit.titleSize() * 1.2f;
        }
        float statementTop = blockTop - headHeight(fit.titleLines().size(), fit.titleSize()) - fit.statementSize() * 0.6f;
        baseline = statementTop - fit.statementSize() * 0.95f;
        for (String line : fit.statementLines()) {
            PdfText.show(stream, regular, fit.statementSize(), left, baseline, line);
            baseline -= fit.statementSize() * 1.25f;
        }
        stream.setNonStrokingColor(MUTED);
        baseline = creditTop - sizes.credit() * 0.95f;
        for (String line : creditLines) {
            PdfText.show(stream, regular, sizes.credit(), left, baseline, line);
            baseline -= sizes.credit() * 1.25f;
        }
        return fit.whole();
    }

    private record Fit(float titleSize, List<String> titleLines, float statementSize, List<String> statementLines,
                       boolean whole) {
    }

    /** The statement shrinks first (it is read close up), then the title (read from across the room). */
    private Fit fit(String title, float titleWidth, String statement, float width, float room) throws IOException {
        for (float titleSize = sizes.title(); titleSize >= sizes.titleFloor(); titleSize -= STEP) {
            List<String> titleLines = fonts.wrap(title, fonts.bold(), titleSize, titleWidth);
            float head = headHeight(titleLines.size(), titleSize);
            float first = titleSize == sizes.title() ? sizes.statement() : sizes.statementFloor();
            for (float size = first; size >= sizes.statementFloor(); size -= STEP) {
                List<String> lines = fonts.wrap(statement, fonts.regular(), size, width);
                if (head + size * 0.6f + bodyHeight(lines.size(), size) <= room) {
                    return new Fit(titleSize, titleLines, size, lines, true);
                }
            }
        }
        return cutShort(title, titleWidth, statement, width, room);
    }

    private Fit cutShort(String title, float titleWidth, String statement, float width, float room)
            throws IOException {
        float titleSize = sizes.titleFloor();
        float size = sizes.statementFloor();
        List<String> titleLines = fonts.wrap(title, fonts.bold(), titleSize, titleWidth);
        int titleRoom = Math.max(1, (int) ((room - titleSize * 0.25f) / (titleSize * 1.2f)));
        titleLines = shorten(titleLines, titleRoom, fonts.bold(), titleSize, titleWidth);
        float left = room - headHeight(titleLines.size(), titleSize) - size * 0.6f;
        int statementRoom = Math.max(0, (int) ((left - size * 0.3f) / (size * 1.25f)));
        List<String> lines = shorten(fonts.wrap(statement, fonts.regular(), size, width), statementRoom,
                fonts.regular(), size, width);
        return new Fit(titleSize, titleLines, size, lines, false);
    }

    private List<String> shorten(List<String> lines, int keep, PDType0Font font, float size, float width)
            throws IOException {
        if (lines.size() <= keep) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, keep));
        if (keep > 0) {
            kept.set(keep - 1, fonts.fit(kept.get(keep - 1) + "\u2026", font, size, width));
        }
        return kept;
    }

    /** The number and the title beside it: as tall as the taller of the two. */
    private float headHeight(int titleLines, float titleSize) {
        float titleHeight = titleSize * 0.75f + (titleLines - 1) * titleSize * 1.2f + titleSize * 0.3f;
        return Math.max(sizes.number() * 0.75f, titleHeight);
    }

    private static float bodyHeight(int lines, float size) {
        return size * 0.95f + (lines - 1) * size * 1.25f + size * 0.3f;
    }
}
