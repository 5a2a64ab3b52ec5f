package org.hurdleboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each format's output for a fixed workshop and a fixed comparison, against files kept under
 * {@code src/test/resources/report/}. A PDF is compared by its text, as its bytes carry a random
 * document id. After a deliberate change to a report, regenerate the files with
 * {@code mvn test -Dtest=ReportGoldenTest -Dgolden.update=true} and review the diff.
 */
class ReportGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/report");
    private final Reports reports = new Reports(ReportFixtures.TEXT);

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aWorkshopReportIsAsReviewed(ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writer(format).write(ReportFixtures.report(), out);
        check("session." + goldenExtension(format), comparable(format, out.toByteArray()));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aComparisonIsAsReviewed(ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writer(format).write(ReportFixtures.comparison(), out);
        check("comparison." + goldenExtension(format), comparable(format, out.toByteArray()));
    }

    @Test
    void theHtmlParsesWithoutASingleError() throws IOException {
        for (String html : new String[] {"session.html", "comparison.html"}) {
            Parser parser = Parser.htmlParser().setTrackErrors(20);
            Jsoup.parse(Files.readString(GOLDEN.resolve(html)), "", parser);
            assertThat(parser.getErrors()).as(html).isEmpty();
        }
    }

    private static String goldenExtension(ReportFormat format) {
        return format == ReportFormat.PDF ? "pdf.txt" : format.extension();
    }

    static String comparable(ReportFormat format, byte[] bytes) throws IOException {
        if (format != ReportFormat.PDF) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void check(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; see the class comment to create it").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
