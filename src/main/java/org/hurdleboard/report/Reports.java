package org.hurdleboard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.report.SessionReport;

/**
 * Exports reports to files. Each is written under a temporary name in the target folder and moved
 * into place only when complete, so a failed export never leaves a half-written file.
 */
public final class Reports {
    private final ReportText text;
    private final boolean bilingual;

    public Reports(ReportText text) {
        this.text = text;
        this.bilingual = false;
    }

    /** Reports in English, in Welsh, or in both (Welsh first) where the format allows. */
    public Reports(ReportLanguage language) {
        this.bilingual = language == ReportLanguage.BOTH;
        this.text = bilingual ? null : new ReportText(language.locale());
    }

    /** A writer for the format; a bilingual one refuses CSV and JSON (IllegalArgumentException). */
    public ReportWriter writer(ReportFormat format) {
        if (bilingual) {
            return new BilingualWriter(format, writer(format, new ReportText(ReportLanguage.CY.locale())),
                    writer(format, new ReportText(ReportLanguage.EN.locale())));
        }
        return writer(format, text);
    }

    private static ReportWriter writer(ReportFormat format, ReportText text) {
        return switch (format) {
            case HTML -> new HtmlWriter(text);
            case PDF -> new PdfWriter(text);
            case CSV -> new CsvWriter(text);
            case MD -> new MarkdownWriter(text);
            case JSON -> new JsonWriter();
        };
    }

    public void export(SessionReport report, ReportFormat format, Path target) throws IOException {
        writeSafely(target, out -> writer(format).write(report, out));
    }

    public void export(Comparison comparison, ReportFormat format, Path target) throws IOException {
        writeSafely(target, out -> writer(format).write(comparison, out));
    }

    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static void writeSafely(Path target, Body body) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // not createTempFile: its owner-only permissions would stay on a report meant to be shared
        Path partial = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }
}
