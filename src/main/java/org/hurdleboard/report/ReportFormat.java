package org.hurdleboard.report;

/** The formats a report or comparison can be exported to; the command line takes the name in any case. */
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
}
