package org.hurdleboard.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.hurdleboard.report.ReportFormat;

/**
 * Every file chooser and dialog the app shows, in one place: file choosers with the app's filters
 * and names, and dialogs in the app's look. Nothing is returned when the facilitator cancels.
 * Tests answer the file choosers themselves (a native dialog cannot run headless).
 */
public interface Dialogs {
    /** Where to save a session file, with the session extension when the name was typed without it. */
    Optional<Path> saveSession(Window owner, Path suggested);

    Optional<Path> openSession(Window owner);

    /** A folder, such as one holding a series of workshops, under a chooser with this title. */
    Optional<Path> openFolder(Window owner, String title);

    Optional<Path> openDeck(Window owner);

    /** Where to export a deck, with the deck extension when the name was typed without it. */
    Optional<Path> saveDeck(Window owner, String suggestedName);

    /** Where to write a PDF (the wall kit), under a chooser with this title. */
    Optional<Path> savePdf(Window owner, String title, Path suggested);

    /** Where to write a report, and in which format (the file type chosen in the chooser). */
    Optional<ReportTarget> saveReport(Window owner, Path suggested, ReportFormat format);

    /** Shows one of the app's dialogs, styled as the app is, and waits for its answer. */
    <R> Optional<R> show(Dialog<R> dialog);

    /** Styles one of the app's dialogs that is shown without waiting (so nothing else stops meanwhile). */
    void style(Dialog<?> dialog);

    /** Styles the scene of one of the app's own windows before it is first shown. */
    void style(Scene scene);

    /** The same dialogs in another language. */
    Dialogs in(Messages translated);

    record ReportTarget(Path file, ReportFormat format) {
    }
}
