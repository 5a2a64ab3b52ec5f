package org.hurdleboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.CarriedAction;
import org.hurdleboard.domain.CarriedActionSet;
import org.hurdleboard.domain.EarlierWorkshop;
import org.hurdleboard.domain.EarlierWorkshop.Standing;
import org.hurdleboard.domain.FollowUp;
import org.hurdleboard.domain.LinkSet;
import org.hurdleboard.domain.Outcome;
import org.hurdleboard.domain.PreviousWorkshop;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;

/**
 * A follow-up's rows: the link to the previous workshop, the earlier workshops' standings and the
 * carried-over actions. The caller owns the connection and its transactions.
 */
final class FollowUpRows {
    private FollowUpRows() {
    }

    static boolean stores(SessionChange effect) {
        return effect instanceof CarriedActionSet || effect instanceof LinkSet;
    }

    static void write(Connection connection, SessionChange effect) throws SQLException {
        if (effect instanceof CarriedActionSet set) {
            CarriedAction after = set.after();
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE carried_action SET outcome = ?, note = ?, carry_on = ? WHERE id = ?")) {
                update.setString(1, lower(after.outcome()));
                update.setString(2, after.note());
                update.setInt(3, after.carryOn() ? 1 : 0);
                update.setLong(4, after.id());
                if (update.executeUpdate() != 1) {
                    throw new SQLException("no carried action " + after.id() + " to change");
                }
            }
            RowChecks.seal(connection, "carried_action", after.id());
        } else if (effect instanceof LinkSet link) {
            try (Statement delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM previous_workshop");
            }
            insertLink(connection, link.after());
        } else {
            throw new IllegalArgumentException("no way to store " + effect);
        }
    }

    static void insertAll(Connection connection, Session session) throws SQLException {
        FollowUp followUp = session.followUp();
        if (followUp.previous().isPresent()) {
            insertLink(connection, followUp.previous().get());
        }
        List<EarlierWorkshop> earlier = followUp.earlier();
        for (int position = 0; position < earlier.size(); position++) {
            insertEarlier(connection, position, earlier.get(position));
        }
        List<CarriedAction> carried = followUp.carried();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO carried_action (id, position,"
                + " card_number, what, owner, due, state_last_time, outcome, note, carry_on)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int position = 0; position < carried.size(); position++) {
                CarriedAction action = carried.get(position);
                insert.setLong(1, action.id());
                insert.setInt(2, position);
                insert.setInt(3, action.cardNumber());
                insert.setString(4, action.what());
                insert.setString(5, action.owner());
                insert.setString(6, action.dueDate().map(LocalDate::toString).orElse(""));
                insert.setString(7, lower(action.stateLastTime()));
                insert.setString(8, lower(action.outcome()));
                insert.setString(9, action.note());
                insert.setInt(10, action.carryOn() ? 1 : 0);
                insert.executeUpdate();
                RowChecks.seal(connection, "carried_action", action.id());
            }
        }
    }

    private static void insertLink(Connection connection, PreviousWorkshop link) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO previous_workshop"
                + " (id, uid, last_path, title, workshop_date) VALUES (1, ?, ?, ?, ?)")) {
            insert.setString(1, link.uid());
            insert.setString(2, link.lastPath());
            insert.setString(3, link.title());
            insert.setString(4, link.date().toString());
            insert.executeUpdate();
        }
        RowChecks.seal(connection, "previous_workshop", 1);
    }

    private static void insertEarlier(Connection connection, int position, EarlierWorkshop workshop)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO earlier_workshop (position, title, workshop_date) VALUES (?, ?, ?)")) {
            insert.setInt(1, position);
            insert.setString(2, workshop.title());
            insert.setString(3, workshop.date().toString());
            insert.executeUpdate();
        }
        RowChecks.seal(connection, "earlier_workshop", position);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO earlier_standing"
                + " (position, card_number, votes, rank, status) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<Integer, Standing> standing : workshop.standings().entrySet()) {
                insert.setInt(1, position);
                insert.setInt(2, standing.getKey());
                insert.setInt(3, standing.getValue().votes());
                insert.setInt(4, standing.getValue().rank());
                insert.setString(5, lower(standing.getValue().status()));
                insert.executeUpdate();
                RowChecks.seal(connection, "earlier_standing", position, standing.getKey());
            }
        }
    }

    static void load(Connection connection, Session session) throws SQLException {
        try {
            PreviousWorkshop link = null;
            try (Statement query = connection.createStatement();
                 ResultSet row = query.executeQuery(
                         "SELECT uid, last_path, title, workshop_date FROM previous_workshop WHERE id = 1")) {
                if (row.next()) {
                    link = new PreviousWorkshop(row.getString(1), row.getString(2), row.getString(3),
                            LocalDate.parse(row.getString(4)));
                }
            }
            session.restoreFollowUp(link, loadEarlier(connection), loadCarried(connection));
        } catch (RuntimeException e) {
            throw new Damage("what it carries over from the last workshop cannot be read", e);
        }
    }

    private static List<EarlierWorkshop> loadEarlier(Connection connection) throws SQLException {
        Map<Integer, Map<Integer, Standing>> standings = new TreeMap<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(
                     "SELECT position, card_number, votes, rank, status FROM earlier_standing")) {
            while (rows.next()) {
                standings.computeIfAbsent(rows.getInt(1), position -> new TreeMap<>()).put(rows.getInt(2),
                        new Standing(rows.getInt(3), rows.getInt(4), CardStatus.valueOf(upper(rows.getString(5)))));
            }
        }
        List<EarlierWorkshop> earlier = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(
                     "SELECT position, title, workshop_date FROM earlier_workshop ORDER BY position")) {
            while (rows.next()) {
                earlier.add(new EarlierWorkshop(rows.getString(2), LocalDate.parse(rows.getString(3)),
                        standings.getOrDefault(rows.getInt(1), Map.of())));
            }
        }
        return earlier;
    }

    private static List<CarriedAction> loadCarried(Connection connection) throws SQLException {
        List<CarriedAction> carried = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT id, card_number, what, owner, due, state_last_time, outcome,"
                     + " note, carry_on FROM carried_action ORDER BY position")) {
            while (rows.next()) {
                String due = rows.getString(5);
                carried.add(new CarriedAction(rows.getLong(1), rows.getInt(2), rows.getString(3), rows.getString(4),
                        due.isEmpty() ? null : LocalDate.parse(due), ActionState.valueOf(upper(rows.getString(6))),
                        Outcome.valueOf(upper(rows.getString(7))), rows.getString(8), rows.getInt(9) == 1));
            }
        }
        return carried;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
