package org.hurdleboard.ui.workshop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.hurdleboard.domain.DemoSession;
import org.hurdleboard.domain.Session;
import org.hurdleboard.settings.RecentFiles;
import org.hurdleboard.store.Backups;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.store.SessionFileException;
import org.hurdleboard.ui.common.AppContext;
import org.hurdleboard.ui.common.FileReasons;
import org.hurdleboard.ui.common.Messages;

/**
 * Opening, creating, copying and restoring workshops, all on the session-file thread, each
 * answered with one {@link Opened} on the FX thread. A missing file leaves the recent list; a
 * damaged one comes back with its last backup, a locked one with the offer to look without changing.
 */
public final class WorkshopFiles {
    private final AppContext context;
    private final Messages messages;

    public WorkshopFiles(AppContext context) {
        this.context = context;
        this.messages = context.messages();
    }

    public void open(Path file, Consumer<Opened> done) {
        context.background().runOnSessionFiles(() -> openOrExplain(file), done,
                error -> done.accept(failed(error, file)));
    }

    /** For a file open elsewhere: look at it as it is now, without changing it. */
    public void openReadOnly(Path file, Consumer<Opened> done) {
        context.background().runOnSessionFiles(() -> (Opened) new Opened.Workshop(SessionFile.openReadOnly(file)),
                done, error -> done.accept(failed(error, file)));
    }

    /** Restores a backup to a new file beside the original (never over it) and opens that. */
    public void restore(Backups.Backup backup, Path original, Consumer<Opened> done) {
        context.background().runOnSessionFiles(() -> (Opened) new Opened.Workshop(remembered(SessionFile.open(
                        Backups.restore(backup, original, context.home().workshopsFolder()), context.backups()))),
                done, error -> done.accept(failed(error, original)));
    }

    /** The demo starts afresh each time: whatever was voted in the last demo is discarded. */
    public void openDemo(Consumer<Opened> done) {
        Path file = context.home().demoSessionFile();
        context.background().runOnSessionFiles(() -> {
            // the demo's cards speak the app's language, as set-up's do
            Session demo = DemoSession.create(context.decks().in(messages.locale()).get(0),
                    DemoSession.details(messages.get("demo.title"), messages.get("demo.team"),
                            LocalDate.now(context.clock()), messages.get("demo.facilitator")),
                    messages.get("setup.firstQuestion"));
            SessionFile.delete(file);
            return (Opened) new Opened.Workshop(SessionFile.create(file, demo));
        }, done, error -> done.accept(failed(error, file)));
    }

    /** A new file; with {@code renameIfTaken} a name in use becomes "name (2)", without it it is an error. */
    public void create(Path file, Session session, boolean renameIfTaken, Consumer<Opened> done) {
        context.background().runOnSessionFiles(() -> (Opened) new Opened.Workshop(remembered(SessionFile.create(
                        renameIfTaken ? SessionFile.firstFreePath(file) : file, session))),
                done, error -> done.accept(failed(error, file)));
    }

    /** The open workshop, as shown and with its undo history, written to a new file and opened there. */
    public void copy(SessionFile current, Path target, Consumer<Opened> done) {
        context.background().runOnSessionFiles(() -> {
            SessionFile copy = SessionFile.create(target, current.session());
            // the workshop carries on in the copy: so do its phones, with the same link and room code
            current.movePhoneKeysTo(copy);
            return (Opened) new Opened.Workshop(remembered(copy));
        },
                done, error -> done.accept(new Opened.Failed(messages.get("board.copyFailed",
                        OpenErrors.describe(messages, error, target)))));
    }

    /**
     * "name (copy).hurdles" beside the file, or in the workshops folder when that folder cannot be
     * written; asked off the FX thread, as a network drive may hang.
     */
    public void copyNameFor(Path file, Consumer<Path> done, Consumer<String> onError) {
        context.background().run(() -> {
            String stem = SessionFile.nameWithoutExtension(file);
            Path folder = file.toAbsolutePath().getParent();
            if (folder == null || !Files.isWritable(folder)) {
                folder = context.home().workshopsFolder();
            }
            return folder.resolve(messages.get("board.copyName", stem) + SessionFile.EXTENSION);
        }, done, error -> onError.accept(messages.get("board.copyFailed", FileReasons.of(messages, error))));
    }

    /** The workshop's backups, newest first; none when they cannot be read. */
    public void backupsOf(Path file, Consumer<List<Backups.Backup>> done) {
        context.background().run(() -> context.backups().of(file), done, error -> done.accept(List.of()));
    }

    private Opened openOrExplain(Path file) throws SessionFileException {
        try {
            return new Opened.Workshop(remembered(SessionFile.open(file, context.backups())));
        } catch (SessionFileException e) {
            if (e.problem() == SessionFileException.Problem.MISSING) {
                updateRecentFiles(recent -> recent.forget(file));
            }
            if (e.problem() == SessionFileException.Problem.DAMAGED) {
                List<Backups.Backup> backups = context.backups().of(file);
                String message = OpenErrors.describe(messages, e, file);
                return backups.isEmpty() ? new Opened.Failed(message) : new Opened.Damaged(message, backups.get(0), file);
            }
            if (e.problem() == SessionFileException.Problem.LOCKED) {
                return new Opened.Locked(OpenErrors.describe(messages, e, file), file);
            }
            throw e;
        }
    }

    /** A failure to read {@code file}, in words a facilitator can act on. */
    public String describe(Throwable error, Path file) {
        return OpenErrors.describe(messages, error, file);
    }

    private Opened failed(Throwable error, Path file) {
        return new Opened.Failed(OpenErrors.describe(messages, error, file));
    }

    private SessionFile remembered(SessionFile file) {
        updateRecentFiles(recent -> recent.remember(file.path(), file.session().details().title()));
        return file;
    }

    /** The recent list is a convenience: failing to update it is logged, never shown as an error. */
    private void updateRecentFiles(RecentFilesUpdate update) {
        try {
            update.apply(context.recentFiles());
        } catch (IOException e) {
            System.getLogger("hurdleboard").log(System.Logger.Level.WARNING, "could not update recent files", e);
        }
    }

    @FunctionalInterface
    private interface RecentFilesUpdate {
        void apply(RecentFiles recentFiles) throws IOException;
    }
}
