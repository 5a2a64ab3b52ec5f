package org.hurdleboard.ui.board;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.report.SessionReport;
import org.hurdleboard.report.ReportFormat;
import org.hurdleboard.report.ReportLanguage;
import org.hurdleboard.report.Reports;
import org.hurdleboard.report.WallKit;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.ui.common.Background;
import org.hurdleboard.ui.common.FileReasons;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.wallkit.WallKitModel;

/**
 * Exports the open workshop's report. The report is taken from the session on the FX thread (it
 * owns the session), then written in the background; the outcome comes back as one line of text.
 */
public final class ExportViewModel {
    private final Session session;
    private final Path sessionFile;
    private final Background background;
    private final Messages messages;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ExportViewModel(Session session, Path sessionFile, Background background, Messages messages) {
        this.session = session;
        this.sessionFile = sessionFile;
        this.background = background;
        this.messages = messages;
    }

    /** The language a report is written in unless the facilitator says otherwise: the workshop's own. */
    public ReportLanguage defaultLanguage() {
        return ReportLanguage.ofWorkshop(session.deck().language());
    }

    /** Where a report goes unless the facilitator says otherwise: beside the session file, same name. */
    public Path suggestedFile(ReportFormat format) {
        return withExtension(sessionFile, format);
    }

    static Path withExtension(Path file, ReportFormat format) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(stem + "." + format.extension());
    }

    /** The workshop's wall kit: its own deck and current round, taken now, on the FX thread that owns the session. */
    public WallKitModel wallKit() {
        Path folder = sessionFile.toAbsolutePath().getParent();
        return new WallKitModel(WallKit.of(session), WallKitModel.suggestedFile(folder,
                SessionFile.nameWithoutExtension(sessionFile), messages), background, messages);
    }

    public void export(ReportFormat format, Path target) {
        export(format, target, defaultLanguage());
    }

    /** Writes the report in a language; both languages only where the format holds two (HTML, PDF, Markdown). */
    public void export(ReportFormat format, Path target, ReportLanguage language) {
        if (!language.fits(format)) {
            finished(messages.get("board.export.oneLanguage"), true);
            return;
        }
        if (target.toAbsolutePath().normalize().equals(sessionFile.toAbsolutePath().normalize())
                || target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SessionFile.EXTENSION)) {
            finished(messages.get("board.export.sameAsSession"), true);
            return;
        }
        SessionReport report = SessionReport.of(session);
        busy.set(true);
        failed.set(false);
        status.set(messages.get("board.export.working"));
        background.run(() -> {
            new Reports(language).export(report, format, target);
            return target;
        }, written -> finished(messages.get("board.export.done", written), false),
                error -> finished(messages.get("board.export.failed", target, FileReasons.of(messages, error)),
                        true));
    }

    private void finished(String message, boolean isFailure) {
        busy.set(false);
        failed.set(isFailure);
        status.set(message);
    }

    /** What the last export did, for the header; empty before the first. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
