package org.hurdleboard.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.CardAdded;
import org.hurdleboard.domain.CardRemoved;
import org.hurdleboard.domain.ChampionsSet;
import org.hurdleboard.domain.Item;
import org.hurdleboard.domain.ItemAdded;
import org.hurdleboard.domain.ItemEdited;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.ItemMoved;
import org.hurdleboard.domain.ItemRemoved;
import org.hurdleboard.domain.SessionChange;

/** The discuss stage's changes in the change log; the rest of {@link ChangeCodec}. */
final class DiscussionCodec {
    private DiscussionCodec() {
    }

    static void encode(ObjectNode node, SessionChange change) {
        if (change instanceof ItemAdded added) {
            item(node.put("kind", "itemAdded").put("position", added.position()), "item", added.item());
        } else if (change instanceof ItemRemoved removed) {
            item(node.put("kind", "itemRemoved").put("position", removed.position()), "item", removed.item());
        } else if (change instanceof ItemEdited edited) {
            item(node.put("kind", "itemEdited"), "before", edited.before());
            item(node, "after", edited.after());
        } else if (change instanceof ItemMoved moved) {
            item(node.put("kind", "itemMoved").put("from", moved.from()).put("to", moved.to()), "item", moved.item());
        } else if (change instanceof ChampionsSet set) {
            node.put("kind", "champions").put("card", set.cardNumber()).put("before", set.before())
                    .put("after", set.after());
        } else if (change instanceof CardAdded added) {
            card(node.put("kind", "cardAdded"), added.card());
        } else if (change instanceof CardRemoved removed) {
            card(node.put("kind", "cardRemoved"), removed.card());
        } else {
            throw new IllegalArgumentException("no way to store " + change);
        }
    }

    static SessionChange decode(String kind, JsonNode node) throws IOException {
        switch (kind) {
            case "itemAdded":
                return new ItemAdded(item(node.path("item")), ChangeCodec.required(node, "position"));
            case "itemRemoved":
                return new ItemRemoved(item(node.path("item")), ChangeCodec.required(node, "position"));
            case "itemEdited":
                return new ItemEdited(item(node.path("before")), item(node.path("after")));
            case "itemMoved":
                return new ItemMoved(item(node.path("item")), ChangeCodec.required(node, "from"),
                        ChangeCodec.required(node, "to"));
            case "champions":
                return new ChampionsSet(ChangeCodec.required(node, "card"), ChangeCodec.required(node, "before"),
                        ChangeCodec.required(node, "after"));
            case "cardAdded":
                return new CardAdded(card(node));
            case "cardRemoved":
                return new CardRemoved(card(node));
            default:
                throw new IOException("unknown change kind: " + kind);
        }
    }

    private static void item(ObjectNode parent, String field, Item item) {
        ObjectNode node = parent.putObject(field).put("id", item.id())
                .put("kind", item.kind().name().toLowerCase(Locale.ROOT)).put("card", item.cardNumber())
                .put("text", item.text());
        if (item.kind() == ItemKind.ACTION) {
            node.put("owner", item.owner()).put("due", item.dueDate().map(LocalDate::toString).orElse(""))
                    .put("state", item.state().name().toLowerCase(Locale.ROOT));
        }
    }

    private static Item item(JsonNode node) throws IOException {
        JsonNode id = node.get("id");
        if (id == null || !id.canConvertToLong()) {
            throw new IOException("an item without an id: " + node);
        }
        String due = text(node, "due", "");
        try {
            return new Item(id.longValue(), ItemKind.valueOf(text(node, "kind", "").toUpperCase(Locale.ROOT)),
                    ChangeCodec.required(node, "card"), text(node, "text", null), text(node, "owner", ""),
                    due.isEmpty() ? null : LocalDate.parse(due),
                    ActionState.valueOf(text(node, "state", "open").toUpperCase(Locale.ROOT)));
        } catch (DateTimeParseException e) {
            throw new IOException("an action's due date that is not a date: " + due, e);
        }
    }

    private static void card(ObjectNode node, Card card) {
        node.put("card", card.number()).put("category", card.categoryId()).put("title", card.title())
                .put("statement", card.statement());
    }

    private static Card card(JsonNode node) throws IOException {
        return new Card(ChangeCodec.required(node, "card"), text(node, "category", null), text(node, "title", null),
                text(node, "statement", null));
    }

    /** A text field, or {@code otherwise} when it is missing; a required one ({@code null}) must be there. */
    private static String text(JsonNode node, String field, String otherwise) throws IOException {
        JsonNode value = node.get(field);
        if (value == null && otherwise != null) {
            return otherwise;
        }
        if (value == null || !value.isTextual()) {
            throw new IOException("a change without its " + field + ": " + node);
        }
        return value.asText();
    }
}
