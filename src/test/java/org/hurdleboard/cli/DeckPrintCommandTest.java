package org.hurdleboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hurdleboard.deck.DeckWriter;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Deck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code deck print}: a deck's or a workshop's wall kit from a terminal, with the exit codes of the other commands. */
class DeckPrintCommandTest {
    private static final String HURDLES = "assets/decks/overcoming-the-hurdles.json";

    @TempDir
    Path dir;

    @Test
    void aDeckFilePrintsItsWholeKit() throws Exception {
        Path kit = dir.resolve("cards.pdf");
        CliRun run = CliRun.of("deck", "print", HURDLES, "-o", kit.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // 50 cards 2 a page, 7 dividers 2 a page, a 2-page tally sheet, 8 ballots 2 a page (50 titles whole)
        assertThat(run.out()).contains(kit + " written: 35 pages of the wall kit for Overcoming the Hurdles.");
        assertThat(run.err()).isEmpty();
        try (PDDocument document = Loader.loadPDF(kit.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(35);
        }
        assertThat(Files.list(dir)).as("no temporary file left behind").containsExactly(kit);
    }

    @ParameterizedTest
    @CsvSource({"1, a4, cards, 50", "4, letter, 'cards,dividers', 15", "4, A4, tally, 2", "2, a4, BALLOTS, 4"})
    void theOptionsChooseCardsAPagePaperAndParts(String perPage, String paper, String parts, int pages)
            throws Exception {
        Path kit = dir.resolve("kit.pdf");
        CliRun run = CliRun.of("deck", "print", HURDLES, "-o", kit.toString(), "--per-page", perPage, "--paper",
                paper, "--kit", parts);
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(kit.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages);
            float width = document.getPage(0).getMediaBox().getWidth();
            assertThat(width).isEqualTo(paper.equalsIgnoreCase("letter") ? 612f : 595.27563f);
        }
    }

    @Test
    void aSessionFilePrintsTheWorkshopsDeckAndRoundAndIsNotChanged() throws Exception {
        Path workshop = Workshops.create(dir.resolve("Team day.hurdles"), "Team day", LocalDate.of(2026, 12, 1), 1);
        byte[] before = Files.readAllBytes(workshop);
        Path kit = dir.resolve("kit.pdf");
        CliRun run = CliRun.of("deck", "print", workshop.toString(), "-o", kit.toString(), "--kit", "tally,ballots");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(kit.toFile())) {
            // 20 participants, 50 cards listed: 10 pages of 2 ballots
            assertThat(document.getNumberOfPages()).isEqualTo(2 + 10);
            assertThat(new PDFTextStripper().getText(document)).contains("Round: What blocks us?");
        }
        assertThat(Files.readAllBytes(workshop)).isEqualTo(before);
    }

    @Test
    void mistypedOptionsAreUsageErrorsThatSayWhatIsWrong() {
        Path kit = dir.resolve("kit.pdf");
        CliRun three = CliRun.of("deck", "print", HURDLES, "-o", kit.toString(), "--per-page", "3");
        assertThat(three.exitCode()).isEqualTo(2);
        assertThat(three.err()).contains("--per-page must be 1, 2 or 4, not 3.").doesNotContain("Exception");
        CliRun parts = CliRun.of("deck", "print", HURDLES, "-o", kit.toString(), "--kit", "cards,stickers");
        assertThat(parts.exitCode()).isEqualTo(2);
        assertThat(parts.err()).contains("stickers");
        CliRun paper = CliRun.of("deck", "print", HURDLES, "-o", kit.toString(), "--paper", "a3");
        assertThat(paper.exitCode()).isEqualTo(2);
        assertThat(paper.err()).contains("a3");
        CliRun notPdf = CliRun.of("deck", "print", HURDLES, "-o", dir.resolve("kit.docx").toString());
        assertThat(notPdf.exitCode()).isEqualTo(2);
        assertThat(notPdf.err()).contains("name the output file so it ends in .pdf, not kit.docx");
        assertThat(CliRun.of("deck", "print", HURDLES).exitCode()).as("-o is required").isEqualTo(2);
        assertThat(kit).doesNotExist();
    }

    @Test
    void aKitIsNeverWrittenOverItsInput() throws Exception {
        Path deck = Files.copy(Path.of(HURDLES), dir.resolve("deck.pdf"));
        byte[] before = Files.readAllBytes(deck);
        CliRun run = CliRun.of("deck", "print", deck.toString(), "-o", deck.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is the file being printed", "Choose another name with -o");
        assertThat(Files.readAllBytes(deck)).isEqualTo(before);
    }

    @Test
    void filesThatCannotBeReadOrWrittenGetAPlainMessage() throws Exception {
        Path kit = dir.resolve("kit.pdf");
        CliRun missing = CliRun.of("deck", "print", dir.resolve("none.json").toString(), "-o", kit.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no file at");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"hurdle-board-deck\"}");
        CliRun invalid = CliRun.of("deck", "print", bad.toString(), "-o", kit.toString());
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.err()).contains("is not a valid deck", " - ");
        CliRun notASession = CliRun.of("deck", "print", bad.resolveSibling("x.hurdles").toString(), "-o",
                kit.toString());
        assertThat(notASession.exitCode()).isEqualTo(1);
        Path blocked = Files.writeString(dir.resolve("folder"), "a file where a folder should be");
        CliRun unwritable = CliRun.of("deck", "print", HURDLES, "-o", blocked.resolve("kit.pdf").toString());
        assertThat(unwritable.exitCode()).isEqualTo(1);
        assertThat(unwritable.err()).contains("The wall kit could not be written to").doesNotContain("Exception:");
        assertThat(kit).doesNotExist();
    }

    @Test
    void cardsThatDoNotFitAreListedAndTheKitIsStillWritten() throws Exception {
        Deck hurdles = Workshops.DECK;
        List<Card> cards = new ArrayList<>(hurdles.cardsAsListed());
        Card seven = cards.get(6);
        cards.set(6, new Card(seven.number(), seven.categoryId(), "A title as long as a deck allows, at eighty characters",
                "Overwhelmingly verbose statements. ".repeat(57)));
        Path deck = Files.writeString(dir.resolve("long.json"), new DeckWriter().write(hurdles.withCards(cards)));
        Path kit = dir.resolve("kit.pdf");
        CliRun run = CliRun.of("deck", "print", deck.toString(), "-o", kit.toString(), "--per-page", "4",
                "--kit", "cards");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("Card 7 has too much text to fit even in the smallest type at 4 a page",
                "--per-page 2 or 1");
        assertThat(kit).exists();
        assertThat(CliRun.of("deck", "print", deck.toString(), "-o", kit.toString(), "--per-page", "1",
                "--kit", "cards").exitCode()).as("a whole page is room enough").isZero();
    }

    @Test
    void helpExplainsTheCommandAndItsExitCodes() {
        CliRun run = CliRun.of("deck", "print", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage:", "--per-page", "--paper", "--kit", "Exit codes:", "It worked.",
                "not typed right", "some cards have too much text");
    }
}
