package org.hurdleboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.deck.Palette;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.SourceCredit;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.report.WallKitOptions.Paper;
import org.hurdleboard.report.WallKitOptions.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The printed wall kit, read back with PDFBox as a printer (and a reader of the text) would see it. */
class WallKitTest {
    private static final Deck HURDLES = new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES);

    @ParameterizedTest
    @CsvSource({"A4, 1, 50, 7", "A4, 2, 25, 4", "A4, 4, 13, 2", "LETTER, 1, 50, 7", "LETTER, 2, 25, 4",
                "LETTER, 4, 13, 2"})
    void cardsAndDividersTakeAPagePerCardsPerPage(Paper paper, int perPage, int cardPages, int dividerPages)
            throws IOException {
        try (PDDocument cards = print(WallKit.of(HURDLES), options(paper, perPage, Part.CARDS));
             PDDocument dividers = print(WallKit.of(HURDLES), options(paper, perPage, Part.DIVIDERS))) {
            assertThat(cards.getNumberOfPages()).isEqualTo(cardPages);
            assertThat(dividers.getNumberOfPages()).isEqualTo(dividerPages);
            PDRectangle size = paper == Paper.A4 ? PDRectangle.A4 : PDRectangle.LETTER;
            assertThat(cards.getPage(0).getMediaBox().getWidth()).isEqualTo(size.getWidth());
            assertThat(cards.getPage(0).getMediaBox().getHeight()).isEqualTo(size.getHeight());
        }
    }

    @Test
    void aSessionPrintsItsOwnDeckAndABallotForEachParticipant() throws IOException {
        Session session = workshop(14, RoundSettings.TALLY);
        WallKitResult result = WallKits.write(WallKit.of(session), options(Paper.A4, 4, Part.BALLOTS),
                new ByteArrayOutputStream());
        assertThat(result.pages()).as("14 ballots listing 51 cards, 2 a page").isEqualTo(7);
        try (PDDocument kit = print(WallKit.of(session), options(Paper.A4, 2, Part.CARDS))) {
            assertThat(kit.getNumberOfPages()).as("the deck's 50 cards and the room's own, 2 a page").isEqualTo(26);
            assertThat(text(kit)).contains("51 Our own hurdle A hurdle the room added.");
        }
    }

    @ParameterizedTest
    @CsvSource({"A4, 1", "A4, 2", "A4, 4", "LETTER, 1", "LETTER, 2", "LETTER, 4"})
    void everyCardsTitleAndStatementIsInsideItsOwnCard(Paper paper, int perPage) throws IOException {
        assertEveryCardInItsBox(HURDLES, paper, perPage);
    }

    @ParameterizedTest
    @CsvSource({"A4, 2", "A4, 4", "LETTER, 2", "LETTER, 4"})
    void longTitlesAndStatementsShrinkToFitTheirCard(Paper paper, int perPage) throws IOException {
        Deck wordy = deck("en", IntStream.rangeClosed(1, 6).mapToObj(n -> new Card(n, "one",
                words("Title " + n, 120), words("Statement " + n, 300))).toList());
        WallKitResult result = assertEveryCardInItsBox(wordy, paper, perPage);
        assertThat(result.tooLong()).isEmpty();
    }

    @Test
    void aCardThatCannotFitEvenInTheSmallestTypeIsNamedAndCutShortInsideItsCard() throws IOException {
        List<Card> cards = new ArrayList<>(List.of(new Card(1, "one", "Short", "Fits easily.")));
        cards.add(new Card(2, "one", words("Title", 80), words("A statement far too long", 2000)));
        cards.add(new Card(3, "one", "Also short", "Fits too."));
        Deck oversized = deck("en", cards);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WallKitResult result = WallKits.write(WallKit.of(oversized), options(Paper.A4, 4, Part.CARDS), out);
        assertThat(result.tooLong()).containsExactly(2);
        assertThat(result.allFit()).isFalse();
        try (PDDocument kit = Loader.loadPDF(out.toByteArray())) {
            List<PDRectangle> pieces = KitSheet.forCards(kit, PDRectangle.A4, 4).pieces();
            String second = region(kit.getPage(0), pieces.get(1));
            assertThat(second).startsWith(oneLine("Internet Access 2 " + words("Title", 80)));
            assertThat(second).contains("\u2026");
            assertThat(region(kit.getPage(0), pieces.get(2))).isEqualTo("Internet Access 3 Also short Fits too. Test \u00b7 Tester");
            assertThat(text(kit).replace(" ", "").length()).as("nothing drawn outside the cards")
                    .isEqualTo((region(kit.getPage(0), pieces.get(0)) + region(kit.getPage(0), pieces.get(1))
                            + region(kit.getPage(0), pieces.get(2))).replace(" ", "").length());
        }
    }

    @Test
    void welshLettersArePrintedAndReadBackExactly() throws IOException {
        String title = "Ŵyn yn y caeau, ŷd yn yr ydlan";
        String statement = "Mae’r wefan ŵyr yn cael ei rhwystro: â ê î ô û ŵ ŷ Â Ê Î Ô Û Ŵ Ŷ ä ë ï ö ü ẁ ẃ ỳ ý.";
        Deck welsh = deck("cy", List.of(new Card(1, "one", title, statement)));
        try (PDDocument kit = print(WallKit.of(welsh), WallKitOptions.DEFAULT)) {
            String text = text(kit);
            assertThat(text).contains(title, statement).doesNotContain("?");
            assertThat(text).as("the kit's own words in the deck's language")
                    .contains("Taflen gyfrif", "Pleidlais gudd", "ticiwch hyd at 3 cerdyn");
            for (PDFont font : fonts(kit.getPage(0))) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("AtkinsonHyperlegibleNext");
            }
        }
    }

    @Test
    void theTallySheetListsTheRoundsCardsByNumberWithABoxForEachCount() throws IOException {
        Session session = workshop(10, new RoundSettings(VotingRule.dots(5, 0), false, Set.of(12, 3, 50)));
        try (PDDocument kit = print(WallKit.of(session), options(Paper.A4, 2, Part.TALLY))) {
            assertThat(kit.getNumberOfPages()).isEqualTo(1);
            String text = text(kit);
            assertThat(text).contains("Tally sheet: Overcoming the Hurdles", "Round: What blocks us?",
                    "Counts from the wall");
            int three = text.indexOf("3 Unblocked sites");
            int twelve = text.indexOf("12 ");
            int fifty = text.indexOf("50 Teething problems");
            assertThat(three).isPositive().isLessThan(twelve);
            assertThat(twelve).isLessThan(fifty);
            assertThat(text).doesNotContain("Social sites are blocked");
        }
        try (PDDocument all = print(WallKit.of(HURDLES), options(Paper.LETTER, 2, Part.TALLY))) {
            String text = text(all);
            for (Card card : HURDLES.cards()) {
                assertThat(text).contains(card.number() + " " + card.title());
            }
        }
    }

    @Test
    void ballotsComeEightToAPageAndSayHowManyToTick() throws IOException {
        Session session = workshop(8, new RoundSettings(VotingRule.dots(5, 0), false, Set.of(1, 2, 3, 4, 5, 6)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WallKitResult result = WallKits.write(WallKit.of(session), options(Paper.A4, 2, Part.BALLOTS), out);
        assertThat(result.ballotTitlesCut()).as("six titles fit a slip whole").isFalse();
        try (PDDocument kit = Loader.loadPDF(out.toByteArray())) {
            assertThat(kit.getNumberOfPages()).isEqualTo(1);
            String text = text(kit);
            assertThat(text.split("Secret ballot \u2013 tick up to 5 cards", -1)).hasSize(8 + 1);
            assertThat(text.split("4 Access only works at your own desk", -1)).hasSize(8 + 1);
        }
    }

    @Test
    void aLongListGetsBiggerSlipsSoEveryTitleIsReadInFull() throws IOException {
        for (Paper paper : Paper.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            WallKitResult result = WallKits.write(WallKit.of(HURDLES), options(paper, 2, Part.BALLOTS), out);
            assertThat(result.ballotTitlesCut()).as("50 titles on %s", paper).isFalse();
            try (PDDocument kit = Loader.loadPDF(out.toByteArray())) {
                assertThat(kit.getNumberOfPages()).as("8 ballots at fewer than 8 a page").isGreaterThan(1);
                String text = oneLine(text(kit));
                int slips = text.split("Secret ballot \u2013 tick up to 3 cards", -1).length - 1;
                assertThat(slips).isEqualTo(WallKit.DEFAULT_BALLOTS);
                for (Card card : HURDLES.cards()) {
                    assertThat(text.split(java.util.regex.Pattern.quote(oneLine(card.number() + " " + card.title())), -1))
                            .as("card %d whole on every slip", card.number()).hasSize(slips + 1);
                }
            }
        }
        List<Card> many = new ArrayList<>();
        for (int number = 1; number <= 200; number++) {
            many.add(new Card(number, "one", words("Hurdle " + number, 60), "A statement."));
        }
        WallKitResult crowded = WallKits.write(WallKit.of(deck("en", many)), options(Paper.A4, 2, Part.BALLOTS),
                new ByteArrayOutputStream());
        assertThat(crowded.ballotTitlesCut()).as("200 long titles fit no slip whole").isTrue();
    }

    @Test
    void everyBandCanBeReadInGreyscale() {
        for (String slot : Palette.COLOURS) {
            Color band = Color.decode(CategoryColours.hex(slot));
            assertThat(CategoryBand.contrast(band, CategoryBand.ink(band))).as(slot).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void thePreviewIsTheFirstPageExactlyAsThePrintedFileShowsIt() throws IOException {
        WallKitOptions options = new WallKitOptions(Paper.A4, 4, EnumSet.of(Part.CARDS, Part.TALLY));
        BufferedImage preview = WallKits.firstPage(WallKit.of(HURDLES), options, 36);
        assertThat(preview.getWidth()).isCloseTo(Math.round(PDRectangle.A4.getWidth() / 72 * 36), within(1));
        assertThat(preview.getHeight()).isCloseTo(Math.round(PDRectangle.A4.getHeight() / 72 * 36), within(1));
        BufferedImage printed;
        try (PDDocument kit = print(WallKit.of(HURDLES), options)) {
            printed = new PDFRenderer(kit).renderImageWithDPI(0, 36, ImageType.RGB);
        }
        // letters included: drawn before the font's subset is made, they come out as other glyphs
        assertThat(pixels(preview)).isEqualTo(pixels(printed));
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void theKitsWordsAreInEnglishAndInWelshAndEachIsUsed() throws IOException {
        String base = "org.hurdleboard.report.wallkit-messages";
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle english = ResourceBundle.getBundle(base, Locale.UK, control);
        ResourceBundle welsh = ResourceBundle.getBundle(base, Locale.forLanguageTag("cy"), control);
        String code = Files.readString(Path.of("src/main/java/org/hurdleboard/report/WallKitPdf.java"))
                + Files.readString(Path.of("src/main/java/org/hurdleboard/report/TallySheet.java"))
                + Files.readString(Path.of("src/main/java/org/hurdleboard/report/BallotSlips.java"));
        assertThat(welsh.keySet()).isEqualTo(english.keySet());
        for (String key : english.keySet()) {
            assertThat(code).as(key).contains("\"" + key + "\"");
            assertThat(welsh.getString(key)).as(key).isNotEqualTo(english.getString(key));
            assertThat(welsh.getString(key).replaceAll("[^{}0-9]", ""))
                    .isEqualTo(english.getString(key).replaceAll("[^{}0-9]", ""));
        }
    }

    private static WallKitResult assertEveryCardInItsBox(Deck deck, Paper paper, int perPage) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WallKitResult result = WallKits.write(WallKit.of(deck), options(paper, perPage, Part.CARDS), out);
        try (PDDocument kit = Loader.loadPDF(out.toByteArray())) {
            List<PDRectangle> pieces = KitSheet.forCards(kit, paper.size(), perPage).pieces();
            List<Card> cards = deck.cards();
            for (int i = 0; i < cards.size(); i++) {
                Card card = cards.get(i);
                String inBox = region(kit.getPage(i / perPage), pieces.get(i % perPage));
                assertThat(inBox).as("card %d", card.number()).isEqualTo(oneLine(deck.categoryOf(card).name() + " "
                        + card.number() + " " + card.title() + " " + card.statement() + " "
                        + WallKitPdf.credit(deck, card)));
            }
        }
        return result;
    }

    /** The text inside a piece's cut lines, white space as single spaces. */
    private static String region(PDPage page, PDRectangle piece) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float pageHeight = page.getMediaBox().getHeight();
        stripper.addRegion("piece", new Rectangle2D.Float(piece.getLowerLeftX(),
                pageHeight - piece.getUpperRightY(), piece.getWidth(), piece.getHeight()));
        stripper.extractRegions(page);
        return oneLine(stripper.getTextForRegion("piece"));
    }

    private static String text(PDDocument document) throws IOException {
        return oneLine(new PDFTextStripper().getText(document));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (var name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    private static PDDocument print(WallKit kit, WallKitOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WallKits.write(kit, options, out);
        return Loader.loadPDF(out.toByteArray());
    }

    private static WallKitOptions options(Paper paper, int perPage, Part part) {
        return new WallKitOptions(paper, perPage, EnumSet.of(part));
    }

    private static Deck deck(String language, List<Card> cards) {
        return new Deck("test", 1, language, "Test deck", "", new SourceCredit("Test", "Tester", "", "", ""),
                List.of(new Category("one", "Internet Access", "blue", "globe")), cards);
    }

    private static Session workshop(int participants, RoundSettings settings) {
        Deck deck = HURDLES.withCards(new ArrayList<>(HURDLES.cardsAsListed()) {
            {
                add(new Card(51, "internet-access", "Our own hurdle", "A hurdle the room added."));
            }
        });
        return Session.start(new SessionDetails("Team day", "", LocalDate.of(2026, 12, 1), "", participants), deck,
                "What blocks us?", settings);
    }

    /** Words up to exactly {@code length} characters, starting with {@code start}. */
    private static String words(String start, int length) {
        StringBuilder text = new StringBuilder(start);
        String[] more = {"staff", "cannot", "reach", "the", "sites", "they", "need", "for", "work", "today"};
        for (int i = 0; text.length() < length; i++) {
            text.append(' ').append(more[i % more.length]);
        }
        return text.substring(0, length).strip();
    }
}
