package org.hurdleboard.report;

import org.hurdleboard.domain.CardStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.SourceCredit;
import org.hurdleboard.domain.report.CategoryTally;
import org.hurdleboard.domain.report.ComparedSession;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.report.DeckSummary;
import org.hurdleboard.domain.report.HurdleAcross;
import org.hurdleboard.domain.report.Placing;
import org.hurdleboard.domain.report.RankedHurdle;
import org.hurdleboard.domain.report.RoundReport;
import org.hurdleboard.domain.report.SessionReport;

/** Test code: reads back what {@link JsonWriter} wrote, to prove that every field of an export survives. */
public final class JsonReportReader {
    private final ObjectMapper mapper = new ObjectMapper();

    /** Not a report of a version this reader knows, or not a report at all. */
    public static final class NotAReportException extends IOException {
        private static final long serialVersionUID = 1L;

        NotAReportException(String message) {
            super(message);
        }
    }

    public SessionReport readSession(InputStream in) throws IOException {
        JsonNode root = checked(in, JsonWriter.SESSION_FORMAT);
        JsonNode deckNode = root.path("deck");
        List<Category> categories = new ArrayList<>();
        for (JsonNode category : deckNode.path("categories")) {
            categories.add(new Category(text(category, "id"), text(category, "name"), text(category, "colour")));
        }
        DeckSummary deck = new DeckSummary(text(deckNode, "id"), deckNode.path("version").asInt(),
                text(deckNode, "title"), source(deckNode.path("source")), categories);
        List<RoundReport> rounds = new ArrayList<>();
        for (JsonNode round : root.path("rounds")) {
            List<RankedHurdle> hurdles = new ArrayList<>();
            for (JsonNode hurdle : round.path("hurdles")) {
                hurdles.add(new RankedHurdle(hurdle.path("rank").asInt(), hurdle.path("card").asInt(),
                        text(hurdle, "category"), text(hurdle, "title"), text(hurdle, "statement"),
                        hurdle.path("votes").asInt(), status(hurdle.path("status").asText("none"))));
            }
            List<CategoryTally> byCategory = new ArrayList<>();
            for (JsonNode tally : round.path("byCategory")) {
                byCategory.add(new CategoryTally(text(tally, "category"), text(tally, "name"), text(tally, "colour"),
                        tally.path("votes").asInt(), tally.path("share").asDouble()));
            }
            // reports written before phones: how a round was voted is not known, hands is what they had
            rounds.add(new RoundReport(round.path("id").asInt(), text(round, "question"),
                    round.path("totalVotes").asInt(), hurdles, byCategory,
                    org.hurdleboard.domain.VotingMethod.valueOf(round.path("method").asText("hands")
                            .toUpperCase(java.util.Locale.ROOT)), round.path("ballots").asInt()));
        }
        return new SessionReport(details(root.path("session")), deck, rounds,
                DiscussionJson.read(root.path("discussion")));
    }

    public Comparison readComparison(InputStream in) throws IOException {
        JsonNode root = checked(in, JsonWriter.COMPARISON_FORMAT);
        List<ComparedSession> sessions = new ArrayList<>();
        for (JsonNode session : root.path("sessions")) {
            sessions.add(new ComparedSession(text(session, "label"), details(session), text(session, "deck"),
                    session.path("totalVotes").asInt()));
        }
        List<HurdleAcross> hurdles = new ArrayList<>();
        for (JsonNode hurdle : root.path("hurdles")) {
            List<Placing> placings = new ArrayList<>();
            for (JsonNode placing : hurdle.path("placings")) {
                placings.add(new Placing(placing.path("votes").asInt(), placing.path("rank").asInt(),
                        status(placing.path("status").asText("none"))));
            }
            hurdles.add(new HurdleAcross(hurdle.path("card").asInt(), text(hurdle, "title"),
                    text(hurdle, "category"), placings));
        }
        return new Comparison(sessions, hurdles);
    }

    private JsonNode checked(InputStream in, String format) throws IOException {
        JsonNode root = mapper.readTree(in);
        if (root == null || !format.equals(root.path("format").asText())) {
            throw new NotAReportException("not a " + format + " file");
        }
        int version = root.path("version").asInt();
        if (version < 1 || version > JsonWriter.VERSION) {
            throw new NotAReportException(format + " version " + version + " is not one this version reads");
        }
        return root;
    }

    private static SessionDetails details(JsonNode node) throws NotAReportException {
        try {
            return new SessionDetails(text(node, "title"), text(node, "team"), LocalDate.parse(text(node, "date")),
                    text(node, "facilitator"), node.path("participants").asInt());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new NotAReportException("the workshop's details are not valid: " + e.getMessage());
        }
    }

    private static SourceCredit source(JsonNode node) {
        return new SourceCredit(text(node, "title"), text(node, "author"), text(node, "publisher"),
                text(node, "url"), text(node, "note"));
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asText("");
    }

    /** A status as the writer spells it; reports written before statuses existed have none. */
    private static CardStatus status(String name) throws IOException {
        try {
            return CardStatus.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown status: " + name, e);
        }
    }
}
