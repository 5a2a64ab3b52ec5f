package org.hurdleboard.report;

import java.io.IOException;
import java.io.OutputStream;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.report.SessionReport;

/** Writes a report or a comparison in one format. The stream is the caller's to close. */
public interface ReportWriter {
    void write(SessionReport report, OutputStream out) throws IOException;

    void write(Comparison comparison, OutputStream out) throws IOException;
}
