package org.hurdleboard.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.hurdleboard.domain.SessionChange;
import org.hurdleboard.domain.VotesSet;

/**
 * A change as one line of JSON in the change log: readable with any SQLite tool, and a new kind
 * of change is a new {@code kind} without a new table.
 */
final class ChangeCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangeCodec() {
    }

    static String encode(SessionChange change) {
        ObjectNode node = JSON.createObjectNode();
        if (change instanceof VotesSet set) {
            node.put("kind", "votes").put("round", set.roundId()).put("card", set.cardNumber())
                    .put("before", set.before()).put("after", set.after());
        } else {
            throw new IllegalArgumentException("no way to store " + change);
        }
        return node.toString();
    }

    static SessionChange decode(String text) throws IOException {
        JsonNode node = JSON.readTree(text);
        String kind = node.path("kind").asText();
        if ("votes".equals(kind)) {
            return new VotesSet(required(node, "round"), required(node, "card"), required(node, "before"),
                    required(node, "after"));
        }
        throw new IOException("unknown change kind: " + kind);
    }

    private static int required(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new IOException("change without a whole number " + field + ": " + node);
        }
        return value.intValue();
    }
}
