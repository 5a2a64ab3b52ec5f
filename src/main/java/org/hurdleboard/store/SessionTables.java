package org.hurdleboard.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hurdleboard.domain.Applied;
import org.hurdleboard.domain.BallotCast;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.DotMoved;
import org.hurdleboard.domain.NamesSet;
import org.hurdleboard.domain.PhonesClosed;
import org.hurdleboard.domain.PhonesOpened;
import org.hurdleboard.domain.RevealSet;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.RoundAdded;
import org.hurdleboard.domain.RoundRemoved;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.SettingsSet;
import org.hurdleboard.domain.StatusSet;
import org.hurdleboard.domain.TurnChanged;
import org.hurdleboard.domain.VotesSet;

/** Reads and writes a session's rows. The caller owns the connection and its transactions. */
final class SessionTables {
    private SessionTables() {
    }

    /** Writes a whole session, with its undo history, into an empty file of the current layout. */
    static void insert(Connection connection, Session session, String createdBy) throws SQLException {
        insertDetails(connection, session.details(), createdBy);
        DeckTables.insert(connection, session.deck());
        int position = 0;
        for (Round round : session.rounds()) {
            RoundRows.insert(connection, round, position++, session.settings(round.id()));
            for (Map.Entry<Integer, Integer> votes : session.votesOf(round.id()).entrySet()) {
                upsertVotes(connection, round.id(), votes.getKey(), votes.getValue());
            }
        }
        RoundRows.writeAll(connection, session);
        BallotRows.writeAll(connection, session);
        DiscussionRows.insertAll(connection, session);
        FollowUpRows.insertAll(connection, session);
        for (SessionChange change : session.doneChanges()) {
            log(connection, change, false);
        }
        for (SessionChange change : session.undoneChanges()) {
            log(connection, change, true);
        }
        writeUndoFloor(connection, session.undoFloor());
        RowChecks.sealAll(connection);
    }

    private static void insertDetails(Connection connection, SessionDetails details, String createdBy)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO session (id, title, team,"
                + " workshop_date, facilitator, participants, created_at, created_by, uid)"
                + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, lower(hex(randomblob(16))))")) {
            insert.setString(1, details.title());
            insert.setString(2, details.team());
            insert.setString(3, details.date().toString());
            insert.setString(4, details.facilitator());
            insert.setInt(5, details.participants());
            insert.setString(6, Instant.now().toString());
            insert.setString(7, createdBy);
            insert.executeUpdate();
        }
    }

    /**
     * Stores what a change did to the session and where it now stands in the undo history; the
     * caller seals the tables ({@link RowChecks#sealTables}) once before the commit.
     */
    static void apply(Connection connection, Applied applied) throws SQLException {
        writeEffect(connection, applied.effect());
        try (Statement history = connection.createStatement()) {
            switch (applied.step()) {
                case DO:
                    history.executeUpdate("DELETE FROM change_log WHERE undone = 1");
                    log(connection, applied.change(), false);
                    break;
                case UNDO:
                    markUndone(connection, "SELECT max(seq) FROM change_log WHERE undone = 0", 1);
                    break;
                case REDO:
                    markUndone(connection, "SELECT min(seq) FROM change_log WHERE undone = 1", 0);
                    break;
                case RECORD:
                    // a phone's ballot is not in the history, and nothing before it may be undone
                    history.executeUpdate("DELETE FROM change_log WHERE undone = 1");
                    writeUndoFloor(connection, doneCount(connection));
                    break;
                default:
                    throw new IllegalArgumentException("unknown step " + applied.step());
            }
        }
    }

    private static void writeEffect(Connection connection, SessionChange effect) throws SQLException {
        if (DiscussionRows.stores(effect)) {
            DiscussionRows.write(connection, effect);
        } else if (FollowUpRows.stores(effect)) {
            FollowUpRows.write(connection, effect);
        } else if (effect instanceof VotesSet set) {
            writeVotes(connection, set.roundId(), set.cardNumber(), set.after());
        } else if (effect instanceof DotMoved dot) {
            writeVotes(connection, dot.roundId(), dot.cardNumber(), dot.votesAfter());
            RoundRows.moveDot(connection, dot.roundId(), dot.cardNumber(), dot.delta());
        } else if (effect instanceof TurnChanged turn) {
            RoundRows.writeTurn(connection, turn.roundId(), turn.after());
        } else if (effect instanceof SettingsSet set) {
            RoundRows.writeSettings(connection, set.roundId(), set.after());
        } else if (effect instanceof RevealSet reveal) {
            RoundRows.writeRevealed(connection, reveal.roundId(), reveal.after());
        } else if (effect instanceof StatusSet status) {
            RoundRows.writeStatus(connection, status.cardNumber(), status.after());
        } else if (effect instanceof RoundAdded added) {
            RoundRows.insert(connection, added.round(), nextRoundPosition(connection), added.settings());
        } else if (effect instanceof RoundRemoved removed) {
            RoundRows.delete(connection, removed.round().id());
        } else if (effect instanceof NamesSet names) {
            RoundRows.writeNames(connection, names.after());
        } else if (effect instanceof PhonesOpened opened) {
            BallotRows.opened(connection, opened);
        } else if (effect instanceof BallotCast cast) {
            writeBallot(connection, cast);
        } else if (effect instanceof PhonesClosed closed) {
            BallotRows.closed(connection, closed);
        } else {
            throw new IllegalArgumentException("no way to store " + effect);
        }
    }

    /** The ballot and the counts it moved, in one transaction: the file never holds one without the other. */
    private static void writeBallot(Connection connection, BallotCast cast) throws SQLException {
        BallotRows.cast(connection, cast);
        java.util.Set<Integer> cards = new java.util.TreeSet<>(cast.before().keySet());
        cards.addAll(cast.after().keySet());
        for (int card : cards) {
            int delta = cast.after().getOrDefault(card, 0) - cast.before().getOrDefault(card, 0);
            if (delta != 0) {
                // a count is never negative, not even on its way in: add the row, then move it
                try (PreparedStatement add = connection.prepareStatement("INSERT INTO vote_count (round_id,"
                        + " card_number, votes) VALUES (?, ?, 0) ON CONFLICT (round_id, card_number) DO NOTHING");
                     PreparedStatement move = connection.prepareStatement(
                        "UPDATE vote_count SET votes = votes + ? WHERE round_id = ? AND card_number = ?")) {
                    add.setInt(1, cast.roundId());
                    add.setInt(2, card);
                    add.executeUpdate();
                    move.setInt(1, delta);
                    move.setInt(2, cast.roundId());
                    move.setInt(3, card);
                    move.executeUpdate();
                }
                RowChecks.seal(connection, "vote_count", cast.roundId(), card);
            }
        }
    }

    private static int doneCount(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT count(*) FROM change_log WHERE undone = 0")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static void writeUndoFloor(Connection connection, int floor) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE session SET undo_floor = ? WHERE id = 1")) {
            update.setInt(1, floor);
            update.executeUpdate();
        }
        RowChecks.seal(connection, "session", 1);
    }

    private static void writeVotes(Connection connection, int roundId, int cardNumber, int votes) throws SQLException {
        upsertVotes(connection, roundId, cardNumber, votes);
        RowChecks.seal(connection, "vote_count", roundId, cardNumber);
    }

    private static int nextRoundPosition(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT coalesce(max(position), -1) + 1 FROM round")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static void markUndone(Connection connection, String findRow, int undone) throws SQLException {
        long seq;
        try (Statement find = connection.createStatement(); ResultSet row = find.executeQuery(findRow)) {
            seq = row.next() ? row.getLong(1) : 0;
            if (row.wasNull() || seq == 0) {
                throw new SQLException("the file's undo history does not match the session");
            }
        }
        try (PreparedStatement mark = connection.prepareStatement("UPDATE change_log SET undone = ? WHERE seq = ?")) {
            mark.setInt(1, undone);
            mark.setLong(2, seq);
            mark.executeUpdate();
        }
        RowChecks.seal(connection, "change_log", seq);
    }

    private static void log(Connection connection, SessionChange change, boolean undone) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO change_log (change, undone, made_at) VALUES (?, ?, ?)")) {
            insert.setString(1, ChangeCodec.encode(change));
            insert.setInt(2, undone ? 1 : 0);
            insert.setString(3, Instant.now().toString());
            insert.executeUpdate();
        }
        try (Statement last = connection.createStatement();
             ResultSet seq = last.executeQuery("SELECT last_insert_rowid()")) {
            seq.next();
            RowChecks.seal(connection, "change_log", seq.getLong(1));
        }
    }

    private static void upsertVotes(Connection connection, int roundId, int cardNumber, int votes)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO vote_count (round_id, card_number, votes) VALUES (?, ?, ?)"
                        + " ON CONFLICT (round_id, card_number) DO UPDATE SET votes = excluded.votes")) {
            upsert.setInt(1, roundId);
            upsert.setInt(2, cardNumber);
            upsert.setInt(3, votes);
            upsert.executeUpdate();
        }
    }

    static Session load(Connection connection) throws SQLException {
        Schema.verifyObjects(connection);
        RowChecks.verifyAll(connection);
        Deck deck = DeckTables.load(connection);
        List<Round> rounds = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT id, question FROM round ORDER BY position")) {
            while (rows.next()) {
                rounds.add(new Round(rows.getInt(1), rows.getString(2)));
            }
        }
        Session session = new Session(loadDetails(connection), deck, rounds);
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT round_id, card_number, votes FROM vote_count")) {
            while (rows.next()) {
                session.restoreVotes(rows.getInt(1), rows.getInt(2), rows.getInt(3));
            }
        }
        RoundRows.load(connection, session);
        BallotRows.load(connection, session);
        DiscussionRows.load(connection, session);
        FollowUpRows.load(connection, session);
        restoreHistory(connection, session);
        return session;
    }

    private static void restoreHistory(Connection connection, Session session) throws SQLException {
        List<SessionChange> done = new ArrayList<>();
        List<SessionChange> undone = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT change, undone FROM change_log ORDER BY seq")) {
            while (rows.next()) {
                (rows.getInt(2) == 0 ? done : undone).add(decode(rows.getString(1)));
            }
        }
        int floor;
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT undo_floor FROM session WHERE id = 1")) {
            floor = row.next() ? row.getInt(1) : 0;
        }
        if (floor > done.size()) {
            throw new Damage("its undo history is shorter than the votes from phones say");
        }
        session.restoreHistory(done, undone, floor);
    }

    private static SessionChange decode(String change) throws SQLException {
        try {
            return ChangeCodec.decode(change);
        } catch (IOException e) {
            throw new Damage("a change in its undo history cannot be read", e);
        }
    }

    /** The id that follows the file through copies and renames; its backups are kept under it. */
    static String uid(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT uid FROM session WHERE id = 1")) {
            return row.next() ? row.getString(1) : "";
        }
    }

    private static SessionDetails loadDetails(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT title, team, workshop_date, facilitator,"
                     + " participants FROM session WHERE id = 1")) {
            if (!row.next()) {
                throw new Damage("the workshop's details are missing");
            }
            try {
                return new SessionDetails(row.getString(1), row.getString(2), LocalDate.parse(row.getString(3)),
                        row.getString(4), row.getInt(5));
            } catch (RuntimeException e) {
                throw new Damage("the workshop's details cannot be read (its date, or a missing value)", e);
            }
        }
    }
}
