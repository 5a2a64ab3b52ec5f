package org.hurdleboard.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.hurdleboard.domain.Card;

/**
 * Secret ballots with cut marks: "tick up to N", then every card voted on by number and title,
 * each with a box to tick. 8 slips a page (two across, four down) while every title fits whole;
 * a longer list gets bigger slips (4, then 2 a page) rather than shortened titles, since a person
 * ticking a number they cannot read the title of is guessing. The list takes as many columns and
 * as small a type as it needs, down to a floor; past that, at 8 a page, titles are cut short, and
 * past that the slips list the numbers alone: the wall beside them has the titles in full.
 */
final class BallotSlips {
    static final int PER_PAGE = 8;
    /** Slips a page tried in turn (columns, rows), most first. */
    private static final int[][] SHEETS = {{2, 4}, {2, 2}, {1, 2}};
    private static final float MARGIN = 16;
    private static final float LARGEST = 10;
    private static final float SMALLEST = 6;
    private static final float SHORTENED_SMALLEST = 6.5f;
    private static final float GAP = 8;

    private final PDDocument document;
    private final PdfText fonts;
    private final WallKitText text;
    private final PDRectangle paper;

    BallotSlips(PDDocument document, PdfText fonts, WallKitText text, PDRectangle paper) {
        this.document = document;
        this.fonts = fonts;
        this.text = text;
        this.paper = paper;
    }

    record Entry(String number, String title) {
    }

    /** {@code cut}: some titles are cut short or left out. */
    private record Layout(float size, int columns, boolean withTitles, boolean cut) {
    }

    /** Writes the pages of ballots; returns whether titles had to be cut short or left out. */
    boolean write(WallKit kit) throws IOException {
        List<Entry> entries = entries(kit);
        KitSheet sheet = null;
        Layout layout = null;
        for (int[] shape : SHEETS) {
            sheet = new KitSheet(document, paper, shape[0], shape[1]);
            layout = search(entries, listWidth(sheet), listHeight(sheet), SMALLEST, true, false);
            if (layout != null) {
                break;
            }
        }
        if (layout == null) {
            sheet = new KitSheet(document, paper, SHEETS[0][0], SHEETS[0][1]);
            layout = layout(entries, listWidth(sheet), listHeight(sheet));
        }
        int pages = (kit.ballots() + sheet.perPage() - 1) / sheet.perPage();
        for (int page = 0; page < pages; page++) {
            try (PDPageContentStream stream = sheet.newPage()) {
                for (PDRectangle piece : sheet.pieces()) {
                    slip(stream, piece, kit, entries, layout);
                }
            }
        }
        return layout.cut();
    }

    private static float listWidth(KitSheet sheet) {
        return sheet.pieces().get(0).getWidth() - 2 * MARGIN;
    }

    private static float listHeight(KitSheet sheet) {
        return sheet.pieces().get(0).getHeight() - 2 * MARGIN - headHeight();
    }

    private List<Entry> entries(WallKit kit) {
        List<Card> cards = new ArrayList<>(kit.votedCards());
        cards.sort(Comparator.comparingInt(Card::number));
        return cards.stream().map(card -> new Entry(String.valueOf(card.number()),
                fonts.drawableText(fonts.regular(), card.title()))).toList();
    }

    private static float headHeight() {
        return 12 * 1.3f + 8 * 1.3f + 6;
    }

    /** When no slip holds every title whole: titles cut short (but still a few words long); else the numbers alone. */
    private Layout layout(List<Entry> entries, float width, float height) throws IOException {
        Layout shortened = search(entries, width, height, SHORTENED_SMALLEST, true, true);
        if (shortened != null) {
            return new Layout(shortened.size(), shortened.columns(), true, true);
        }
        Layout numbers = search(entries, width, height, SMALLEST, false, false);
        // more cards than any slip can hold: the smallest numbers, as many columns as will go
        return numbers != null ? numbers : new Layout(SMALLEST, Math.max(1, (int) (width / (SMALLEST * 4 + GAP))),
                false, true);
    }

    /** {@code cutTitles}: a title may be cut short, as long as about seven letters of it still show. */
    private Layout search(List<Entry> entries, float width, float height, float smallest, boolean withTitles,
                          boolean cutTitles) throws IOException {
        for (float size = LARGEST; size >= smallest; size -= 0.25f) {
            float widestNumber = 0;
            float widest = 0;
            for (Entry entry : entries) {
                widestNumber = Math.max(widestNumber, entryWidth(entry, size, false));
                widest = Math.max(widest, entryWidth(entry, size, withTitles));
            }
            for (int columns = 1; columns <= 12; columns++) {
                float columnWidth = (width - (columns - 1) * GAP) / columns;
                int rows = (entries.size() + columns - 1) / columns;
                boolean fits = cutTitles ? columnWidth - widestNumber - size * 0.4f >= size * 3.5f
                        : widest <= columnWidth;
                if (fits && rows * size * 1.45f <= height) {
                    return new Layout(size, columns, withTitles, false);
                }
            }
        }
        return null;
    }

    private float entryWidth(Entry entry, float size, boolean withTitles) throws IOException {
        float width = size * 1.4f + fonts.width(fonts.bold(), size, entry.number());
        return withTitles ? width + size * 0.4f + fonts.width(fonts.regular(), size, entry.title()) : width;
    }

    private void slip(PDPageContentStream stream, PDRectangle piece, WallKit kit, List<Entry> entries, Layout layout)
            throws IOException {
        float left = piece.getLowerLeftX() + MARGIN;
        float width = piece.getWidth() - 2 * MARGIN;
        float top = piece.getUpperRightY() - MARGIN;
        PDType0Font bold = fonts.bold();
        PDType0Font regular = fonts.regular();
        stream.setNonStrokingColor(CategoryBand.DARK);
        String heading = text.get("kit.ballot.title") + " \u2013 " + text.get("kit.ballot.tick", kit.ticks());
        PdfText.show(stream, bold, 12, left, top - 12 * 0.95f,
                fonts.fit(fonts.drawableText(bold, heading), bold, 12, width));
        String about = kit.question().isBlank() ? kit.deck().title() : kit.question();
        String second = about + " \u00b7 " + text.get("kit.ballot.fold");
        PdfText.show(stream, regular, 8, left, top - 12 * 1.3f - 8 * 0.95f,
                fonts.fit(fonts.drawableText(regular, second), regular, 8, width));
        float listTop = top - headHeight();
        float size = layout.size();
        float columnWidth = (width - (layout.columns() - 1) * GAP) / layout.columns();
        int rows = (entries.size() + layout.columns() - 1) / layout.columns();
        float pitch = size * 1.45f;
        stream.setStrokingColor(CategoryBand.DARK);
        stream.setLineWidth(0.6f);
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            float x = left + (i / rows) * (columnWidth + GAP);
            float rowTop = listTop - (i % rows) * pitch;
            float baseline = rowTop - size * 0.95f;
            if (baseline < piece.getLowerLeftY() + MARGIN / 2) {
                continue;
            }
            stream.addRect(x, baseline - size * 0.1f, size, size);
            stream.stroke();
            float numberX = x + size * 1.4f;
            PdfText.show(stream, bold, size, numberX, baseline, entry.number());
            if (layout.withTitles()) {
                float titleX = numberX + fonts.width(bold, size, entry.number()) + size * 0.4f;
                PdfText.show(stream, regular, size, titleX, baseline,
                        fonts.fit(entry.title(), regular, size, x + columnWidth - titleX));
            }
        }
    }
}
