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
    private MainWindow window;
    private FileHandler log;

    @Override
    public void start(Stage stage) {
        AppContext context = AppContext.create(AppHome.forCurrentUser(), Clock.systemDefaultZone(),
                Locale.getDefault());
        startLog(context);
        window = new MainWindow(stage, context);
        new UnexpectedErrors(window::showUnexpectedError, Platform::runLater).install();
        window.showStart();
        // the board is meant to fill the screen; the window still restores to a normal size
        stage.setMaximized(true);
        stage.show();
        StartupProbe.fromSystemProperty().ifPresent(probe -> probe.watch(stage.getScene()));
        // the decks are read in the background once the first frame is on screen, so neither the
        // window nor New workshop waits for them; a broken built-in deck still fails where it is used
        FirstPaint.then(stage.getScene(), ".root",
                () -> context.background().run(context.decks()::all, decks -> { }, error -> { }));
        List<String> arguments = getParameters().getRaw();
        if (arguments.contains(DEMO_OPTION)) {
            window.openDemo(window::showStartWithError);
        } else if (!arguments.isEmpty()) {
            window.openSession(Path.of(arguments.get(0)), window::showStartWithError);
        }
        window.checkDatabaseLibrary();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
        if (log != null) {
            AppLog.stop(log);
        }
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
