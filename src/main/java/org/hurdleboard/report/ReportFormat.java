package org.hurdleboard.report;

import java.util.Locale;

/** The formats a report or comparison can be exported to; the name is also the command-line value. */
public enum ReportFormat {
    HTML("html"), PDF("pdf"), CSV("csv"), MD("md"), JSON("json");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The lower-case name people type: html, pdf, csv, md, json. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
