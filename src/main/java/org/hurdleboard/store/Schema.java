package org.hurdleboard.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The layout of a {@code .hurdles} file. The file says what it is with {@code application_id}
 * and which layout it has with {@code user_version}; a new layout gets a new version and a
 * migration step from the one before.
 */
final class Schema {
    /** "HBRD" in ASCII: lets any tool (and {@code file(1)}) tell a session file from other SQLite files. */
    static final int APPLICATION_ID = 0x48425244;
    static final int CURRENT_VERSION = 1;

    private static final String[] VERSION_1 = {
        """
        CREATE TABLE session (
          id            INTEGER PRIMARY KEY CHECK (id = 1),
          title         TEXT NOT NULL,
          team          TEXT NOT NULL,
          workshop_date TEXT NOT NULL,
          facilitator   TEXT NOT NULL,
          participants  INTEGER NOT NULL CHECK (participants >= 0),
          created_at    TEXT NOT NULL,
          created_by    TEXT NOT NULL
        )""",
        """
        CREATE TABLE deck (
          id               INTEGER PRIMARY KEY CHECK (id = 1),
          deck_id          TEXT NOT NULL,
          version          INTEGER NOT NULL,
          language         TEXT NOT NULL,
          title            TEXT NOT NULL,
          description      TEXT NOT NULL,
          source_title     TEXT NOT NULL,
          source_author    TEXT NOT NULL,
          source_publisher TEXT NOT NULL,
          source_url       TEXT NOT NULL,
          source_note      TEXT NOT NULL
        )""",
        """
        CREATE TABLE category (
          id       TEXT PRIMARY KEY,
          position INTEGER NOT NULL UNIQUE,
          name     TEXT NOT NULL,
          colour   TEXT NOT NULL
        )""",
        """
        CREATE TABLE card (
          number      INTEGER PRIMARY KEY,
          category_id TEXT NOT NULL REFERENCES category (id),
          position    INTEGER NOT NULL UNIQUE,
          title       TEXT NOT NULL,
          statement   TEXT NOT NULL
        )""",
        """
        CREATE TABLE round (
          id       INTEGER PRIMARY KEY,
          position INTEGER NOT NULL UNIQUE,
          question TEXT NOT NULL
        )""",
        """
        CREATE TABLE vote_count (
          round_id    INTEGER NOT NULL REFERENCES round (id),
          card_number INTEGER NOT NULL REFERENCES card (number),
          votes       INTEGER NOT NULL CHECK (votes BETWEEN 0 AND 9999),
          PRIMARY KEY (round_id, card_number)
        ) WITHOUT ROWID""",
    };

    private Schema() {
    }

    /** Lays out an empty database as a session file of the current version. */
    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : VERSION_1) {
                statement.execute(ddl);
            }
            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
            statement.execute("PRAGMA user_version = " + CURRENT_VERSION);
        }
    }
}
