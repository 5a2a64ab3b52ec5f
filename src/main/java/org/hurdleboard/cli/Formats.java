package org.hurdleboard.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.hurdleboard.report.ReportFormat;

/** Which format to write: the one asked for, else the one the output's name ends in, else a default. */
final class Formats {
    private Formats() {
    }

    static ReportFormat choose(CliText text, ReportFormat asked, Path output, ReportFormat fallback)
            throws CliException {
        if (asked != null) {
            return asked;
        }
        if (output == null) {
            return fallback;
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ReportFormat format : ReportFormat.values()) {
            if (name.endsWith("." + format.extension())) {
                return format;
            }
        }
        if (name.endsWith(".markdown")) {
            return ReportFormat.MD;
        }
        throw new CliException(HurdleBoardCli.USAGE, text.get("format.unknown", output.getFileName()));
    }
}
