package org.hurdleboard.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** How every connection to a session file is opened. */
final class Connections {
    private Connections() {
    }

    /**
     * Rollback journal, not WAL: the file stays one self-contained file that can be copied or
     * emailed at any moment and works on network drives. {@code synchronous=FULL} makes a commit
     * durable before it returns.
     */
    static Connection open(Path path, boolean mayCreate) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        if (!mayCreate) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(2000);
        Connection connection = config.createConnection("jdbc:sqlite:" + path.toAbsolutePath());
        connection.setAutoCommit(false);
        return connection;
    }

    /** For reading only: SQLite itself refuses any write, so a report can never change a workshop. */
    static Connection openReadOnly(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(2000);
        return config.createConnection("jdbc:sqlite:" + path.toAbsolutePath());
    }
}
