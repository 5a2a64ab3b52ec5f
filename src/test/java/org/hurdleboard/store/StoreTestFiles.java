package org.hurdleboard.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;

/** Sessions and raw SQL for the store's tests. */
final class StoreTestFiles {
    static final Deck DECK = new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES);

    private StoreTestFiles() {
    }

    static Session newSession(String title) {
        return Session.start(new SessionDetails(title, "Digital team", LocalDate.of(2026, 11, 29), "Sam", 18), DECK,
                "What blocks us?");
    }

    /** A session file, closed, whose card 1 has the given votes. */
    static Path closedFileWithOneVote(Path path, String title, int votes) throws SessionFileException {
        Session session = newSession(title);
        session.restoreVotes(1, 1, votes);
        SessionFile.create(path, session).close();
        return path;
    }

    static String pragma(Path path, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            return result.getString(1);
        }
    }

    /** Changes a file behind the app's back, as another tool might, keeping its row checks valid. */
    static void executeAndReseal(Path path, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
            RowChecks.sealAll(connection);
        }
    }

    /** New random keys for a round's voting by phone, as the phone server makes them. */
    static org.hurdleboard.domain.PhoneKeys freshKeys() {
        org.hurdleboard.phone.ServerKeys fresh = org.hurdleboard.phone.ServerKeys.fresh();
        return new org.hurdleboard.domain.PhoneKeys(fresh.token(), fresh.roomCode(), fresh.secret(), 0);
    }

    static long count(Path path, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
            return result.getLong(1);
        }
    }

    static void execute(Path path, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
