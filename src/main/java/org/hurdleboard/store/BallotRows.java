package org.hurdleboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import org.hurdleboard.domain.BallotCast;
import org.hurdleboard.domain.PhoneState;
import org.hurdleboard.domain.PhonesClosed;
import org.hurdleboard.domain.PhonesOpened;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.Session;

/**
 * A round's phone voting in its row (state, limit, ballots in) and the open rounds' ballots, one
 * row each under its random id, its dots written as a turn's are ("12:2 7:1"). Closing deletes
 * the ballots; the connection's {@code secure_delete} overwrites them in the file, so what a
 * person chose is not left in its free pages.
 */
final class BallotRows {
    private BallotRows() {
    }

    static void opened(Connection connection, PhonesOpened opened) throws SQLException {
        if (!opened.open()) {
            // an opening taken back: its keys go, so opening it again makes a new link
            PhoneKeyRows.delete(connection, opened.roundId());
        }
        RoundRows.writeSettings(connection, opened.roundId(), opened.after());
        writePhones(connection, opened.roundId(), opened.open() ? PhoneState.OPEN : PhoneState.NOT_OPENED,
                opened.open() ? opened.limit() : 0);
    }

    static void cast(Connection connection, BallotCast cast) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO ballot (round_id, ballot_id, dots) VALUES (?, ?, ?)"
                        + " ON CONFLICT (round_id, ballot_id) DO UPDATE SET dots = excluded.dots")) {
            upsert.setInt(1, cast.roundId());
            upsert.setString(2, cast.ballotId());
            upsert.setString(3, RoundRows.dots(new java.util.TreeMap<>(cast.after())));
            upsert.executeUpdate();
        }
        RowChecks.seal(connection, "ballot", cast.roundId(), cast.ballotId());
        if (cast.first()) {
            RoundRows.update(connection, cast.roundId(), "ballots_in = ballots_in + 1");
        }
    }

    static void closed(Connection connection, PhonesClosed closed) throws SQLException {
        deleteBallots(connection, closed.roundId());
        // an old QR code or room code must never open anything again
        PhoneKeyRows.delete(connection, closed.roundId());
        RoundRows.update(connection, closed.roundId(), "phones = ?, ballots_in = ?", name(PhoneState.CLOSED),
                closed.ballotsIn());
    }

    private static void deleteBallots(Connection connection, int roundId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ballot WHERE round_id = ?")) {
            delete.setInt(1, roundId);
            delete.executeUpdate();
        }
    }

    private static void writePhones(Connection connection, int roundId, PhoneState state, int limit)
            throws SQLException {
        RoundRows.update(connection, roundId, "phones = ?, ballot_limit = ?", name(state), limit);
    }

    /** Writes every round's phone voting and ballots of a session into round rows that already exist. */
    static void writeAll(Connection connection, Session session) throws SQLException {
        for (Round round : session.rounds()) {
            int id = round.id();
            RoundRows.update(connection, id, "phones = ?, ballot_limit = ?, ballots_in = ?",
                    name(session.phoneState(id)), session.ballotLimit(id), session.ballotsIn(id));
            for (Map.Entry<String, Map<Integer, Integer>> ballot : session.ballots(id).entrySet()) {
                cast(connection, new BallotCast(id, ballot.getKey(), false, ballot.getValue(), ballot.getValue()));
            }
        }
    }

    /** Reads the rounds' phone voting and the ballots, after the rounds' own voting state. */
    static void load(Connection connection, Session session) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT id, phones, ballot_limit, ballots_in FROM round")) {
            while (rows.next()) {
                session.restorePhones(rows.getInt(1), PhoneState.valueOf(rows.getString(2).toUpperCase(Locale.ROOT)),
                        rows.getInt(3), rows.getInt(4));
            }
        } catch (IllegalArgumentException e) {
            throw new Damage("a round's voting by phone cannot be read", e);
        }
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT round_id, ballot_id, dots FROM ballot ORDER BY round_id")) {
            while (rows.next()) {
                session.restoreBallot(rows.getInt(1), rows.getString(2), RoundRows.parseDots(rows.getString(3)));
            }
        } catch (IllegalArgumentException e) {
            throw new Damage("a ballot from a phone cannot be read", e);
        }
    }

    private static String name(PhoneState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
