package org.hurdleboard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.report.SessionReport;

/**
 * Exports reports to files. Each is written under a temporary name in the target folder and moved
 * into place only when complete, so a failed export never leaves a half-written file.
 */
public final class Reports {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** A session file and what SQLite and the app keep beside it, by the end of their names. */
    private static final List<String> WORKSHOP_FILES =
            List.of(".hurdles", ".hurdles.lock", ".hurdles-journal", ".hurdles-wal", ".hurdles-shm");
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

    /**
     * Writes {@code target} through a temporary file beside it, moved into place when complete.
     * The temporary name is short and the same length for any target, so a target named up to
     * the file system's limit can still be written. A failure says why (the system's reason),
     * never the temporary file's name.
     */
    static void writeSafely(Path target, Body body) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (WORKSHOP_FILES.stream().anyMatch(name::endsWith)) {
            // over its lock file, a second copy of the app could open the workshop; over its journal, damage it
            throw new IOException("that name belongs to a workshop or to a file kept beside one: choose another");
        }
        Path folder = target.toAbsolutePath().getParent();
        Path partial = null;
        try {
            Files.createDirectories(folder);
            // not createTempFile: its owner-only permissions would stay on a report meant to be shared
            partial = folder.resolve(".hb-" + Long.toHexString(RANDOM.nextLong() >>> 1) + ".part");
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
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
            if (e instanceof IOException io) {
                throw new IOException(reason(io), io);
            }
            throw e;
        }
    }

    /** The system's reason for a failure, without the names of the files involved. */
    static String reason(IOException error) {
        if (error instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (error instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (error instanceof FileAlreadyExistsException || error instanceof DirectoryNotEmptyException) {
            return "a folder of that name is already there";
        }
        if (error instanceof FileSystemException system) {
            return system.getReason() != null ? system.getReason() : "the file could not be written";
        }
        return error.getMessage() != null ? error.getMessage() : "the file could not be written";
    }
}
