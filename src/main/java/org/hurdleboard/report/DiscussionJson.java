package org.hurdleboard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.report.DiscussionReport;
import org.hurdleboard.domain.report.DiscussionReport.AddedCard;
import org.hurdleboard.domain.report.DiscussionReport.DiscussedCard;
import org.hurdleboard.domain.report.DiscussionReport.ReportedAction;

/** The {@code discussion} member of the report JSON, both ways (see docs/report-json.md). */
final class DiscussionJson {
    private DiscussionJson() {
    }

    static void write(ObjectNode node, DiscussionReport discussion) {
        ArrayNode cards = node.putArray("cards");
        for (DiscussedCard card : discussion.cards()) {
            ObjectNode cardNode = cards.addObject().put("card", card.cardNumber()).put("title", card.title())
                    .put("added", card.added()).put("champions", card.champions());
            card.notes().forEach(cardNode.putArray("notes")::add);
            card.ideas().forEach(cardNode.putArray("ideas")::add);
            ArrayNode actions = cardNode.putArray("actions");
            card.actions().forEach(action -> action(actions.addObject(), action));
        }
        ArrayNode actions = node.putArray("actions");
        discussion.actions().forEach(action -> action(actions.addObject(), action));
        discussion.parkingLot().forEach(node.putArray("parkingLot")::add);
        ArrayNode added = node.putArray("addedCards");
        for (AddedCard card : discussion.addedCards()) {
            added.addObject().put("card", card.cardNumber()).put("category", card.categoryId())
                    .put("title", card.title()).put("statement", card.statement());
        }
    }

    private static void action(ObjectNode node, ReportedAction action) {
        node.put("card", action.cardNumber()).put("cardTitle", action.cardTitle()).put("what", action.what())
                .put("owner", action.owner()).put("due", action.due() == null ? "" : action.due().toString())
                .put("state", action.state().name().toLowerCase(Locale.ROOT));
    }

    /** Reports written before the discuss stage have no {@code discussion}: read as none. */
    static DiscussionReport read(JsonNode node) throws IOException {
        if (node.isMissingNode()) {
            return DiscussionReport.NONE;
        }
        List<DiscussedCard> cards = new ArrayList<>();
        for (JsonNode card : node.path("cards")) {
            cards.add(new DiscussedCard(card.path("card").asInt(), card.path("title").asText(""),
                    card.path("added").asBoolean(), card.path("champions").asInt(), texts(card.path("notes")),
                    texts(card.path("ideas")), actions(card.path("actions"))));
        }
        List<AddedCard> added = new ArrayList<>();
        for (JsonNode card : node.path("addedCards")) {
            added.add(new AddedCard(card.path("card").asInt(), card.path("category").asText(""),
                    card.path("title").asText(""), card.path("statement").asText("")));
        }
        return new DiscussionReport(cards, actions(node.path("actions")), texts(node.path("parkingLot")), added);
    }

    private static List<ReportedAction> actions(JsonNode array) throws IOException {
        List<ReportedAction> actions = new ArrayList<>();
        for (JsonNode action : array) {
            String due = action.path("due").asText("");
            try {
                actions.add(new ReportedAction(action.path("card").asInt(), action.path("cardTitle").asText(""),
                        action.path("what").asText(""), action.path("owner").asText(""),
                        due.isEmpty() ? null : LocalDate.parse(due),
                        ActionState.valueOf(action.path("state").asText("open").toUpperCase(Locale.ROOT))));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IOException("an action that cannot be read: " + action, e);
            }
        }
        return actions;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(text -> texts.add(text.asText("")));
        return texts;
    }
}
