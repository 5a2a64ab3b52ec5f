package org.hurdleboard.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.DotMoved;
import org.hurdleboard.domain.NamesSet;
import org.hurdleboard.domain.PhonesOpened;
import org.hurdleboard.domain.RevealSet;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.RoundAdded;
import org.hurdleboard.domain.RoundRemoved;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.SessionChange;
import org.hurdleboard.domain.SettingsSet;
import org.hurdleboard.domain.StatusSet;
import org.hurdleboard.domain.Turn;
import org.hurdleboard.domain.TurnChanged;
import org.hurdleboard.domain.VotesSet;
import org.hurdleboard.domain.VotingMethod;
import org.hurdleboard.domain.VotingRule;

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
        } else if (change instanceof DotMoved dot) {
            node.put("kind", "dot").put("round", dot.roundId()).put("participant", dot.participant())
                    .put("card", dot.cardNumber()).put("before", dot.votesBefore()).put("delta", dot.delta());
        } else if (change instanceof TurnChanged turn) {
            node.put("kind", "turn").put("round", turn.roundId());
            node.set("before", turn(turn.before()));
            node.set("after", turn(turn.after()));
        } else if (change instanceof SettingsSet set) {
            node.put("kind", "settings").put("round", set.roundId());
            node.set("before", settings(set.before()));
            node.set("after", settings(set.after()));
        } else if (change instanceof RevealSet reveal) {
            node.put("kind", "reveal").put("round", reveal.roundId());
            node.set("before", numbers(reveal.before()));
            node.set("after", numbers(reveal.after()));
        } else if (change instanceof StatusSet status) {
            node.put("kind", "status").put("card", status.cardNumber()).put("before", name(status.before()))
                    .put("after", name(status.after()));
        } else if (change instanceof RoundAdded added) {
            round(node.put("kind", "roundAdded"), added.round(), added.settings());
        } else if (change instanceof RoundRemoved removed) {
            round(node.put("kind", "roundRemoved"), removed.round(), removed.settings());
        } else if (change instanceof PhonesOpened opened) {
            node.put("kind", "phonesOpened").put("round", opened.roundId()).put("limit", opened.limit())
                    .put("open", opened.open());
            node.set("before", settings(opened.before()));
            node.set("after", settings(opened.after()));
        } else if (change instanceof NamesSet names) {
            node.put("kind", "names");
            names.before().forEach(node.putArray("before")::add);
            names.after().forEach(node.putArray("after")::add);
        } else if (FollowUpRows.stores(change)) {
            FollowUpCodec.encode(node, change);
        } else {
            DiscussionCodec.encode(node, change);
        }
        return node.toString();
    }

    static SessionChange decode(String text) throws IOException {
        JsonNode node = JSON.readTree(text);
        String kind = node.path("kind").asText();
        try {
            switch (kind) {
                case "votes":
                    return new VotesSet(required(node, "round"), required(node, "card"), required(node, "before"),
                            required(node, "after"));
                case "dot":
                    return new DotMoved(required(node, "round"), required(node, "participant"),
                            required(node, "card"), required(node, "before"), required(node, "delta"));
                case "turn":
                    return new TurnChanged(required(node, "round"), turn(node.path("before")), turn(node.path("after")));
                case "settings":
                    return new SettingsSet(required(node, "round"), settings(node.path("before")),
                            settings(node.path("after")));
                case "reveal":
                    return new RevealSet(required(node, "round"), numbers(node.path("before")),
                            numbers(node.path("after")));
                case "status":
                    return new StatusSet(required(node, "card"), status(node, "before"), status(node, "after"));
                case "roundAdded":
                    return new RoundAdded(round(node), settings(node.path("settings")));
                case "roundRemoved":
                    return new RoundRemoved(round(node), settings(node.path("settings")));
                case "phonesOpened":
                    return new PhonesOpened(required(node, "round"), settings(node.path("before")),
                            settings(node.path("after")), required(node, "limit"), node.path("open").asBoolean());
                case "names":
                    return new NamesSet(names(node.path("before")), names(node.path("after")));
                case FollowUpCodec.CARRIED:
                case FollowUpCodec.LINK:
                    return FollowUpCodec.decode(kind, node);
                default:
                    return DiscussionCodec.decode(kind, node);
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("a change that does not make sense: " + text, e);
        }
    }

    private static ObjectNode turn(Turn turn) {
        ObjectNode node = JSON.createObjectNode().put("participant", turn.participant());
        ObjectNode dots = node.putObject("dots");
        turn.dots().forEach((card, count) -> dots.put(String.valueOf(card), count));
        return node;
    }

    private static Turn turn(JsonNode node) throws IOException {
        Map<Integer, Integer> dots = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.path("dots").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            try {
                dots.put(Integer.parseInt(field.getKey()), field.getValue().intValue());
            } catch (NumberFormatException e) {
                throw new IOException("a turn's dots on a card that is not a number: " + field.getKey(), e);
            }
        }
        return new Turn(required(node, "participant"), dots);
    }

    private static ObjectNode settings(RoundSettings settings) {
        VotingRule rule = settings.rule();
        ObjectNode node = JSON.createObjectNode().put("rule", rule.kind().name().toLowerCase(Locale.ROOT))
                .put("dots", rule.dotsEach()).put("maxPerCard", rule.maxPerCard())
                .put("hide", settings.hideVotes()).put("method", settings.method().name().toLowerCase(Locale.ROOT));
        node.set("cards", numbers(settings.cards()));
        return node;
    }

    private static RoundSettings settings(JsonNode node) throws IOException {
        String kind = node.path("rule").asText();
        VotingRule rule = RoundRows.rule(kind.isEmpty() ? "tally" : kind, "dots".equals(kind) ? required(node, "dots") : 0,
                "dots".equals(kind) ? required(node, "maxPerCard") : 0);
        RoundSettings settings = new RoundSettings(rule, node.path("hide").asBoolean(), numbers(node.path("cards")));
        // changes logged before layout 8 name no method: the rule's own, as they were voted
        JsonNode method = node.get("method");
        return method == null ? settings : settings.withMethod(VotingMethod.valueOf(method.asText().toUpperCase(Locale.ROOT)));
    }

    private static void round(ObjectNode node, Round round, RoundSettings settings) {
        node.put("round", round.id()).put("question", round.question());
        node.set("settings", settings(settings));
    }

    private static Round round(JsonNode node) throws IOException {
        JsonNode question = node.get("question");
        if (question == null || !question.isTextual()) {
            throw new IOException("a round without a question: " + node);
        }
        return new Round(required(node, "round"), question.asText());
    }

    private static ArrayNode numbers(Set<Integer> numbers) {
        ArrayNode array = JSON.createArrayNode();
        numbers.forEach(array::add);
        return array;
    }

    private static Set<Integer> numbers(JsonNode array) throws IOException {
        Set<Integer> numbers = new TreeSet<>();
        for (JsonNode number : array) {
            if (!number.canConvertToInt()) {
                throw new IOException("not a card number: " + number);
            }
            numbers.add(number.intValue());
        }
        return numbers;
    }

    private static List<String> names(JsonNode array) throws IOException {
        List<String> names = new ArrayList<>();
        for (JsonNode name : array) {
            if (!name.isTextual()) {
                throw new IOException("a participant's name that is not text: " + name);
            }
            names.add(name.asText());
        }
        return names;
    }

    private static String name(CardStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static CardStatus status(JsonNode node, String field) throws IOException {
        try {
            return CardStatus.valueOf(node.path(field).asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("an unknown card status: " + node.path(field), e);
        }
    }

    static int required(JsonNode node, String field) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new IOException("change without a whole number " + field + ": " + node);
        }
        return value.intValue();
    }
}
