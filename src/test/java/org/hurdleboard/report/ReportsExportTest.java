package org.hurdleboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.report.DiscussionReport;
import org.hurdleboard.domain.report.SessionReport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsExportTest {
    @TempDir
    Path dir;
    private final Reports reports = new Reports(ReportFixtures.TEXT);

    @Test
    void anExportIsWrittenCompleteUnderItsOwnName() throws IOException {
        Path target = dir.resolve("reports").resolve("Team day.html");

        reports.export(ReportFixtures.report(), ReportFormat.HTML, target);

        assertThat(Files.readString(target)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void anExportCanBeReadByOthersAsAnyNewFileCould() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
        Path target = dir.resolve("Team day.md");

        reports.export(ReportFixtures.report(), ReportFormat.MD, target);

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void aFailedExportLeavesNoFileAndKeepsAnEarlierExport() throws IOException {
        Path target = dir.resolve("Team day.csv");
        Files.writeString(target, "the export from last week");

        assertThatThrownBy(() -> Reports.writeSafely(target, out -> {
            out.write("half a report".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("the export from last week");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aWorkshopReportReadsBackFromJsonAsItWas() throws IOException {
        Path target = dir.resolve("Team day.json");
        SessionReport report = ReportFixtures.report();
        reports.export(report, ReportFormat.JSON, target);

        try (InputStream in = Files.newInputStream(target)) {
            assertThat(new JsonReportReader().readSession(in)).isEqualTo(report);
        }
    }

    @Test
    void aReportWrittenBeforeTheDiscussStageReadsBackWithNoDiscussion() throws IOException {
        SessionReport report = ReportFixtures.report();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writer(ReportFormat.JSON).write(report, out);
        com.fasterxml.jackson.databind.node.ObjectNode old = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toByteArray());
        old.remove("discussion");

        SessionReport read = new JsonReportReader().readSession(json(old.toString()));

        assertThat(read.discussion()).isEqualTo(DiscussionReport.NONE);
        assertThat(read.rounds()).isEqualTo(report.rounds());
    }

    @Test
    void aComparisonReadsBackFromJsonAsItWas() throws IOException {
        Path target = dir.resolve("year.json");
        Comparison comparison = ReportFixtures.comparison();
        reports.export(comparison, ReportFormat.JSON, target);

        try (InputStream in = Files.newInputStream(target)) {
            Comparison read = new JsonReportReader().readComparison(in);
            assertThat(read).isEqualTo(comparison);
            assertThat(read.moved()).isEqualTo(comparison.moved());
        }
    }

    @Test
    void jsonFromANewerVersionOrOfAnotherKindIsRefused() {
        JsonReportReader reader = new JsonReportReader();
        assertThatThrownBy(() -> reader.readSession(json("{\"format\":\"hurdle-board-report\",\"version\":2}")))
                .isInstanceOf(JsonReportReader.NotAReportException.class).hasMessageContaining("version 2");
        assertThatThrownBy(() -> reader.readSession(json("{\"format\":\"hurdle-board-comparison\",\"version\":1}")))
                .isInstanceOf(JsonReportReader.NotAReportException.class);
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
