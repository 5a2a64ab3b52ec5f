package org.hurdleboard.phone;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a ballot a phone sent ({"dots": {"12": 2, "7": 1}}) strictly, and checks it against the
 * open round's paper before the box sees it: known card numbers only, whole numbers, the budget,
 * the cap per card, or one tick per card for approval. The box checks again; this keeps junk out.
 */
final class BallotCheck {
    /** Nesting beyond an object of numbers, long strings or numbers: not a ballot, refused while parsing. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(3).maxStringLength(64).maxNumberLength(6).maxNameLength(16)
                    .maxDocumentLength(PhoneLimits.BODY_BYTES).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonParser.Feature.ALLOW_COMMENTS);

    private BallotCheck() {
    }

    /** Why a body is not a ballot. */
    enum Problem { MALFORMED, NOT_ALLOWED }

    /** The card numbers and their dots (no zeros), or what is wrong with the body. */
    record Outcome(Map<Integer, Integer> dots, Problem problem) {
        static Outcome refused(Problem problem) {
            return new Outcome(Map.of(), problem);
        }

        boolean ok() {
            return problem == null;
        }
    }

    static Outcome read(String body, BallotPaper paper) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException | RuntimeException e) {
            return Outcome.refused(Problem.MALFORMED);
        }
        if (root == null || !root.isObject() || root.size() != 1 || !root.path("dots").isObject()) {
            return Outcome.refused(Problem.MALFORMED);
        }
        Map<Integer, Integer> dots = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.get("dots").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            Optional<Integer> card = cardNumber(field.getKey());
            JsonNode value = field.getValue();
            if (card.isEmpty() || !value.isIntegralNumber() || !value.canConvertToInt()) {
                return Outcome.refused(Problem.MALFORMED);
            }
            if (value.intValue() < 0) {
                return Outcome.refused(Problem.NOT_ALLOWED);
            }
            if (value.intValue() > 0) {
                dots.put(card.get(), value.intValue());
            }
        }
        return allowed(dots, paper) ? new Outcome(Map.copyOf(dots), null) : Outcome.refused(Problem.NOT_ALLOWED);
    }

    /** What the round's rule allows, the same test the page makes before it sends. */
    static boolean allowed(Map<Integer, Integer> dots, BallotPaper paper) {
        Set<Integer> deck = new HashSet<>();
        paper.categories().forEach(category -> category.cards().forEach(card -> deck.add(card.number())));
        if (!deck.containsAll(dots.keySet())) {
            return false;
        }
        BallotPaper.Rule rule = paper.rule();
        if (rule.kind() == BallotPaper.Rule.Kind.APPROVAL) {
            return dots.values().stream().allMatch(n -> n == 1);
        }
        long total = dots.values().stream().mapToLong(Integer::longValue).sum();
        boolean capped = rule.maxPerCard() > 0;
        return total <= rule.dotsEach() && dots.values().stream().allMatch(n -> !capped || n <= rule.maxPerCard());
    }

    private static Optional<Integer> cardNumber(String key) {
        if (!key.matches("[1-9][0-9]{0,5}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(key));
    }
}
