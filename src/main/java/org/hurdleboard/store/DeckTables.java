package org.hurdleboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.SourceCredit;

/**
 * A session's own copy of its deck, in full, so the session needs neither the deck file nor the
 * app's built-in decks to open. The caller owns the connection and its transactions.
 */
final class DeckTables {
    private static final String SOURCE_COLUMNS =
            "source_title, source_author, source_publisher, source_url, source_note, source_licence";

    private DeckTables() {
    }

    static void insert(Connection connection, Deck deck) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO deck (id, deck_id, version,"
                + " language, title, description, " + SOURCE_COLUMNS + ", translation_of)"
                + " VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, deck.id());
            insert.setInt(2, deck.version());
            insert.setString(3, deck.language());
            insert.setString(4, deck.title());
            insert.setString(5, deck.description());
            setSource(insert, 6, deck.source());
            insert.setString(12, deck.translationOf());
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO category (id, position, name, colour, icon) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Category category : deck.categories()) {
                insert.setString(1, category.id());
                insert.setInt(2, position++);
                insert.setString(3, category.name());
                insert.setString(4, category.colour());
                insert.setString(5, category.icon());
                insert.executeUpdate();
            }
        }
        try (PreparedStatement insert = insertCard(connection)) {
            int position = 0;
            // as listed, not board order: the room's own cards come last, as they did in the session
            for (Card card : deck.cardsAsListed()) {
                insertCard(insert, card, position++);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO prompt (card_number, position, text) VALUES (?, ?, ?)")) {
            insertPrompts(insert, 0, deck.prompts());
            for (Card card : deck.cards()) {
                insertPrompts(insert, card.number(), card.prompts());
            }
        }
    }

    /** Adds one card after the others; the room's own cards have no prompts of their own. */
    static void appendCard(Connection connection, Card card) throws SQLException {
        int position;
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT coalesce(max(position), -1) + 1 FROM card")) {
            row.next();
            position = row.getInt(1);
        }
        try (PreparedStatement insert = insertCard(connection)) {
            insertCard(insert, card, position);
        }
    }

    private static PreparedStatement insertCard(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO card (number, category_id, position, title, statement,"
                + " explanation, " + SOURCE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private static void insertCard(PreparedStatement insert, Card card, int position) throws SQLException {
        insert.setInt(1, card.number());
        insert.setString(2, card.categoryId());
        insert.setInt(3, position);
        insert.setString(4, card.title());
        insert.setString(5, card.statement());
        insert.setString(6, card.explanation());
        setSource(insert, 7, card.source());
        insert.executeUpdate();
    }

    static Deck load(Connection connection) throws SQLException {
        Map<Integer, List<String>> prompts = loadPrompts(connection);
        List<Category> categories = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT id, name, colour, icon FROM category ORDER BY position")) {
            while (rows.next()) {
                categories.add(new Category(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        List<Card> cards = new ArrayList<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT number, category_id, title, statement, explanation, "
                     + SOURCE_COLUMNS + " FROM card ORDER BY position")) {
            while (rows.next()) {
                int number = rows.getInt(1);
                cards.add(new Card(number, rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), prompts.getOrDefault(number, List.of()), source(rows, 6)));
            }
        }
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT deck_id, version, language, title, description, "
                     + SOURCE_COLUMNS + ", translation_of FROM deck WHERE id = 1")) {
            if (!row.next()) {
                throw new Damage("the deck's row is missing");
            }
            return new Deck(row.getString(1), row.getInt(2), row.getString(3), row.getString(12), row.getString(4),
                    row.getString(5), source(row, 6), categories, cards, prompts.getOrDefault(0, List.of()));
        }
    }

    /** Prompts by card number; 0 holds the deck's own. */
    private static Map<Integer, List<String>> loadPrompts(Connection connection) throws SQLException {
        Map<Integer, List<String>> prompts = new HashMap<>();
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT card_number, text FROM prompt ORDER BY card_number, position")) {
            while (rows.next()) {
                prompts.computeIfAbsent(rows.getInt(1), n -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return prompts;
    }

    private static void insertPrompts(PreparedStatement insert, int cardNumber, List<String> prompts)
            throws SQLException {
        int position = 0;
        for (String prompt : prompts) {
            insert.setInt(1, cardNumber);
            insert.setInt(2, position++);
            insert.setString(3, prompt);
            insert.executeUpdate();
        }
    }

    private static void setSource(PreparedStatement insert, int first, SourceCredit source) throws SQLException {
        insert.setString(first, source.title());
        insert.setString(first + 1, source.author());
        insert.setString(first + 2, source.publisher());
        insert.setString(first + 3, source.url());
        insert.setString(first + 4, source.note());
        insert.setString(first + 5, source.licence());
    }

    private static SourceCredit source(ResultSet row, int first) throws SQLException {
        return new SourceCredit(row.getString(first), row.getString(first + 1), row.getString(first + 2),
                row.getString(first + 3), row.getString(first + 4), row.getString(first + 5));
    }
}
