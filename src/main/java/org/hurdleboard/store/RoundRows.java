package org.hurdleboard.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.Turn;
import org.hurdleboard.domain.VotingMethod;
import org.hurdleboard.domain.VotingRule;

/**
 * A round's voting state, the cards' statuses and the participants' names in their rows. Card lists are written as
 * "3 7 12" and a turn's dots as "12:2 7:1" (card:dots), so the file reads plainly in any tool.
 */
final class RoundRows {
    private RoundRows() {
    }

    static void insert(Connection connection, Round round, int position, RoundSettings settings) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO round (id, position, question) VALUES (?, ?, ?)")) {
            insert.setInt(1, round.id());
            insert.setInt(2, position);
            insert.setString(3, round.question());
            insert.executeUpdate();
        }
        writeSettings(connection, round.id(), settings);
    }

    /** Takes away the last round, which has no votes: the undo of adding it. */
    static void delete(Connection connection, int roundId) throws SQLException {
        for (String sql : new String[] {"DELETE FROM vote_count WHERE round_id = ?", "DELETE FROM ballot WHERE round_id = ?",
            "DELETE FROM phone_key WHERE round_id = ?", "DELETE FROM round WHERE id = ?"}) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                delete.setInt(1, roundId);
                delete.executeUpdate();
            }
        }
    }

    static void writeSettings(Connection connection, int roundId, RoundSettings settings) throws SQLException {
        VotingRule rule = settings.rule();
        update(connection, roundId, "rule = ?, dots_each = ?, max_per_card = ?, hide_votes = ?, cards = ?, method = ?",
                rule.kind().name().toLowerCase(Locale.ROOT), rule.dotsEach(), rule.maxPerCard(),
                settings.hideVotes() ? 1 : 0, numbers(settings.cards()), settings.method().name().toLowerCase(Locale.ROOT));
    }

    static void writeRevealed(Connection connection, int roundId, Set<Integer> revealed) throws SQLException {
        update(connection, roundId, "revealed = ?", numbers(revealed));
    }

    static void writeTurn(Connection connection, int roundId, Turn turn) throws SQLException {
        update(connection, roundId, "turn_participant = ?, turn_dots = ?", turn.participant(), dots(turn.dots()));
    }

    /** Moves one dot of the current turn, reading the turn's dots from the row. */
    static void moveDot(Connection connection, int roundId, int cardNumber, int delta) throws SQLException {
        Turn turn;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT turn_participant, turn_dots FROM round WHERE id = ?")) {
            query.setInt(1, roundId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no round " + roundId + " in the file");
                }
                turn = new Turn(row.getInt(1), parseDots(row.getString(2)));
            }
        }
        writeTurn(connection, roundId, turn.moved(cardNumber, delta));
    }

    static void writeStatus(Connection connection, int cardNumber, CardStatus status) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE card SET status = ? WHERE number = ?")) {
            update.setString(1, status.name().toLowerCase(Locale.ROOT));
            update.setInt(2, cardNumber);
            update.executeUpdate();
        }
        RowChecks.seal(connection, "card", cardNumber);
    }

    static void writeNames(Connection connection, List<String> names) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE session SET participant_names = ? WHERE id = 1")) {
            update.setString(1, String.join("\n", names));
            update.executeUpdate();
        }
        RowChecks.seal(connection, "session", 1);
    }

    /** Writes every round's reveals and turn, every status and the names of a session into rows that already exist. */
    static void writeAll(Connection connection, Session session) throws SQLException {
        writeNames(connection, session.participantNames());
        for (Round round : session.rounds()) {
            writeRevealed(connection, round.id(), session.revealed(round.id()));
            writeTurn(connection, round.id(), session.turn(round.id()));
        }
        for (Map.Entry<Integer, CardStatus> status : session.statuses().entrySet()) {
            writeStatus(connection, status.getKey(), status.getValue());
        }
    }

    static void load(Connection connection, Session session) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet row = query.executeQuery("SELECT participant_names FROM session WHERE id = 1")) {
            if (row.next() && !row.getString(1).isEmpty()) {
                session.restoreParticipantNames(List.of(row.getString(1).split("\n")));
            }
        }
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT id, rule, dots_each, max_per_card, hide_votes, cards,"
                     + " revealed, turn_participant, turn_dots, method FROM round")) {
            while (rows.next()) {
                VotingRule rule = rule(rows.getString(2), rows.getInt(3), rows.getInt(4));
                RoundSettings settings = new RoundSettings(rule, rows.getInt(5) == 1, parseNumbers(rows.getString(6)),
                        VotingMethod.valueOf(rows.getString(10).toUpperCase(Locale.ROOT)));
                session.restoreRound(rows.getInt(1), settings, parseNumbers(rows.getString(7)),
                        new Turn(rows.getInt(8), parseDots(rows.getString(9))));
            }
        } catch (IllegalArgumentException e) {
            throw new Damage("a round's voting state cannot be read", e);
        }
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT number, status FROM card WHERE status <> 'none'")) {
            while (rows.next()) {
                session.restoreStatus(rows.getInt(1), CardStatus.valueOf(rows.getString(2).toUpperCase(Locale.ROOT)));
            }
        } catch (IllegalArgumentException e) {
            throw new Damage("a card's status cannot be read", e);
        }
    }

    /** A rule as its row (or a change in the log) names it. */
    static VotingRule rule(String kind, int dotsEach, int maxPerCard) {
        return switch (kind) {
            case "dots" -> VotingRule.dots(dotsEach, maxPerCard);
            case "approval" -> VotingRule.APPROVAL;
            case "tally" -> VotingRule.TALLY;
            default -> throw new IllegalArgumentException("an unknown voting rule: " + kind);
        };
    }

    static void update(Connection connection, int roundId, String assignments, Object... values)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE round SET " + assignments + " WHERE id = ?")) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.setInt(values.length + 1, roundId);
            update.executeUpdate();
        }
        RowChecks.seal(connection, "round", roundId);
    }

    static String numbers(Set<Integer> numbers) {
        return numbers.stream().sorted().map(String::valueOf).collect(Collectors.joining(" "));
    }

    static Set<Integer> parseNumbers(String text) throws SQLException {
        Set<Integer> numbers = new TreeSet<>();
        for (String part : text.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                numbers.add(parseInt(part));
            }
        }
        return numbers;
    }

    static String dots(Map<Integer, Integer> dots) {
        return dots.entrySet().stream().map(entry -> entry.getKey() + ":" + entry.getValue())
                .collect(Collectors.joining(" "));
    }

    static Map<Integer, Integer> parseDots(String text) throws SQLException {
        Map<Integer, Integer> dots = new TreeMap<>();
        for (String part : text.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                String[] cardAndCount = part.split(":", 2);
                if (cardAndCount.length != 2) {
                    throw new Damage("a round's voting state cannot be read");
                }
                dots.put(parseInt(cardAndCount[0]), parseInt(cardAndCount[1]));
            }
        }
        return dots;
    }

    private static int parseInt(String text) throws SQLException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new Damage("a round's voting state cannot be read", e);
        }
    }
}
