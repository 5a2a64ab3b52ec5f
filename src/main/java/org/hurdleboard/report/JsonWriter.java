package org.hurdleboard.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.SourceCredit;
import org.hurdleboard.domain.report.CategoryTally;
import org.hurdleboard.domain.report.ComparedSession;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.report.HurdleAcross;
import org.hurdleboard.domain.report.Movement;
import org.hurdleboard.domain.report.Placing;
import org.hurdleboard.domain.report.RankedHurdle;
import org.hurdleboard.domain.report.RoundReport;
import org.hurdleboard.domain.report.SessionReport;

/**
 * JSON as documented in {@code docs/report-json.md}. Field names are spelled out here rather than
 * taken from the Java classes, so renaming a class never changes the published schema.
 */
final class JsonWriter implements ReportWriter {
    static final String SESSION_FORMAT = "hurdle-board-report";
    static final String COMPARISON_FORMAT = "hurdle-board-comparison";
    static final int VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    @Override
    public void write(SessionReport report, OutputStream out) throws IOException {
        ObjectNode root = header(SESSION_FORMAT);
        details(root.putObject("session"), report.details());
        ObjectNode deck = root.putObject("deck");
        deck.put("id", report.deck().id());
        deck.put("version", report.deck().version());
        deck.put("title", report.deck().title());
        source(deck.putObject("source"), report.deck().source());
        ArrayNode categories = deck.putArray("categories");
        for (Category category : report.deck().categories()) {
            categories.addObject().put("id", category.id()).put("name", category.name())
                    .put("colour", category.colour());
        }
        ArrayNode rounds = root.putArray("rounds");
        for (RoundReport round : report.rounds()) {
            ObjectNode node = rounds.addObject();
            node.put("id", round.roundId());
            node.put("question", round.question());
            node.put("totalVotes", round.totalVotes());
            node.put("method", round.method().name().toLowerCase(Locale.ROOT));
            node.put("ballots", round.ballots());
            ArrayNode hurdles = node.putArray("hurdles");
            for (RankedHurdle hurdle : round.hurdles()) {
                hurdles.addObject().put("rank", hurdle.rank()).put("card", hurdle.cardNumber())
                        .put("category", hurdle.categoryId()).put("title", hurdle.title())
                        .put("statement", hurdle.statement()).put("votes", hurdle.votes())
                        .put("status", hurdle.status().name().toLowerCase(Locale.ROOT));
            }
            ArrayNode byCategory = node.putArray("byCategory");
            for (CategoryTally tally : round.byCategory()) {
                byCategory.addObject().put("category", tally.categoryId()).put("name", tally.name())
                        .put("colour", tally.colour()).put("votes", tally.votes()).put("share", tally.share());
            }
        }
        DiscussionJson.write(root.putObject("discussion"), report.discussion());
        FollowUpJson.write(root, report.followUp());
        print(root, out);
    }

    @Override
    public void write(Comparison comparison, OutputStream out) throws IOException {
        ObjectNode root = header(COMPARISON_FORMAT);
        ArrayNode sessions = root.putArray("sessions");
        for (ComparedSession session : comparison.sessions()) {
            ObjectNode node = sessions.addObject();
            node.put("label", session.label());
            details(node, session.details());
            node.put("deck", session.deckTitle());
            node.put("totalVotes", session.totalVotes());
        }
        ArrayNode hurdles = root.putArray("hurdles");
        for (HurdleAcross hurdle : comparison.hurdles()) {
            ObjectNode node = hurdles.addObject().put("card", hurdle.cardNumber()).put("title", hurdle.title())
                    .put("category", hurdle.categoryName());
            ArrayNode placings = node.putArray("placings");
            for (Placing placing : hurdle.placings()) {
                placings.addObject().put("votes", placing.votes()).put("rank", placing.rank())
                        .put("status", placing.status().name().toLowerCase(Locale.ROOT));
            }
        }
        ArrayNode everywhere = root.putArray("blockingEverywhere");
        comparison.blockingEverywhere().forEach(hurdle -> everywhere.add(hurdle.cardNumber()));
        ArrayNode overcome = root.putArray("overcomeSinceFirst");
        comparison.overcomeSinceFirst().forEach(hurdle -> overcome.add(hurdle.cardNumber()));
        ArrayNode moved = root.putArray("moved");
        for (Movement move : comparison.moved()) {
            moved.addObject().put("card", move.cardNumber()).put("title", move.title()).put("fromRank", move.fromRank())
                    .put("toRank", move.toRank()).put("rise", move.rise());
        }
        print(root, out);
    }

    private ObjectNode header(String format) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", format);
        root.put("version", VERSION);
        return root;
    }

    private static void details(ObjectNode node, SessionDetails details) {
        node.put("title", details.title());
        node.put("team", details.team());
        node.put("date", details.date().toString());
        node.put("facilitator", details.facilitator());
        node.put("participants", details.participants());
    }

    private static void source(ObjectNode node, SourceCredit source) {
        node.put("title", source.title()).put("author", source.author()).put("publisher", source.publisher())
                .put("url", source.url()).put("note", source.note());
    }

    private void print(ObjectNode root, OutputStream out) throws IOException {
        mapper.writerWithDefaultPrettyPrinter().writeValue(out, root);
        out.write('\n');
    }
}
