package org.hurdleboard.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hurdleboard.domain.Card;

/**
 * The tally sheet: a line per card voted on, by card number, as "Counts from the wall…" takes them
 * (card number, then its count), with the short title and category to find it on the wall and a
 * box to write the count in.
 */
final class TallySheet {
    private static final float MARGIN = 42;
    private static final float SIZE = 11;
    private static final float NUMBER = 40;
    private static final float CATEGORY = 120;
    private static final float COUNT = 64;
    private static final float GAP = 10;
    private static final Color RULE = new Color(0xc0, 0xc0, 0xc0);

    private final PDDocument document;
    private final PdfText fonts;
    private final WallKitText text;
    private final PDRectangle paper;

    TallySheet(PDDocument document, PdfText fonts, WallKitText text, PDRectangle paper) {
        this.document = document;
        this.fonts = fonts;
        this.text = text;
        this.paper = paper;
    }

    /** Writes the sheet's pages; returns how many there are. */
    int write(WallKit kit) throws IOException {
        int first = document.getNumberOfPages();
        List<Card> cards = new ArrayList<>(kit.votedCards());
        cards.sort(Comparator.comparingInt(Card::number));
        float width = paper.getWidth() - 2 * MARGIN;
        float titleWidth = width - NUMBER - CATEGORY - COUNT - 3 * GAP;
        PDType0Font bold = fonts.bold();
        PDType0Font regular = fonts.regular();
        PDPageContentStream stream = null;
        float y = 0;
        try {
            for (Card card : cards) {
                List<String> title = fonts.wrap(fonts.drawableText(regular, card.title()), regular, SIZE, titleWidth);
                List<String> category = fonts.wrap(fonts.drawableText(regular,
                        kit.deck().categoryOf(card).name()), regular, SIZE - 2, CATEGORY);
                float height = Math.max(title.size() * SIZE * 1.25f, category.size() * (SIZE - 2) * 1.25f) + 8;
                if (stream == null || y - height < MARGIN + 20) {
                    if (stream != null) {
                        stream.close();
                    }
                    stream = new PDPageContentStream(document, addPage());
                    y = heading(stream, kit, width);
                    y = columnHeads(stream, y, titleWidth);
                }
                float baseline = y - 4 - SIZE * 0.95f;
                String number = String.valueOf(card.number());
                stream.setNonStrokingColor(CategoryBand.DARK);
                PdfText.show(stream, bold, SIZE + 1, MARGIN + NUMBER - 8 - fonts.width(bold, SIZE + 1, number), baseline,
                        number);
                lines(stream, regular, SIZE, MARGIN + NUMBER + GAP, baseline, title);
                lines(stream, regular, SIZE - 2, MARGIN + NUMBER + titleWidth + 2 * GAP, baseline, category);
                stream.setStrokingColor(CategoryBand.DARK);
                stream.setLineWidth(0.8f);
                stream.addRect(MARGIN + width - COUNT, y - 3 - 16, COUNT, 16);
                stream.stroke();
                y -= height;
                stream.setStrokingColor(RULE);
                stream.setLineWidth(0.4f);
                stream.moveTo(MARGIN, y);
                stream.lineTo(MARGIN + width, y);
                stream.stroke();
            }
        } finally {
            if (stream != null) {
                stream.close();
            }
        }
        return document.getNumberOfPages() - first;
    }

    private PDPage addPage() {
        PDPage page = new PDPage(paper);
        document.addPage(page);
        return page;
    }

    private float heading(PDPageContentStream stream, WallKit kit, float width) throws IOException {
        float y = paper.getHeight() - MARGIN;
        PDType0Font bold = fonts.bold();
        PDType0Font regular = fonts.regular();
        stream.setNonStrokingColor(CategoryBand.DARK);
        List<String> title = fonts.wrap(fonts.drawableText(bold, text.get("kit.tally.title", kit.deck().title())),
                bold, 16, width);
        y = lines(stream, bold, 16, MARGIN, y - 16 * 0.95f, title);
        if (!kit.question().isBlank()) {
            y = lines(stream, bold, 11, MARGIN, y - 4 - 11 * 0.95f, fonts.wrap(fonts.drawableText(bold,
                    text.get("kit.tally.round", kit.question())), bold, 11, width));
        }
        y = lines(stream, regular, 10, MARGIN, y - 6 - 10 * 0.95f, fonts.wrap(fonts.drawableText(regular,
                text.get("kit.tally.help")), regular, 10, width));
        return y - 8;
    }

    private float columnHeads(PDPageContentStream stream, float y, float titleWidth) throws IOException {
        PDType0Font bold = fonts.bold();
        float baseline = y - 10;
        String card = fonts.drawableText(bold, text.get("kit.tally.card"));
        PdfText.show(stream, bold, 9, MARGIN + NUMBER - 8 - fonts.width(bold, 9, card), baseline, card);
        PdfText.show(stream, bold, 9, MARGIN + NUMBER + GAP, baseline, fonts.drawableText(bold, text.get("kit.tally.hurdle")));
        PdfText.show(stream, bold, 9, MARGIN + NUMBER + titleWidth + 2 * GAP, baseline,
                fonts.drawableText(bold, text.get("kit.tally.category")));
        PdfText.show(stream, bold, 9, paper.getWidth() - MARGIN - COUNT, baseline,
                fonts.drawableText(bold, text.get("kit.tally.count")));
        return baseline - 5;
    }

    /** Lines from the first baseline down; returns the baseline after the last, less its descent. */
    private static float lines(PDPageContentStream stream, PDType0Font font, float size, float x, float baseline,
                               List<String> lines) throws IOException {
        for (String line : lines) {
            PdfText.show(stream, font, size, x, baseline, line);
            baseline -= size * 1.25f;
        }
        return baseline + size * 1.25f - size * 0.3f;
    }
}
