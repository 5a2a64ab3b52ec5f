package org.hurdleboard.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.report.SessionReport;

/**
 * A report in Welsh and then in English, in one file: the same writer run in each language, the
 * two joined the way the format allows (one HTML page with both parts, each marked with its
 * language; one PDF, the English pages after the Welsh; one Markdown file with a rule between).
 */
final class BilingualWriter implements ReportWriter {
    private final ReportFormat format;
    private final ReportWriter welsh;
    private final ReportWriter english;

    BilingualWriter(ReportFormat format, ReportWriter welsh, ReportWriter english) {
        if (!ReportLanguage.BOTH.fits(format)) {
            throw new IllegalArgumentException(format + " holds one language");
        }
        this.format = format;
        this.welsh = welsh;
        this.english = english;
    }

    @Override
    public void write(SessionReport report, OutputStream out) throws IOException {
        join(render(welsh, report), render(english, report), out);
    }

    @Override
    public void write(Comparison comparison, OutputStream out) throws IOException {
        join(render(welsh, comparison), render(english, comparison), out);
    }

    private static byte[] render(ReportWriter writer, SessionReport report) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(report, bytes);
        return bytes.toByteArray();
    }

    private static byte[] render(ReportWriter writer, Comparison comparison) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(comparison, bytes);
        return bytes.toByteArray();
    }

    private void join(byte[] first, byte[] second, OutputStream out) throws IOException {
        switch (format) {
            case PDF -> joinPdf(first, second, out);
            case HTML -> out.write(joinHtml(text(first), text(second)).getBytes(StandardCharsets.UTF_8));
            default -> out.write((text(first) + "\n---\n\n" + text(second)).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void joinPdf(byte[] first, byte[] second, OutputStream out) throws IOException {
        try (PDDocument both = Loader.loadPDF(first); PDDocument after = Loader.loadPDF(second)) {
            new PDFMergerUtility().appendDocument(both, after);
            both.save(out);
        }
    }

    /** The Welsh page with the English page's body after it, so a screen reader switches language. */
    static String joinHtml(String welshPage, String englishPage) {
        String englishBody = englishPage.substring(englishPage.indexOf("<main>"), englishPage.lastIndexOf("</main>") + 7)
                .replaceFirst("<main>", "<main lang=\"en-GB\">");
        int end = welshPage.lastIndexOf("</main>") + 7;
        return welshPage.substring(0, end) + "\n<hr>\n" + englishBody + welshPage.substring(end);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
