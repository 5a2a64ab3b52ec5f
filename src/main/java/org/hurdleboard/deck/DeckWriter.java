package org.hurdleboard.deck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.SourceCredit;

/**
 * Writes a deck as a deck file that {@link DeckReader} reads back the same: the fields in the
 * order the format page lists them, empty optional fields left out, so the file stays readable
 * in a text editor.
 */
public final class DeckWriter {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Deck deck) {
        return write(DeckDraft.of(deck), deck.translationOf());
    }

    /** Writes a deck being edited, valid or not, so the reader can check it. */
    public String write(DeckDraft deck) {
        return write(deck, "");
    }

    private String write(DeckDraft deck, String translationOf) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", DeckReader.FORMAT);
        root.put("formatVersion", DeckReader.FORMAT_VERSION);
        root.put("id", deck.id());
        root.put("version", deck.version());
        root.put("language", deck.language());
        putIfAny(root, "translationOf", translationOf);
        root.put("title", deck.title());
        putIfAny(root, "description", deck.description());
        putSource(root, deck.source());
        putPrompts(root, deck.prompts());
        ArrayNode categories = root.putArray("categories");
        for (DeckDraft.CategoryDraft category : deck.categories()) {
            ObjectNode node = categories.addObject();
            node.put("id", category.id());
            node.put("name", category.name());
            node.put("colour", category.colour());
            putIfAny(node, "icon", category.icon());
        }
        ArrayNode cards = root.putArray("cards");
        for (DeckDraft.CardDraft card : deck.cards()) {
            ObjectNode node = cards.addObject();
            node.put("number", card.number());
            node.put("category", card.category());
            node.put("title", card.title());
            node.put("statement", card.statement());
            putIfAny(node, "explanation", card.explanation());
            putPrompts(node, card.prompts());
            putSource(node, card.source());
        }
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putSource(ObjectNode parent, SourceCredit source) {
        if (source.isEmpty()) {
            return;
        }
        ObjectNode node = parent.putObject("source");
        putIfAny(node, "title", source.title());
        putIfAny(node, "author", source.author());
        putIfAny(node, "publisher", source.publisher());
        putIfAny(node, "url", source.url());
        putIfAny(node, "note", source.note());
        putIfAny(node, "licence", source.licence());
    }

    private static void putPrompts(ObjectNode parent, List<String> prompts) {
        if (!prompts.isEmpty()) {
            ArrayNode node = parent.putArray("prompts");
            prompts.forEach(node::add);
        }
    }

    private static void putIfAny(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }
}
