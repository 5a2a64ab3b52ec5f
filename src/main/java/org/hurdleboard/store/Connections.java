package org.hurdleboard.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteOpenMode;

/** How every connection to a session file is opened. */
final class Connections {
    /** Bytes 18 and 19 of an SQLite header: 2 when the file is in WAL mode. */
    private static final int WAL_VERSION_OFFSET = 18;

    private Connections() {
    }

    /**
     * Rollback journal, not WAL: the file stays one self-contained file that can be copied or
     * emailed at any moment and works on network drives. {@code synchronous=FULL} makes a commit
     * durable before it returns. Temporary tables and sorts stay in memory, never in a temporary
     * folder that may be missing or locked down. Immediate transactions: the connection takes
     * SQLite's write lock when it opens and again at once after each commit, so between writes it
     * still holds it, and no other copy of the app can write the file even if the lock file
     * beside it has gone (readers, such as the command line's checks, still can).
     */
    static Connection open(Path path, boolean mayCreate) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        if (!mayCreate) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(2000);
        // a phone's ballot deleted when voting closes is overwritten, not left in a free page
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        Connection connection = config.createConnection("jdbc:sqlite:" + path.toAbsolutePath());
        connection.setAutoCommit(false);
        return connection;
    }

    /**
     * For files the app must not change: a read-only session, a backup, a file being checked. A
     * file another tool left in WAL mode, with no -wal file beside it, is read as it is: a plain
     * read-only look would leave -wal and -shm files beside it.
     */
    static Connection openReadOnly(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setBusyTimeout(2000);
        if (isWalWithoutLog(path)) {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            return config.createConnection("jdbc:sqlite:" + path.toAbsolutePath().toUri() + "?immutable=1");
        }
        return config.createConnection("jdbc:sqlite:" + path.toAbsolutePath());
    }

    /** A private copy of a file, in memory, to change without touching the file (an upgrade to read it). */
    static Connection inMemoryCopy(Path path) throws SQLException, IOException {
        byte[] bytes = Files.readAllBytes(path);
        SQLiteConfig config = new SQLiteConfig();
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        SQLiteConnection connection = (SQLiteConnection) config.createConnection("jdbc:sqlite::memory:");
        try {
            connection.deserialize("main", bytes);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static boolean isWalWithoutLog(Path path) {
        if (Files.exists(path.resolveSibling(path.getFileName() + "-wal"))) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] header = in.readNBytes(WAL_VERSION_OFFSET + 2);
            return header.length == WAL_VERSION_OFFSET + 2 && header[WAL_VERSION_OFFSET] == 2
                    && header[WAL_VERSION_OFFSET + 1] == 2;
        } catch (IOException e) {
            return false;
        }
    }
}
