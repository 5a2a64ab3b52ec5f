package org.hurdleboard.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.SourceCredit;
import org.hurdleboard.report.WallKitOptions.Part;

/** Lays a wall kit out in a PDF document: the parts chosen, in the order cards, dividers, tally sheet, ballots. */
final class WallKitPdf {
    private final PDDocument document;
    private final WallKitOptions options;
    private final PdfText fonts;
    private final WallKitText text;

    WallKitPdf(PDDocument document, WallKit kit, WallKitOptions options) throws IOException {
        this.document = document;
        this.options = options;
        this.fonts = new PdfText(document);
        this.text = new WallKitText(kit.deck().language());
    }

    WallKitResult write(WallKit kit) throws IOException {
        document.getDocumentInformation().setTitle(text.get("kit.documentTitle", kit.deck().title()));
        PDRectangle paper = options.paper().size();
        CardFace.Sizes sizes = CardFace.Sizes.forCards(options.perPage());
        List<Integer> tooLong = new ArrayList<>();
        boolean ballotTitlesCut = false;
        if (options.parts().contains(Part.CARDS)) {
            tooLong.addAll(cards(kit.deck(), paper, sizes));
        }
        if (options.parts().contains(Part.DIVIDERS)) {
            dividers(kit.deck(), paper, sizes);
        }
        if (options.parts().contains(Part.TALLY)) {
            new TallySheet(document, fonts, text, paper).write(kit);
        }
        if (options.parts().contains(Part.BALLOTS)) {
            ballotTitlesCut = new BallotSlips(document, fonts, text, paper).write(kit);
        }
        return new WallKitResult(document.getNumberOfPages(), tooLong, ballotTitlesCut);
    }

    private List<Integer> cards(Deck deck, PDRectangle paper, CardFace.Sizes sizes) throws IOException {
        KitSheet sheet = KitSheet.forCards(document, paper, options.perPage());
        CardFace face = new CardFace(fonts, sizes);
        List<Integer> tooLong = new ArrayList<>();
        List<Card> cards = deck.cards();
        for (int first = 0; first < cards.size(); first += sheet.perPage()) {
            try (PDPageContentStream stream = sheet.newPage()) {
                List<PDRectangle> pieces = sheet.pieces();
                for (int i = 0; i < pieces.size() && first + i < cards.size(); i++) {
                    Card card = cards.get(first + i);
                    if (!face.draw(stream, pieces.get(i), deck.categoryOf(card), card, credit(deck, card))) {
                        tooLong.add(card.number());
                    }
                }
            }
        }
        return tooLong;
    }

    private void dividers(Deck deck, PDRectangle paper, CardFace.Sizes sizes) throws IOException {
        KitSheet sheet = KitSheet.forCards(document, paper, options.perPage());
        DividerFace face = new DividerFace(fonts, sizes);
        List<Category> categories = deck.categories().stream()
                .filter(category -> !deck.cardsIn(category.id()).isEmpty()).toList();
        for (int first = 0; first < categories.size(); first += sheet.perPage()) {
            try (PDPageContentStream stream = sheet.newPage()) {
                List<PDRectangle> pieces = sheet.pieces();
                for (int i = 0; i < pieces.size() && first + i < categories.size(); i++) {
                    Category category = categories.get(first + i);
                    List<Card> cards = deck.cardsIn(category.id());
                    face.draw(stream, pieces.get(i), category, text.get("kit.divider.cards", cards.size()),
                            DividerFace.runs(cards), deck.title());
                }
            }
        }
    }

    /** The card's own source, else the deck's: title, author and publisher, as short as will do. */
    static String credit(Deck deck, Card card) {
        SourceCredit source = card.source().isEmpty() ? deck.source() : card.source();
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {source.title(), source.author(), source.publisher(), source.licence()}) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return String.join(" \u00b7 ", parts);
    }
}
