package org.hurdleboard.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;
import org.hurdleboard.settings.AppHome;
import org.hurdleboard.ui.common.AppContext;

/**
 * The JavaFX application. With a file argument it opens that workshop; with {@code --demo} the
 * demo; otherwise the start screen.
 */
public final class HurdleBoardApp extends Application {
    public static final String DEMO_OPTION = "--demo";
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        AppContext context = AppContext.create(AppHome.forCurrentUser(), Clock.systemDefaultZone(),
                Locale.getDefault());
        window = new MainWindow(stage, context);
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
    }
}
