package org.hurdleboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.report.SessionReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever was typed in the room comes out as that text in every format: never markup, a link, a
 * script or a formula, and recoverable exactly where the format can hold it.
 */
class HostileTextTest {
    private final Reports reports = new Reports(ReportFixtures.TEXT);

    static Stream<String> hostile() {
        return ReportFixtures.HOSTILE.stream();
    }

    private byte[] export(ReportFormat format, SessionReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writer(format).write(report, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void htmlShowsTheTextAndRunsNothing(String hostile) throws IOException {
        Document page = Jsoup.parse(new String(export(ReportFormat.HTML, ReportFixtures.hostileReport(hostile)),
                StandardCharsets.UTF_8));

        assertThat(page.select("script, img, iframe, object, embed, link")).isEmpty();
        assertThat(page.select("a")).as("a hostile credit address is shown as text, not linked").isEmpty();
        for (Element element : page.getAllElements()) {
            assertThat(element.attributes().asList()).noneMatch(attribute -> attribute.getKey().startsWith("on"));
        }
        assertThat(page.selectFirst("h1").text()).isEqualTo(hostile);
        assertThat(page.select("td strong").eachText()).containsOnly(hostile);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void markdownRendersAsTheTextWithNoMarkupOrLinks(String hostile) throws IOException {
        String markdown = new String(export(ReportFormat.MD, ReportFixtures.hostileReport(hostile)),
                StandardCharsets.UTF_8);
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
        String html = HtmlRenderer.builder().extensions(extensions).build()
                .render(Parser.builder().extensions(extensions).build().parse(markdown));
        Document page = Jsoup.parse(html);

        assertThat(page.select("script, img, a, em, strong:not(td strong)")).isEmpty();
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo(hostile);
        assertThat(page.select("td strong").eachText()).containsOnly(hostile);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void csvNeverStartsACellWithAFormulaAndKeepsTheText(String hostile) throws IOException {
        byte[] bytes = export(ReportFormat.CSV, ReportFixtures.hostileReport(hostile));
        List<List<String>> rows = CsvReader.parse(new String(bytes, StandardCharsets.UTF_8).substring(1));

        for (List<String> row : rows) {
            assertThat(row).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
        }
        String title = rows.get(1).get(5);
        assertThat(CsvReader.unneutralised(title)).isEqualTo(hostile);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void notesIdeasActionsAndTheParkingLotStayTextInEveryFormat(String hostile) throws IOException {
        SessionReport report = ReportFixtures.hostileReport(hostile);
        Document html = Jsoup.parse(new String(export(ReportFormat.HTML, report), StandardCharsets.UTF_8));
        assertThat(html.select("li > bdi").eachText()).as("notes, ideas, parking lot").contains(hostile)
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(html.select("h3 bdi").eachText()).as("the room's own card").contains(hostile);

        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
        Document markdown = Jsoup.parse(HtmlRenderer.builder().extensions(extensions).build().render(Parser.builder()
                .extensions(extensions).build().parse(new String(export(ReportFormat.MD, report),
                        StandardCharsets.UTF_8))));
        assertThat(markdown.select("script, img, a, em")).isEmpty();
        assertThat(markdown.select("li").eachText()).contains(hostile.strip());

        List<List<String>> rows = CsvReader.parse(new String(export(ReportFormat.CSV, report),
                StandardCharsets.UTF_8).substring(1));
        List<String> header = rows.get(0);
        int section = header.indexOf("section");
        int text = header.indexOf("text");
        int owner = header.indexOf("owner");
        assertThat(rows).filteredOn(row -> row.get(section).equals("note")).extracting(row ->
                CsvReader.unneutralised(row.get(text))).contains(hostile);
        assertThat(rows).filteredOn(row -> row.get(section).equals("parking lot")).extracting(row ->
                CsvReader.unneutralised(row.get(text))).containsOnly(hostile, "Ask finance about a training budget");
        assertThat(rows).filteredOn(row -> row.get(section).equals("action")).extracting(row ->
                CsvReader.unneutralised(row.get(owner))).contains(hostile);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void jsonReadsBackExactly(String hostile) throws IOException {
        SessionReport report = ReportFixtures.hostileReport(hostile);

        SessionReport read = new JsonReportReader().readSession(new ByteArrayInputStream(export(ReportFormat.JSON,
                report)));

        assertThat(read).isEqualTo(report);
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void aComparisonKeepsHostileTextInertInEveryFormat(String hostile) throws IOException {
        Comparison comparison = ReportFixtures.hostileComparison(hostile);
        Map<ReportFormat, String> written = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : ReportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reports.writer(format).write(comparison, out);
            written.put(format, ReportGoldenTest.comparable(format, out.toByteArray()));
        }

        Document page = Jsoup.parse(written.get(ReportFormat.HTML));
        assertThat(page.select("script, img, a")).isEmpty();
        assertThat(page.select("td bdi").eachText()).contains(hostile);
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
        Document markdown = Jsoup.parse(HtmlRenderer.builder().extensions(extensions).build()
                .render(Parser.builder().extensions(extensions).build().parse(written.get(ReportFormat.MD))));
        assertThat(markdown.select("script, img, a, em")).isEmpty();
        assertThat(markdown.select("td").eachText()).contains(hostile);
        List<List<String>> rows = CsvReader.parse(written.get(ReportFormat.CSV).substring(1));
        for (List<String> row : rows) {
            assertThat(row).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
        }
        assertThat(rows.subList(1, rows.size())).extracting(row -> CsvReader.unneutralised(row.get(0)))
                .containsOnly(hostile, hostile + " 2");
        assertThat(new JsonReportReader().readComparison(new ByteArrayInputStream(
                written.get(ReportFormat.JSON).getBytes(StandardCharsets.UTF_8)))).isEqualTo(comparison);
        assertThat(written.get(ReportFormat.PDF)).contains("Comparison of 2 workshops");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void pdfIsWrittenAndShowsWhatTheFontCanDraw(String hostile) throws IOException {
        String text = ReportGoldenTest.comparable(ReportFormat.PDF,
                export(ReportFormat.PDF, ReportFixtures.hostileReport(hostile))).replaceAll("\\R", " ");

        if (hostile.length() < 100 && hostile.chars().allMatch(c -> c < 128)) {
            assertThat(text).contains(hostile);
        } else if (hostile.length() >= 100) {
            assertThat(text.replaceAll("Page \\d+ of \\d+", "").replace(" ", "")).contains(hostile);
        } else {
            // scripts and emoji the embedded font lacks are replaced, the rest of the text kept
            assertThat(text).contains("?").containsAnyOf("right-to-left", "emoji");
        }
    }
}
