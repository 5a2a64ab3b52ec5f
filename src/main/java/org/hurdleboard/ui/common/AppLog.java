package org.hurdleboard.ui.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The app's log: what went wrong, with the details a developer needs, in a file in the app's
 * folder ({@code logs/hurdle-board-0.log}, the newest), never on the screen. The file rolls over
 * at {@link #LIMIT_BYTES}, keeping {@link #GENERATIONS} files, so it never fills a laptop's disk.
 */
public final class AppLog {
    /** Every part of the app logs here ({@code System.getLogger} reaches the same logger). */
    public static final String LOGGER = "hurdleboard";
    public static final int LIMIT_BYTES = 1_000_000;
    public static final int GENERATIONS = 3;

    private AppLog() {
    }

    /** Where the log goes, inside the app's folder. */
    public static Path folder(Path appFolder) {
        return appFolder.resolve("logs");
    }

    /** Starts writing the app's log into {@code folder}; the handler is returned so it can be closed. */
    public static FileHandler start(Path folder) throws IOException {
        Files.createDirectories(folder);
        FileHandler file = new FileHandler(folder.resolve("hurdle-board-%g.log").toString(), LIMIT_BYTES,
                GENERATIONS, true);
        file.setEncoding(StandardCharsets.UTF_8.name());
        file.setFormatter(new SimpleFormatter());
        Logger.getLogger(LOGGER).addHandler(file);
        return file;
    }

    /** Stops writing the log to a file started by {@link #start}. */
    public static void stop(FileHandler file) {
        Logger.getLogger(LOGGER).removeHandler(file);
        file.close();
    }
}
