package org.hurdleboard.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.hurdleboard.store.SessionFileException.Problem;

/**
 * The checks a file passes, in order, before the app uses it: there, a file, SQLite, a Hurdle
 * Board session, not from a newer version, not damaged. Each failure is its own problem, so the
 * facilitator is told exactly what is wrong.
 */
final class FileIdentity {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private FileIdentity() {
    }

    static void requireSqliteFile(Path path) throws SessionFileException {
        if (!Files.exists(path)) {
            throw new SessionFileException(Problem.MISSING, path, "");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new SessionFileException(Problem.UNREADABLE, path, "");
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        try (InputStream in = Files.newInputStream(path)) {
            int read = in.readNBytes(header, 0, header.length);
            if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new SessionFileException(Problem.NOT_SQLITE, path, "");
            }
        } catch (IOException e) {
            throw new SessionFileException(Problem.UNREADABLE, path, IoReasons.of(e), e);
        }
    }

    /** Returns the file's schema version once it has passed every check ({@code check} names SQLite's). */
    static int check(Connection connection, Path path, String check) throws SQLException,
            SessionFileException {
        if (pragmaInt(connection, "application_id") != Schema.APPLICATION_ID) {
            throw new SessionFileException(Problem.NOT_A_SESSION, path, "");
        }
        int version = pragmaInt(connection, "user_version");
        if (version > Schema.CURRENT_VERSION) {
            throw new SessionFileException(Problem.NEWER_VERSION, path, String.valueOf(version));
        }
        if (version < 1) {
            throw new SessionFileException(Problem.NOT_A_SESSION, path, "");
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + check)) {
            String verdict = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                throw new SessionFileException(Problem.DAMAGED, path, verdict);
            }
        }
        return version;
    }

    private static int pragmaInt(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }
}
