package org.hurdleboard.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * The layout of a {@code .hurdles} file. The file says what it is with {@code application_id}
 * and which layout it has with {@code user_version}. Each version is reached by one step from the
 * version before, and a new file is made by running every step, so a new file and an upgraded old
 * one always have the same layout. Old layouts are kept as test fixtures (src/test/resources/store/fixtures).
 */
final class Schema {
    /** "HBRD" in ASCII: lets any tool (and {@code file(1)}) tell a session file from other SQLite files. */
    static final int APPLICATION_ID = 0x48425244;
    private static final String[] TO_VERSION_1 = {
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

    /**
     * Version 2: an id that follows the file (for its backups), the history behind undo, and a
     * checksum in every row ({@link RowChecks}).
     */
    private static final String[] TO_VERSION_2 = concat(new String[] {
        "ALTER TABLE session ADD COLUMN uid TEXT NOT NULL DEFAULT ''",
        "UPDATE session SET uid = lower(hex(randomblob(16))) WHERE uid = ''",
        // done changes first, then undone ones (a new change drops those): undo marks the last
        // done row undone, redo the first undone row done
        """
        CREATE TABLE change_log (
          seq     INTEGER PRIMARY KEY,
          change  TEXT NOT NULL,
          undone  INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
          made_at TEXT NOT NULL
        )""",
    }, RowChecks.addColumns("session", "deck", "category", "card", "round", "vote_count", "change_log"));

    /**
     * Version 3: the rest of the deck (deck format v1's optional fields), so a session shows the
     * explanations and questions it was run with. Older files get empty values: what they had.
     */
    private static final String[] TO_VERSION_3 = {
        "ALTER TABLE deck ADD COLUMN source_licence TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE category ADD COLUMN icon TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE card ADD COLUMN explanation TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE card ADD COLUMN source_title TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE card ADD COLUMN source_author TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE card ADD COLUMN source_publisher TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE card ADD COLUMN source_url TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE card ADD COLUMN source_note TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE card ADD COLUMN source_licence TEXT NOT NULL DEFAULT ''",
        // questions to discuss, in order; card_number 0 holds the deck's own, asked of every card without any
        """
        CREATE TABLE prompt (
          card_number INTEGER NOT NULL CHECK (card_number >= 0),
          position    INTEGER NOT NULL,
          text        TEXT NOT NULL,
          row_check   INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (card_number, position)
        ) WITHOUT ROWID""",
    };

    /**
     * Version 4: how each round is voted (rule, dots, hidden counts, the cards it is about), the
     * dot-voting turn under way and which counts are revealed, as text lists a person can read in
     * any SQLite tool ({@link RoundRows}); each card's status; the participants' names, if given.
     */
    private static final String[] TO_VERSION_4 = {
        "ALTER TABLE round ADD COLUMN rule TEXT NOT NULL DEFAULT 'tally' CHECK (rule IN ('tally', 'dots'))",
        "ALTER TABLE round ADD COLUMN dots_each INTEGER NOT NULL DEFAULT 0 CHECK (dots_each >= 0)",
        "ALTER TABLE round ADD COLUMN max_per_card INTEGER NOT NULL DEFAULT 0 CHECK (max_per_card >= 0)",
        "ALTER TABLE round ADD COLUMN hide_votes INTEGER NOT NULL DEFAULT 0 CHECK (hide_votes IN (0, 1))",
        "ALTER TABLE round ADD COLUMN cards TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE round ADD COLUMN revealed TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE round ADD COLUMN turn_participant INTEGER NOT NULL DEFAULT 1 CHECK (turn_participant >= 1)",
        "ALTER TABLE round ADD COLUMN turn_dots TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE card ADD COLUMN status TEXT NOT NULL DEFAULT 'none'",
        // one name a line, in turn order; empty when turns are anonymous
        "ALTER TABLE session ADD COLUMN participant_names TEXT NOT NULL DEFAULT ''",
    };

    /**
     * Version 5: the discuss stage. Each card's champions and whether the room added it; every
     * note, idea, action and parking-lot item ({@link DiscussionRows}), one row each, in order
     * within its list (its kind on its card; card 0 is the parking lot).
     */
    private static final String[] TO_VERSION_5 = {
        "ALTER TABLE card ADD COLUMN champions INTEGER NOT NULL DEFAULT 0 CHECK (champions >= 0)",
        "ALTER TABLE card ADD COLUMN added_in_session INTEGER NOT NULL DEFAULT 0 CHECK (added_in_session IN (0, 1))",
        """
        CREATE TABLE discussion_item (
          id          INTEGER PRIMARY KEY CHECK (id >= 1),
          kind        TEXT NOT NULL CHECK (kind IN ('note', 'idea', 'action', 'parked')),
          card_number INTEGER NOT NULL CHECK (card_number >= 0),
          position    INTEGER NOT NULL CHECK (position >= 0),
          text        TEXT NOT NULL,
          owner       TEXT NOT NULL DEFAULT '',
          due         TEXT NOT NULL DEFAULT '',
          state       TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'doing', 'done')),
          row_check   INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX discussion_item_list ON discussion_item (kind, card_number, position)",
    };

    /**
     * Version 6: each table's row count and the sum of its rows' checks ({@link RowChecks}), so a
     * row deleted behind the app's back is found, not only a row changed.
     */
    private static final String[] TO_VERSION_6 = {
        """
        CREATE TABLE table_check (
          name      TEXT PRIMARY KEY,
          row_count INTEGER NOT NULL,
          total     INTEGER NOT NULL
        ) WITHOUT ROWID""",
        // the undo history grows all day: its count and sum are read from this small index, not its rows
        "CREATE INDEX change_log_check ON change_log (row_check)",
    };

    /**
     * Version 7: the deck a session's deck translates ({@code translationOf}, a deck id), so a
     * Welsh workshop and an English one of the same deck are known to be one deck. Older files
     * get none: their decks were originals.
     */
    private static final String[] TO_VERSION_7 = {
        "ALTER TABLE deck ADD COLUMN translation_of TEXT NOT NULL DEFAULT ''",
    };

    /**
     * Version 8: voting by phone. The approval rule ("tick every card that blocks you"), so the
     * rule's check is rebuilt (SQLite cannot change a check: a new column replaces the old);
     * how each round was voted (older rounds: hands for a tally, the board for dots, as they were);
     * a round's phone voting (never opened, open, closed), its ballot limit and how many ballots came
     * in; the open rounds' ballots under their random ids only ({@link BallotRows}), deleted when
     * voting closes; and how many of the oldest changes can no longer be undone, since phones voted after them.
     */
    private static final String[] TO_VERSION_8 = {
        "ALTER TABLE round ADD COLUMN voting_rule TEXT NOT NULL DEFAULT 'tally'"
                + " CHECK (voting_rule IN ('tally', 'dots', 'approval'))",
        "UPDATE round SET voting_rule = rule",
        "ALTER TABLE round DROP COLUMN rule",
        "ALTER TABLE round RENAME COLUMN voting_rule TO rule",
        "ALTER TABLE round ADD COLUMN method TEXT NOT NULL DEFAULT 'hands'"
                + " CHECK (method IN ('hands', 'board', 'phones', 'wall'))",
        "UPDATE round SET method = 'board' WHERE rule = 'dots'",
        "ALTER TABLE round ADD COLUMN phones TEXT NOT NULL DEFAULT 'not_opened'"
                + " CHECK (phones IN ('not_opened', 'open', 'closed'))",
        "ALTER TABLE round ADD COLUMN ballot_limit INTEGER NOT NULL DEFAULT 0 CHECK (ballot_limit >= 0)",
        "ALTER TABLE round ADD COLUMN ballots_in INTEGER NOT NULL DEFAULT 0 CHECK (ballots_in >= 0)",
        "ALTER TABLE session ADD COLUMN undo_floor INTEGER NOT NULL DEFAULT 0 CHECK (undo_floor >= 0)",
        // a ballot is its round, its random id and its dots ("12:2 7:1"): nothing else about anyone
        """
        CREATE TABLE ballot (
          round_id  INTEGER NOT NULL REFERENCES round (id),
          ballot_id TEXT NOT NULL CHECK (length(ballot_id) BETWEEN 8 AND 80),
          dots      TEXT NOT NULL,
          row_check INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (round_id, ballot_id)
        ) WITHOUT ROWID""",
    };

    /**
     * Version 9, the follow-up ({@link FollowUpRows}): the link to the previous workshop (its file's uid,
     * last path, title and date), how each earlier workshop of the series ended (each card's
     * votes, rank and status), and the actions carried over with what the room says of them now.
     * Older files get none: they follow nothing up.
     */
    private static final String[] TO_FOLLOW_UP = {
        """
        CREATE TABLE previous_workshop (
          id            INTEGER PRIMARY KEY CHECK (id = 1),
          uid           TEXT NOT NULL,
          last_path     TEXT NOT NULL,
          title         TEXT NOT NULL,
          workshop_date TEXT NOT NULL,
          row_check     INTEGER NOT NULL DEFAULT 0
        )""",
        """
        CREATE TABLE earlier_workshop (
          position      INTEGER PRIMARY KEY CHECK (position >= 0),
          title         TEXT NOT NULL,
          workshop_date TEXT NOT NULL,
          row_check     INTEGER NOT NULL DEFAULT 0
        )""",
        """
        CREATE TABLE earlier_standing (
          position    INTEGER NOT NULL REFERENCES earlier_workshop (position),
          card_number INTEGER NOT NULL,
          votes       INTEGER NOT NULL CHECK (votes >= 0),
          rank        INTEGER NOT NULL CHECK (rank >= 0),
          status      TEXT NOT NULL,
          row_check   INTEGER NOT NULL DEFAULT 0,
          PRIMARY KEY (position, card_number)
        ) WITHOUT ROWID""",
        """
        CREATE TABLE carried_action (
          id              INTEGER PRIMARY KEY CHECK (id >= 1),
          position        INTEGER NOT NULL UNIQUE,
          card_number     INTEGER NOT NULL CHECK (card_number >= 0),
          what            TEXT NOT NULL,
          owner           TEXT NOT NULL,
          due             TEXT NOT NULL,
          state_last_time TEXT NOT NULL CHECK (state_last_time IN ('open', 'doing', 'done')),
          outcome         TEXT NOT NULL CHECK (outcome IN ('open', 'done', 'still_doing', 'dropped')),
          note            TEXT NOT NULL,
          carry_on        INTEGER NOT NULL CHECK (carry_on IN (0, 1)),
          row_check       INTEGER NOT NULL DEFAULT 0
        )""",
    };

    /**
     * Version 10: the keys of each round open to phones ({@link PhoneKeyRows}): its link's token, its
     * room code, the secret that signs its ballot ids, and the port it last listened on, so the
     * same round reopened after a restart or a crash still knows its phones. Deleted when voting
     * closes. Older files get none: a round left open gets new keys when voting opens again.
     */
    private static final String[] TO_VERSION_10 = {
        """
        CREATE TABLE phone_key (
          round_id  INTEGER PRIMARY KEY REFERENCES round (id),
          token     TEXT NOT NULL CHECK (length(token) BETWEEN 16 AND 64),
          room_code TEXT NOT NULL CHECK (length(room_code) = 6),
          secret    TEXT NOT NULL CHECK (length(secret) BETWEEN 32 AND 64),
          port      INTEGER NOT NULL DEFAULT 0 CHECK (port BETWEEN 0 AND 65535),
          row_check INTEGER NOT NULL DEFAULT 0
        )""",
    };

    /** {@code STEPS.get(n)} takes a file from version n to version n + 1. */
    private static final List<String[]> STEPS = List.of(TO_VERSION_1, TO_VERSION_2, TO_VERSION_3, TO_VERSION_4,
            TO_VERSION_5, TO_VERSION_6, TO_VERSION_7, TO_VERSION_8, TO_FOLLOW_UP, TO_VERSION_10);
    static final int CURRENT_VERSION = STEPS.size();

    private Schema() {
    }

    private static String[] concat(String[] first, String[] second) {
        String[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** Lays out an empty database as a session file of the current version. */
    static void create(Connection connection) throws SQLException {
        upgrade(connection, 0);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
        }
    }

    /**
     * Takes a file from an earlier version to the current one, inside the caller's transaction,
     * so a failed upgrade leaves the file as it was.
     */
    static void upgrade(Connection connection, int fromVersion) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String[] step : STEPS.subList(fromVersion, STEPS.size())) {
                for (String sql : step) {
                    statement.execute(sql);
                }
            }
            statement.execute("PRAGMA user_version = " + CURRENT_VERSION);
        }
        RowChecks.sealAll(connection);
    }

    /** The objects a file of the current layout holds, by "type name", with their SQL; made once. */
    private static volatile Map<String, String> expectedObjects;

    /**
     * Fails when the file's tables, indexes, triggers and views are not exactly those the app
     * makes: a trigger or a view planted in a file could change votes as the app writes them.
     */
    static void verifyObjects(Connection connection) throws SQLException {
        Map<String, String> expected = expectedObjects();
        Map<String, String> found = objects(connection);
        for (Map.Entry<String, String> object : found.entrySet()) {
            if (!expected.containsKey(object.getKey())) {
                String[] typeAndName = object.getKey().split(" ", 2);
                throw new Damage("it holds " + (typeAndName[0].equals("index") ? "an " : "a ") + typeAndName[0]
                        + " \"" + typeAndName[1] + "\" that Hurdle Board did not make");
            }
            if (!expected.get(object.getKey()).equals(object.getValue())) {
                throw new Damage("its " + object.getKey() + " is not laid out as Hurdle Board made it");
            }
        }
        for (String object : expected.keySet()) {
            if (!found.containsKey(object)) {
                throw new Damage("its " + object + " is missing");
            }
        }
    }

    private static Map<String, String> expectedObjects() throws SQLException {
        if (expectedObjects == null) {
            try (Connection empty = new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
                empty.setAutoCommit(false);
                create(empty);
                expectedObjects = objects(empty);
                empty.rollback();
            }
        }
        return expectedObjects;
    }

    private static Map<String, String> objects(Connection connection) throws SQLException {
        Map<String, String> objects = new LinkedHashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master")) {
            while (rows.next()) {
                String sql = rows.getString(4) == null ? "" : rows.getString(4).replaceAll("\\s+", " ").trim();
                objects.put(rows.getString(1).toLowerCase(Locale.ROOT) + " " + rows.getString(2),
                        rows.getString(3) + ": " + sql);
            }
        }
        return objects;
    }
}
