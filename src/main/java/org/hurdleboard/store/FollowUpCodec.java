package org.hurdleboard.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.CarriedAction;
import org.hurdleboard.domain.CarriedActionSet;
import org.hurdleboard.domain.LinkSet;
import org.hurdleboard.domain.Outcome;
import org.hurdleboard.domain.PreviousWorkshop;
import org.hurdleboard.domain.SessionChange;

/** A follow-up's changes in the change log; the rest of {@link ChangeCodec}. */
final class FollowUpCodec {
    static final String CARRIED = "carriedAction";
    static final String LINK = "link";

    private FollowUpCodec() {
    }

    static void encode(ObjectNode node, SessionChange change) {
        if (change instanceof CarriedActionSet set) {
            node.put("kind", CARRIED);
            action(node.putObject("before"), set.before());
            action(node.putObject("after"), set.after());
        } else if (change instanceof LinkSet link) {
            node.put("kind", LINK);
            link(node.putObject("before"), link.before());
            link(node.putObject("after"), link.after());
        } else {
            throw new IllegalArgumentException("no way to store " + change);
        }
    }

    static SessionChange decode(String kind, JsonNode node) throws IOException {
        try {
            if (CARRIED.equals(kind)) {
                return new CarriedActionSet(action(node.path("before")), action(node.path("after")));
            }
            return new LinkSet(link(node.path("before")), link(node.path("after")));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IOException("a follow-up change that cannot be read: " + node, e);
        }
    }

    private static void action(ObjectNode node, CarriedAction action) {
        node.put("id", action.id()).put("card", action.cardNumber()).put("what", action.what())
                .put("owner", action.owner()).put("due", action.dueDate().map(LocalDate::toString).orElse(""))
                .put("stateLastTime", lower(action.stateLastTime())).put("outcome", lower(action.outcome()))
                .put("note", action.note()).put("carryOn", action.carryOn());
    }

    private static CarriedAction action(JsonNode node) throws IOException {
        JsonNode id = node.get("id");
        if (id == null || !id.canConvertToLong()) {
            throw new IOException("a carried action without an id: " + node);
        }
        String due = text(node, "due");
        return new CarriedAction(id.longValue(), ChangeCodec.required(node, "card"), text(node, "what"),
                text(node, "owner"), due.isEmpty() ? null : LocalDate.parse(due),
                ActionState.valueOf(text(node, "stateLastTime").toUpperCase(Locale.ROOT)),
                Outcome.valueOf(text(node, "outcome").toUpperCase(Locale.ROOT)), text(node, "note"),
                node.path("carryOn").asBoolean());
    }

    private static void link(ObjectNode node, PreviousWorkshop link) {
        node.put("uid", link.uid()).put("path", link.lastPath()).put("title", link.title())
                .put("date", link.date().toString());
    }

    private static PreviousWorkshop link(JsonNode node) throws IOException {
        return new PreviousWorkshop(text(node, "uid"), text(node, "path"), text(node, "title"),
                LocalDate.parse(text(node, "date")));
    }

    private static String text(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException("a change without its " + field + ": " + node);
        }
        return value.asText();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
