package org.hurdleboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hurdleboard.domain.report.ComparedSession;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.report.JsonReportReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An organisation's year: 300 workshops in one folder, compared in one command. */
class CompareManyTest {
    static final int WORKSHOPS = 300;

    @TempDir
    static Path dir;
    static Path folder;

    @BeforeAll
    static void aYearOfWorkshops() throws Exception {
        folder = Files.createDirectories(dir.resolve("year"));
        for (int i = 0; i < WORKSHOPS; i++) {
            Workshops.create(folder.resolve(String.format("workshop-%03d.hurdles", i)), "Workshop " + i,
                    LocalDate.of(2026, 1, 1).plusDays(i), i);
        }
    }

    @Test
    void everyWorkshopIsInTheComparisonOldestFirst() throws Exception {
        Path json = dir.resolve("year.json");

        CliRun run = CliRun.of("compare", folder.toString(), "-o", json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Comparison comparison = new JsonReportReader().readComparison(
                new ByteArrayInputStream(Files.readAllBytes(json)));
        assertThat(comparison.sessions()).hasSize(WORKSHOPS);
        assertThat(comparison.sessions()).extracting(ComparedSession::details)
                .extracting(details -> details.date()).isSorted();
        assertThat(comparison.hurdles()).hasSize(50).allMatch(hurdle -> hurdle.placings().size() == WORKSHOPS);
    }

    @Test
    void theCsvHasARowPerHurdleAndWorkshop() throws Exception {
        Path csv = dir.resolve("year.csv");

        CliRun run = CliRun.of("compare", folder.toString(), "-o", csv.toString());

        assertThat(run.exitCode()).isZero();
        List<String> rows = Files.readString(csv, StandardCharsets.UTF_8).lines().toList();
        assertThat(rows).hasSize(1 + 50 * WORKSHOPS);
    }

    @Test
    void aFileThatCannotBeReadIsLeftOutAndSaidSo() throws Exception {
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(folder.resolve("workshop-000.hurdles"), mixed.resolve("a.hurdles"));
        Files.copy(folder.resolve("workshop-001.hurdles"), mixed.resolve("b.hurdles"));
        Files.writeString(mixed.resolve("c.hurdles"), "not a database");
        Path html = dir.resolve("mixed.html");

        CliRun run = CliRun.of("compare", mixed.toString(), "-o", html.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("Left out", "c.hurdles");
        assertThat(Files.readString(html)).contains("Comparison of 2 workshops");
    }

    @Test
    void fewerThanTwoReadableWorkshopsWriteNothing() throws Exception {
        Path html = dir.resolve("none.html");

        CliRun run = CliRun.of("compare", folder.resolve("workshop-000.hurdles").toString(),
                dir.resolve("gone.hurdles").toString(), "-o", html.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("at least two workshops");
        assertThat(html).doesNotExist();
    }
}
