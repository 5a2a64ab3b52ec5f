package org.hurdleboard.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.io.IOException;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.hurdleboard.settings.AppHome;
import org.hurdleboard.ui.FirstPaint;
import org.hurdleboard.ui.MainWindow;
import org.hurdleboard.ui.common.AppContext;
import org.hurdleboard.ui.common.AppLog;
import org.hurdleboard.ui.common.UnexpectedErrors;

/**
 * The JavaFX application. With a file argument it opens that workshop; with {@code --demo} the
 * demo; otherwise the start screen.
 */
public final class HurdleBoardApp extends Application {
    public static final String DEMO_OPTION = "--demo";
    /** Runs once stop() has written every vote and closed the file; Main ends the process there. */
    private static volatile Runnable afterStop = () -> { };
    private MainWindow window;
    private FileHandler log;

    @Override
    public void start(Stage stage) {
        AppContext context = AppContext.create(AppHome.forCurrentUser(), Clock.systemDefaultZone(),
                Locale.getDefault());
        startLog(context);
        window = new MainWindow(stage, context);
        new UnexpectedErrors(window::showUnexpectedError, Platform::runLater).install();
        // a file or the demo goes straight to its board, without the start screen on the way; asked
        // for before the window is shown, so the file is read while the window is being made
        List<String> arguments = getParameters().getRaw();
        if (arguments.contains(DEMO_OPTION)) {
            window.openDemo(window::showStartWithError);
        } else if (!arguments.isEmpty()) {
            window.openSession(Path.of(arguments.get(0)), window::showStartWithError);
        } else {
            window.showStart();
        }
        // the board is meant to fill the screen; the window still restores to a normal size
        stage.setMaximized(true);
        stage.show();
        StartupProbe.fromSystemProperty().ifPresent(probe -> {
            probe.watch(stage.getScene());
            if (probe.tours()) {
                FirstPaint.then(stage.getScene(), ".start-screen", () -> window.openDemo(window::showStartWithError));
            }
        });
        // what the first screen does not need waits for it: reading the decks (a daemon thread of
        // its own, not the background pool, which closing waits for: a window closed at once need
        // not wait for a read nobody uses, up to 300 ms of the exit, measured) and the check of the
        // database library, which would only compete with opening the file for the CPU
        FirstPaint.then(stage.getScene(), "#board, .start-screen", () -> {
            preloadDecks(context);
            window.checkDatabaseLibrary();
        });
    }

    /**
     * What to run once the app has stopped and everything is saved. Main ends the process there:
     * JavaFX's own teardown after stop() (the renderer, the windows, GTK) took another 200 ms to
     * 1 s on a loaded 2-core machine, with nothing of the user's left to save.
     */
    public static void afterStop(Runnable then) {
        afterStop = then;
    }

    @Override
    public void stop() {
        try {
            if (window != null) {
                window.shutdown();
            }
            if (log != null) {
                AppLog.stop(log);
            }
        } finally {
            afterStop.run();
        }
    }

    private static void preloadDecks(AppContext context) {
        Thread preload = new Thread(() -> {
            try {
                context.decks().all();
            } catch (RuntimeException e) {
                // read again, and reported, where a deck is used
            }
        }, "hurdleboard-deck-preload");
        preload.setDaemon(true);
        preload.start();
    }

    /** A log that cannot be written (a full or read-only profile) must not stop a workshop. */
    private void startLog(AppContext context) {
        try {
            log = AppLog.start(AppLog.folder(context.home().dir()));
        } catch (IOException | RuntimeException e) {
            Logger.getLogger(AppLog.LOGGER).log(Level.WARNING, "no log file", e);
        }
    }
}
