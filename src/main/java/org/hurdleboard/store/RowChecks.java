package org.hurdleboard.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * A checksum in every row. SQLite's own checks find a damaged page structure, not a flipped byte
 * inside a title or a vote count; with these, a damaged file is refused (and its backup offered)
 * instead of opening with quietly wrong votes. A row's check covers every column but itself, in
 * table order, so any writer that changes a row reseals it with {@link #seal}.
 */
final class RowChecks {
    static final String COLUMN = "row_check";
    /** Each table and the columns that name one of its rows. */
    private static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("session", List.of("id"));
        KEYS.put("deck", List.of("id"));
        KEYS.put("category", List.of("id"));
        KEYS.put("card", List.of("number"));
        KEYS.put("round", List.of("id"));
        KEYS.put("vote_count", List.of("round_id", "card_number"));
        KEYS.put("change_log", List.of("seq"));
        KEYS.put("prompt", List.of("card_number", "position"));
        KEYS.put("discussion_item", List.of("id"));
        KEYS.put("ballot", List.of("round_id", "ballot_id"));
        KEYS.put("previous_workshop", List.of("id"));
        KEYS.put("earlier_workshop", List.of("position"));
        KEYS.put("earlier_standing", List.of("position", "card_number"));
        KEYS.put("carried_action", List.of("id"));
        KEYS.put("phone_key", List.of("round_id"));
    }

    private RowChecks() {
    }

    /**
     * The schema step that adds the column to these tables. A step names its tables itself, so
     * a table added to the file later (made with the column) never changes an old step.
     */
    static String[] addColumns(String... tables) {
        return java.util.Arrays.stream(tables)
                .map(table -> "ALTER TABLE " + table + " ADD COLUMN " + COLUMN + " INTEGER NOT NULL DEFAULT 0")
                .toArray(String[]::new);
    }

    /** Recomputes the check of the row of {@code table} with these key values. */
    static void seal(Connection connection, String table, Object... key) throws SQLException {
        String where = String.join(" AND ", KEYS.get(table).stream().map(column -> column + " = ?").toList());
        long check;
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
            bind(select, 1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return;
                }
                check = checkOf(row);
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET " + COLUMN + " = ? WHERE " + where)) {
            update.setLong(1, check);
            bind(update, 2, key);
            update.executeUpdate();
        }
    }

    /**
     * Records each table's row count and the sum of its rows' checks, so a deleted row is found as
     * surely as a changed one. Run after every write, in the write's transaction.
     */
    static void sealTables(Connection connection) throws SQLException {
        try (Statement upsert = connection.createStatement()) {
            upsert.executeUpdate(SEAL_TABLES);
        }
    }

    /**
     * Every table's count and sum in one statement: one per table, prepared on every write, made
     * more than half of what the file's writer allocated in a burst of votes (42 of 75 MB).
     */
    private static final String SEAL_TABLES = "INSERT INTO table_check (name, row_count, total) SELECT * FROM ("
            + String.join(" UNION ALL ", KEYS.keySet().stream().map(table -> "SELECT '" + table + "', count(*), coalesce(sum("
                    + COLUMN + "), 0) FROM " + table).toList())
            + ") WHERE true ON CONFLICT (name) DO UPDATE SET row_count = excluded.row_count, total = excluded.total";

    private static long[] tableSeal(Connection connection, String table) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT count(*), coalesce(sum(" + COLUMN + "), 0) FROM " + table)) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }

    /** Reseals every row; after an upgrade, whose steps may add or change columns. */
    static void sealAll(Connection connection) throws SQLException {
        for (Map.Entry<String, List<String>> table : KEYS.entrySet()) {
            List<Object[]> keys = new ArrayList<>();
            try (Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery(
                         "SELECT " + String.join(", ", table.getValue()) + " FROM " + table.getKey())) {
                while (rows.next()) {
                    Object[] key = new Object[table.getValue().size()];
                    for (int i = 0; i < key.length; i++) {
                        key[i] = rows.getObject(i + 1);
                    }
                    keys.add(key);
                }
            }
            for (Object[] key : keys) {
                seal(connection, table.getKey(), key);
            }
        }
        sealTables(connection);
    }

    /** Fails, naming the table, at the first row whose contents no longer match its check. */
    static void verifyAll(Connection connection) throws SQLException {
        for (String table : KEYS.keySet()) {
            try (Statement query = connection.createStatement();
                 ResultSet rows = query.executeQuery("SELECT * FROM " + table)) {
                int checkColumn = rows.findColumn(COLUMN);
                while (rows.next()) {
                    if (rows.getLong(checkColumn) != checkOf(rows)) {
                        throw new Damage("a row of " + table + " does not match its checksum");
                    }
                }
            }
        }
        verifyTables(connection);
    }

    /** Fails when a table has lost (or gained) rows since the app last wrote it. */
    private static void verifyTables(Connection connection) throws SQLException {
        java.util.Map<String, long[]> sealed = new java.util.HashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT name, row_count, total FROM table_check")) {
            while (rows.next()) {
                sealed.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
            }
        }
        for (String table : KEYS.keySet()) {
            long[] seal = sealed.remove(table);
            long[] now = tableSeal(connection, table);
            if (seal == null || seal[1] != now[1] || seal[0] != now[0]) {
                throw new Damage(seal != null && now[0] < seal[0] ? "rows are missing from " + table
                        : "the rows of " + table + " are not the ones Hurdle Board saved");
            }
        }
        if (!sealed.isEmpty()) {
            throw new Damage("its table of checks names a table Hurdle Board does not have");
        }
    }

    private static long checkOf(ResultSet row) throws SQLException {
        ResultSetMetaData columns = row.getMetaData();
        CRC32C crc = new CRC32C();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            if (COLUMN.equals(columns.getColumnName(i))) {
                continue;
            }
            Object value = row.getObject(i);
            // type and length before each value, so ("ab", "c") and ("a", "bc") differ
            byte[] bytes = value instanceof byte[] blob ? blob
                    : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
            String tag = (value == null ? "n" : value.getClass().getSimpleName().substring(0, 1)) + bytes.length + ":";
            crc.update(tag.getBytes(StandardCharsets.US_ASCII));
            crc.update(bytes);
        }
        return crc.getValue();
    }

    private static void bind(PreparedStatement statement, int first, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(first + i, values[i]);
        }
    }
}
