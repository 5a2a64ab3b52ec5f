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
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.CardAdded;
import org.hurdleboard.domain.CardRemoved;
import org.hurdleboard.domain.ChampionsSet;
import org.hurdleboard.domain.Item;
import org.hurdleboard.domain.ItemAdded;
import org.hurdleboard.domain.ItemEdited;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.ItemMoved;
import org.hurdleboard.domain.ItemRemoved;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;

/**
 * The discuss stage's rows: items in {@code discussion_item}, champions and the room's own cards
 * in {@code card}. A list's order is its rows' positions, rewritten whole when it changes (lists
 * are a few lines long). The caller owns the connection and its transactions.
 */
final class DiscussionRows {
    private DiscussionRows() {
    }

    /** Whether this module stores {@code effect}. */
    static boolean stores(SessionChange effect) {
        return effect instanceof ItemAdded || effect instanceof ItemRemoved || effect instanceof ItemEdited
                || effect instanceof ItemMoved || effect instanceof ChampionsSet || effect instanceof CardAdded
                || effect instanceof CardRemoved;
    }

    static void write(Connection connection, SessionChange effect) throws SQLException {
        if (effect instanceof ItemAdded added) {
            insert(connection, added.item(), added.position());
            List<Long> ids = listIds(connection, added.item());
            ids.remove(added.item().id());
            ids.add(added.position(), added.item().id());
            renumber(connection, ids);
        } else if (effect instanceof ItemRemoved removed) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM discussion_item WHERE id = ?")) {
                delete.setLong(1, removed.item().id());
                delete.executeUpdate();
            }
            renumber(connection, listIds(connection, removed.item()));
        } else if (effect instanceof ItemEdited edited) {
            update(connection, edited.after());
        } else if (effect instanceof ItemMoved moved) {
            List<Long> ids = listIds(connection, moved.item());
            ids.add(moved.to(), ids.remove(moved.from()));
            renumber(connection, ids);
        } else if (effect instanceof ChampionsSet set) {
            writeChampions(connection, set.cardNumber(), set.after());
        } else if (effect instanceof CardAdded added) {
            DeckTables.appendCard(connection, added.card());
            markAdded(connection, added.card().number());
        } else if (effect instanceof CardRemoved removed) {
            removeCard(connection, removed.card().number());
        } else {
            throw new IllegalArgumentException("no way to store " + effect);
        }
    }

    /** Writes a whole session's discussion, after its deck. */
    static void insertAll(Connection connection, Session session) throws SQLException {
        for (int number : session.addedCards()) {
            markAdded(connection, number);
        }
        for (Map.Entry<Integer, Integer> champions : session.discussion().allChampions().entrySet()) {
            writeChampions(connection, champions.getKey(), champions.getValue());
        }
        for (Item item : session.discussion().all()) {
            insert(connection, item, session.discussion().items(item.kind(), item.cardNumber()).indexOf(item));
        }
    }

    static void load(Connection connection, Session session) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT number, champions, added_in_session FROM card"
                     + " WHERE champions > 0 OR added_in_session = 1")) {
            while (rows.next()) {
                session.restoreChampions(rows.getInt(1), rows.getInt(2));
                if (rows.getInt(3) == 1) {
                    session.restoreAddedCard(rows.getInt(1));
                }
            }
        }
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT id, kind, card_number, text, owner, due, state"
                     + " FROM discussion_item ORDER BY kind, card_number, position")) {
            while (rows.next()) {
                String due = rows.getString(6);
                session.restoreItem(new Item(rows.getLong(1), ItemKind.valueOf(upper(rows.getString(2))),
                        rows.getInt(3), rows.getString(4), rows.getString(5),
                        due.isEmpty() ? null : LocalDate.parse(due), ActionState.valueOf(upper(rows.getString(7)))));
            }
        } catch (RuntimeException e) {
            throw new Damage("a discussion item cannot be read", e);
        }
    }

    private static void insert(Connection connection, Item item, int position) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO discussion_item"
                + " (id, kind, card_number, text, owner, due, state, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, item.id());
            insert.setString(2, lower(item.kind()));
            insert.setInt(3, item.cardNumber());
            setValues(insert, 4, item);
            insert.setInt(8, position);
            insert.executeUpdate();
        }
        RowChecks.seal(connection, "discussion_item", item.id());
    }

    private static void update(Connection connection, Item item) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE discussion_item SET text = ?, owner = ?, due = ?, state = ? WHERE id = ?")) {
            setValues(update, 1, item);
            update.setLong(5, item.id());
            if (update.executeUpdate() != 1) {
                throw new SQLException("no discussion item " + item.id() + " to change");
            }
        }
        RowChecks.seal(connection, "discussion_item", item.id());
    }

    private static void setValues(PreparedStatement statement, int first, Item item) throws SQLException {
        statement.setString(first, item.text());
        statement.setString(first + 1, item.owner());
        statement.setString(first + 2, item.dueDate().map(LocalDate::toString).orElse(""));
        statement.setString(first + 3, lower(item.state()));
    }

    /** The ids of {@code item}'s list (its kind on its card), in order. */
    private static List<Long> listIds(Connection connection, Item item) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM discussion_item"
                + " WHERE kind = ? AND card_number = ? ORDER BY position, id")) {
            query.setString(1, lower(item.kind()));
            query.setInt(2, item.cardNumber());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void renumber(Connection connection, List<Long> ids) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE discussion_item SET position = ? WHERE id = ? AND position <> ?")) {
            for (int position = 0; position < ids.size(); position++) {
                update.setInt(1, position);
                update.setLong(2, ids.get(position));
                update.setInt(3, position);
                if (update.executeUpdate() == 1) {
                    RowChecks.seal(connection, "discussion_item", ids.get(position));
                }
            }
        }
    }

    private static void writeChampions(Connection connection, int cardNumber, int count) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE card SET champions = ? WHERE number = ?")) {
            update.setInt(1, count);
            update.setInt(2, cardNumber);
            update.executeUpdate();
        }
        RowChecks.seal(connection, "card", cardNumber);
    }

    private static void markAdded(Connection connection, int cardNumber) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE card SET added_in_session = 1 WHERE number = ?")) {
            update.setInt(1, cardNumber);
            update.executeUpdate();
        }
        RowChecks.seal(connection, "card", cardNumber);
    }

    /** Takes out a card the room added; the domain has checked nothing is on it but empty counts. */
    private static void removeCard(Connection connection, int cardNumber) throws SQLException {
        for (String sql : new String[] {"DELETE FROM vote_count WHERE card_number = ? AND votes = 0",
            "DELETE FROM card WHERE number = ? AND added_in_session = 1"}) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setInt(1, cardNumber);
                delete.executeUpdate();
            }
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
