package org.hurdleboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hurdleboard.domain.PhoneKeys;

/**
 * The keys of each round open to phones, one row each ({@link PhoneKeys}): kept while the round
 * is open, so a round reopened after the app closed or crashed keeps its link, room code and
 * phones; deleted when its voting closes, is taken back, or the round goes (the connection's
 * {@code secure_delete} overwrites them). Never in a backup ({@link Backups}), and moved, not
 * copied, to a saved copy ({@link SessionFile#movePhoneKeysTo}): one file at a time holds them.
 */
final class PhoneKeyRows {
    private PhoneKeyRows() {
    }

    /** The round's keys; new ones are made and committed when it is open to phones in the file and has none. */
    static PhoneKeys keysFor(Connection connection, int roundId, Supplier<PhoneKeys> made) throws SQLException {
        Optional<PhoneKeys> kept = read(connection, roundId);
        if (kept.isPresent()) {
            return kept.get();
        }
        PhoneKeys fresh = made.get();
        if (isOpen(connection, roundId)) {
            insert(connection, roundId, fresh);
            RowChecks.sealTables(connection);
            connection.commit();
        }
        return fresh;
    }

    static void usedPort(Connection connection, int roundId, int port) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE phone_key SET port = ? WHERE round_id = ? AND port <> ?")) {
            update.setInt(1, port);
            update.setInt(2, roundId);
            update.setInt(3, port);
            if (update.executeUpdate() == 0) {
                return;
            }
        }
        RowChecks.seal(connection, "phone_key", roundId);
        RowChecks.sealTables(connection);
        connection.commit();
    }

    /** Every round's keys, by round id. */
    static Map<Integer, PhoneKeys> all(Connection connection) throws SQLException {
        Map<Integer, PhoneKeys> all = new LinkedHashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT round_id FROM phone_key ORDER BY round_id")) {
            while (rows.next()) {
                all.put(rows.getInt(1), null);
            }
        }
        for (Integer roundId : all.keySet()) {
            all.put(roundId, read(connection, roundId).orElseThrow());
        }
        return all;
    }

    /** Keeps keys a copy of the workshop carries on with, for the rounds open to phones in this file. */
    static void keepAll(Connection connection, Map<Integer, PhoneKeys> keys) throws SQLException {
        for (Map.Entry<Integer, PhoneKeys> round : keys.entrySet()) {
            if (isOpen(connection, round.getKey()) && read(connection, round.getKey()).isEmpty()) {
                insert(connection, round.getKey(), round.getValue());
            }
        }
        RowChecks.sealTables(connection);
        connection.commit();
    }

    /** Deletes the round's keys (every round's when {@code roundId} is null), in the caller's transaction. */
    static void delete(Connection connection, Integer roundId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                roundId == null ? "DELETE FROM phone_key" : "DELETE FROM phone_key WHERE round_id = ?")) {
            if (roundId != null) {
                delete.setInt(1, roundId);
            }
            delete.executeUpdate();
        }
    }

    private static Optional<PhoneKeys> read(Connection connection, int roundId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT token, room_code, secret, port FROM phone_key WHERE round_id = ?")) {
            select.setInt(1, roundId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new PhoneKeys(row.getString(1), row.getString(2), row.getString(3),
                            row.getInt(4)));
                } catch (IllegalArgumentException e) {
                    throw new Damage("a round's keys for voting by phone cannot be read", e);
                }
            }
        }
    }

    private static boolean isOpen(Connection connection, int roundId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM round WHERE id = ? AND phones = 'open'")) {
            select.setInt(1, roundId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void insert(Connection connection, int roundId, PhoneKeys keys) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO phone_key (round_id, token, room_code, secret, port) VALUES (?, ?, ?, ?, ?)")) {
            insert.setInt(1, roundId);
            insert.setString(2, keys.token());
            insert.setString(3, keys.roomCode());
            insert.setString(4, keys.secret());
            insert.setInt(5, keys.port());
            insert.executeUpdate();
        }
        RowChecks.seal(connection, "phone_key", roundId);
    }
}
