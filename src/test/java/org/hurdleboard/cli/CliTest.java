package org.hurdleboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hurdleboard.store.SessionFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    @TempDir
    Path dir;
    private Path workshop;

    @BeforeEach
    void aWorkshop() throws Exception {
        workshop = Workshops.create(dir.resolve("Team day.hurdles"), "Team day", LocalDate.of(2026, 11, 29), 1);
    }

    @Test
    void aReportIsWrittenBesideTheSessionFileAndTheFileIsNotChanged() throws Exception {
        byte[] before = Files.readAllBytes(workshop);

        CliRun run = CliRun.of("report", workshop.toString());

        Path html = dir.resolve("Team day.html");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(html.toString(), "written");
        assertThat(Files.readString(html)).contains("<h1><bdi>Team day</bdi></h1>");
        assertThat(Files.readAllBytes(workshop)).isEqualTo(before);
    }

    @Test
    void aPdfReportListsTheHurdlesInRankOrder() throws Exception {
        Path pdf = dir.resolve("out").resolve("report.pdf");

        CliRun run = CliRun.of("report", workshop.toString(), "--format", "pdf", "-o", pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        var ranked = org.hurdleboard.domain.report.SessionReport.of(
                org.hurdleboard.store.SessionFile.read(workshop, false).session()).lastRound().ranked();
        int last = -1;
        for (var hurdle : ranked.subList(0, 5)) {
            int at = text.indexOf(hurdle.title());
            assertThat(at).as("%s after the one ranked above it", hurdle.title()).isGreaterThan(last);
            last = at;
        }
        assertThat(text).contains("Page 1 of");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "md", "json", "html"})
    void theFormatComesFromTheOptionOrTheOutputName(String format) {
        Path named = dir.resolve("named." + format);
        assertThat(CliRun.of("report", workshop.toString(), "-o", named.toString()).exitCode()).isZero();
        assertThat(named).isNotEmptyFile();
        Path given = dir.resolve("given.txt");
        assertThat(CliRun.of("report", workshop.toString(), "-f", format.toUpperCase(), "-o", given.toString())
                .exitCode()).isZero();
        assertThat(given).hasSameBinaryContentAs(named);
    }

    @Test
    void aReportIsNeverWrittenOverAWorkshop() throws Exception {
        byte[] before = Files.readAllBytes(workshop);

        Path other = Workshops.create(dir.resolve("other.hurdles"), "Other", LocalDate.of(2026, 1, 1), 4);
        byte[] otherBefore = Files.readAllBytes(other);

        CliRun itself = CliRun.of("report", workshop.toString(), "-f", "html", "-o", workshop.toString());
        CliRun another = CliRun.of("report", workshop.toString(), "-f", "html", "-o", other.toString());
        CliRun compared = CliRun.of("compare", workshop.toString(), other.toString(), "-f", "csv", "-o",
                dir.resolve("new.HURDLES").toString());

        for (CliRun run : List.of(itself, another, compared)) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("a report is never written over a workshop");
        }
        assertThat(Files.readAllBytes(workshop)).isEqualTo(before);
        assertThat(Files.readAllBytes(other)).isEqualTo(otherBefore);
        assertThat(dir.resolve("new.HURDLES")).doesNotExist();
    }

    @Test
    void filesThatAreNotSessionsGetAPlainMessageAndNoStackTrace() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.hurdles"), "not a database");

        CliRun missing = CliRun.of("report", dir.resolve("gone.hurdles").toString());
        CliRun notASession = CliRun.of("report", text.toString());

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no file at").doesNotContain("Exception", "\tat ");
        assertThat(notASession.exitCode()).isEqualTo(1);
        assertThat(notASession.err()).contains("is not a Hurdle Board session file").doesNotContain("Exception");
        assertThat(dir.resolve("gone.html")).doesNotExist();
    }

    @Test
    void aMistypedCommandIsAUsageError() {
        assertThat(CliRun.of("report").exitCode()).isEqualTo(2);
        CliRun badFormat = CliRun.of("report", workshop.toString(), "--format", "docx");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("docx");
        CliRun unknownName = CliRun.of("compare", workshop.toString(), workshop.toString(), "-o", "out.docx");
        assertThat(unknownName.exitCode()).isEqualTo(2);
        assertThat(unknownName.err()).contains("Say which format with --format");
        assertThat(CliRun.of("compare", workshop.toString()).exitCode()).as("-o is required").isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "compare", "check", "deck validate"})
    void everyCommandExplainsItselfAndItsExitCodes(String command) {
        String[] args = (command + " --help").split(" ");

        CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage:", "Exit codes:", "It worked.", "not typed right");
    }

    @Test
    void checkSaysAValidFileIsValidWithItsLayoutVersion() {
        CliRun run = CliRun.of("check", workshop.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("is a valid Hurdle Board session file", "File layout version: " + SessionFile.FORMAT_VERSION,
                "Integrity check: passed", "50 cards in 7 categories; 1 round; ");
    }

    @Test
    void checkRefusesADamagedFile() throws Exception {
        byte[] bytes = Files.readAllBytes(workshop);
        // overwrite the middle of the file, past the header, as a bad sector or a cut-off copy would
        for (int i = 4096; i < Math.min(bytes.length, 4096 * 3); i++) {
            bytes[i] = (byte) 0xA5;
        }
        Path damaged = Files.write(dir.resolve("damaged.hurdles"), bytes);

        CliRun run = CliRun.of("check", damaged.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("damaged");
    }

    @Test
    void aFileACrashLeftMidVoteIsNotCalledDamagedAndIsLeftAlone() throws Exception {
        Path crashed = dir.resolve("crashed.hurdles");
        Path journal = dir.resolve("crashed.hurdles-journal");
        // a one-page cache makes SQLite write changed pages to the file mid-transaction, as in a crash
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workshop);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA cache_size = 1");
            connection.setAutoCommit(false);
            statement.executeUpdate("UPDATE vote_count SET votes = 1");
            statement.executeUpdate("DELETE FROM card WHERE number > 40");
            Files.copy(workshop, crashed);
            Files.copy(dir.resolve("Team day.hurdles-journal"), journal);
            connection.rollback();
        }
        byte[] before = Files.readAllBytes(crashed);

        CliRun run = CliRun.of("check", crashed.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("a crash left unfinished", "Open the workshop once in Hurdle Board");
        assertThat(Files.readAllBytes(crashed)).isEqualTo(before);
        assertThat(journal).exists();
    }

    @Test
    void aValidDeckIsSaidToBeValid() {
        CliRun run = CliRun.of("deck", "validate", "assets/decks/overcoming-the-hurdles.json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("is a valid deck", "50 cards in 7 categories");
    }

    @Test
    void theWelshDecksAreValidDecksWithTheEnglishDecksCounts() {
        CliRun hurdles = CliRun.of("deck", "validate", "assets/decks/overcoming-the-hurdles-cy.json");
        CliRun people = CliRun.of("deck", "validate", "assets/decks/people-and-culture-cy.json");

        assertThat(hurdles.exitCode()).as(hurdles.err()).isZero();
        assertThat(hurdles.out()).contains("is a valid deck", "50 cards in 7 categories");
        assertThat(people.exitCode()).as(people.err()).isZero();
        assertThat(people.out()).contains("is a valid deck", "21 cards in 5 categories");
    }

    @Test
    void anInvalidDeckListsEveryProblemWithWhereItIs() throws Exception {
        Path deck = Files.writeString(dir.resolve("deck.json"), """
                {"format": "hurdle-board-deck", "formatVersion": 1, "id": "Bad Id", "version": 1,
                 "language": "en-GB", "title": "", "categories": [], "cards": []}
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("deck", "validate", deck.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).contains("is not a valid deck");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allMatch(line -> line.startsWith("  - "));
        assertThat(run.out()).contains("title");
        assertThat(CliRun.of("deck", "validate", dir.resolve("none.json").toString()).exitCode()).isEqualTo(1);
        assertThat(CliRun.of("deck", "validate").exitCode()).isEqualTo(2);
    }
}
