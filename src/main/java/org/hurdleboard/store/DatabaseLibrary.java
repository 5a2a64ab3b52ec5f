package org.hurdleboard.store;

import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;

/** Whether SQLite's native code can run here; a locked-down laptop may forbid it. */
public final class DatabaseLibrary {
    private DatabaseLibrary() {
    }

    /** Nothing when it loads; otherwise why not, in the library's words. */
    public static Optional<String> problem() {
        try {
            return SQLiteJDBCLoader.initialize() ? Optional.empty() : Optional.of("it did not load");
        } catch (Exception | LinkageError e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** Where the library unpacks its native code (set at start; else the temporary folder). */
    public static String unpackFolder() {
        return System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));
    }
}
