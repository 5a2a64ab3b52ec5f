package org.hurdleboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hurdleboard.deck.BuiltInDecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} and {@code compare} in English, Welsh or both, by default in the workshop's language. */
class CliLanguageTest {
    private static final String WELSH_HEADING = "Y rhwystrau yn nhrefn y pleidleisiau";
    private static final String ENGLISH_HEADING = "Hurdles ranked by votes";
    @TempDir
    Path dir;

    @Test
    void aWelshWorkshopIsReportedInWelshUnlessAnotherLanguageIsAsked() throws Exception {
        Path welsh = welshWorkshop("cymraeg.hurdles");

        assertThat(CliRun.of("report", welsh.toString(), "-o", dir.resolve("a.md").toString()).exitCode()).isZero();
        assertThat(CliRun.of("report", welsh.toString(), "--language", "en", "-o", dir.resolve("b.md").toString())
                .exitCode()).isZero();
        assertThat(CliRun.of("report", welsh.toString(), "-l", "both", "-o", dir.resolve("c.html").toString())
                .exitCode()).isZero();

        assertThat(read("a.md")).contains(WELSH_HEADING, "1 Rhagfyr 2026").doesNotContain(ENGLISH_HEADING);
        assertThat(read("b.md")).contains(ENGLISH_HEADING, "1 December 2026").doesNotContain(WELSH_HEADING);
        assertThat(read("c.html")).contains(WELSH_HEADING, ENGLISH_HEADING);
    }

    @Test
    void anEnglishWorkshopIsReportedInEnglishAndInWelshWhenAsked() throws Exception {
        Path english = Workshops.create(dir.resolve("english.hurdles"), "Team day", LocalDate.of(2026, 12, 1), 1);

        CliRun run = CliRun.of("report", english.toString(), "--language", "CY", "-f", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("english.csv"), StandardCharsets.UTF_8)).contains("cerdyn");
        assertThat(CliRun.of("report", english.toString(), "-o", dir.resolve("e.md").toString()).exitCode()).isZero();
        assertThat(read("e.md")).contains(ENGLISH_HEADING);
    }

    @Test
    void bothLanguagesInACsvOrJsonFileAreRefusedWithWhatToDo() throws Exception {
        Path welsh = welshWorkshop("cymraeg.hurdles");

        CliRun run = CliRun.of("report", welsh.toString(), "--language", "both", "-f", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("A JSON file holds one language", "--language en or --language cy");
        assertThat(dir.resolve("cymraeg.json")).doesNotExist();
    }

    @Test
    void anEnglishAndAWelshWorkshopOfTheSameDeckCompareCardByCard() throws Exception {
        Path english = Workshops.create(dir.resolve("english.hurdles"), "Team day", LocalDate.of(2026, 6, 1), 1);
        Path welsh = welshWorkshop("cymraeg.hurdles");

        CliRun run = CliRun.of("compare", english.toString(), welsh.toString(), "-l", "both",
                "-o", dir.resolve("compared.md").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(read("compared.md")).contains("Cymharu 2 gweithdy", "Comparison of 2 workshops",
                "Pob rhwystr ym mhob gweithdy");
        assertThat(CliRun.of("compare", english.toString(), welsh.toString(), "-o",
                dir.resolve("default.md").toString()).exitCode()).isZero();
        assertThat(read("default.md")).as("one workshop ran in English").contains("Comparison of 2 workshops");
    }

    private Path welshWorkshop(String name) throws Exception {
        return Workshops.create(dir.resolve(name), new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES + "-cy"),
                "Diwrnod y t\u00eem", LocalDate.of(2026, 12, 1), 2);
    }

    private String read(String name) throws Exception {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }
}
