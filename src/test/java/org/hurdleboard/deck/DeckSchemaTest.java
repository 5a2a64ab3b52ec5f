package org.hurdleboard.deck;

import org.hurdleboard.domain.IconShapes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.hurdleboard.domain.Deck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema and the reader agree: both accept the built-in decks, and both refuse
 * each bad deck a facilitator (or a hostile file) could bring, the reader naming the place.
 */
class DeckSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(resource("/decks/hurdle-board-deck.schema.json"));
    private final DeckReader reader = new DeckReader();

    @ParameterizedTest
    @ValueSource(strings = {BuiltInDecks.OVERCOMING_THE_HURDLES, BuiltInDecks.PEOPLE_AND_CULTURE,
        "overcoming-the-hurdles-cy", "people-and-culture-cy"})
    void everyBuiltInDeckMatchesTheSchemaAndReads(String id) throws DeckFormatException {
        String json = resource("/decks/" + id + ".json");

        assertThat(schemaErrors(json)).isEmpty();
        assertThat(reader.read(json).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {BuiltInDecks.OVERCOMING_THE_HURDLES, BuiltInDecks.PEOPLE_AND_CULTURE,
        "overcoming-the-hurdles-cy", "people-and-culture-cy"})
    void everyBuiltInDeckWrittenOutReadsBackTheSameAndMatchesTheSchema(String id) throws DeckFormatException {
        Deck deck = new BuiltInDecks().load(id);

        String written = new DeckWriter().write(deck);

        assertThat(schemaErrors(written)).isEmpty();
        assertThat(reader.read(written)).isEqualTo(deck);
    }

    @Test
    void brokenJsonIsRefusedByBothWithTheLine() {
        String broken = resource("/decks/overcoming-the-hurdles.json").replaceFirst("\"title\":", "\"title\"");

        assertThat(schemaRefuses(broken)).isTrue();
        assertThat(readerMessages(broken)).singleElement().asString()
                .contains("not valid JSON (line 7, column").contains("Check the file");
    }

    @Test
    void aMissingTitleIsNamedByItsPlace() {
        String json = builtIn(deck -> ((ObjectNode) deck.withArray("cards").get(12)).remove("title"));

        assertThat(schemaRefuses(json)).isTrue();
        assertThat(readerMessages(json)).containsExactly("cards[12].title: missing. Add it.");
    }

    @Test
    void aMissingDeckTitleAndCategoryNameAreBothReported() {
        String json = builtIn(deck -> {
            deck.remove("title");
            ((ObjectNode) deck.withArray("categories").get(2)).remove("name");
        });

        assertThat(schemaRefuses(json)).isTrue();
        assertThat(readerMessages(json)).containsExactly("title: missing. Add it.",
                "categories[2].name: missing. Add it.");
    }

    /** The schema cannot say "unique by number"; the reader does, and the format page says so. */
    @Test
    void duplicateNumbersAreRefusedByTheReader() {
        String json = builtIn(deck -> ((ObjectNode) deck.withArray("cards").get(7)).put("number", 3));

        assertThat(readerMessages(json)).containsExactly("cards[7].number: is used twice (3). Make each one unique.");
    }

    /** Likewise "names a category the deck has" is beyond the schema. */
    @Test
    void aCardInAnUnknownCategoryIsRefusedByTheReader() {
        String json = builtIn(deck -> ((ObjectNode) deck.withArray("cards").get(4)).put("category", "internet"));

        assertThat(readerMessages(json)).containsExactly("cards[4].category: names a category the deck does not "
                + "have (internet). Add the category or fix the name.");
    }

    @Test
    void tenThousandCardsAreRefusedByBoth() {
        String json = builtIn(deck -> {
            ArrayNode cards = deck.putArray("cards");
            for (int number = 1; number <= 10_000; number++) {
                cards.addObject().put("number", number).put("category", "internet-access")
                        .put("title", "Card " + number).put("statement", "Statement " + number + ".");
            }
        });

        assertThat(schemaRefuses(json)).isTrue();
        assertThat(readerMessages(json)).containsExactly("cards: has more than 200 entries. Split the deck or remove some.");
    }

    @Test
    void aOneMegabyteTitleIsRefusedByBoth() {
        String json = builtIn(deck -> ((ObjectNode) deck.withArray("cards").get(0)).put("title", "x".repeat(1 << 20)));

        assertThat(schemaRefuses(json)).isTrue();
        assertThat(readerMessages(json)).containsExactly("cards[0].title: is longer than 80 characters. Shorten it.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\n", "\u001b[31m", "\u0085", "\u2028"})
    void controlCharactersInATitleAreRefusedByBoth(String control) {
        String json = builtIn(deck -> ((ObjectNode) deck.withArray("cards").get(1))
                .put("title", "Unblocking" + control + "a site"));

        assertThat(schemaRefuses(json)).isTrue();
        assertThat(readerMessages(json)).containsExactly("cards[1].title: contains control characters. Remove them.");
    }

    @Test
    void lineBreaksAreAllowedInAStatementButNotABellCharacter() throws DeckFormatException {
        String withBreak = builtIn(deck -> ((ObjectNode) deck.withArray("cards").get(1))
                .put("statement", "First line.\nSecond line."));
        String withBell = builtIn(deck -> ((ObjectNode) deck.withArray("cards").get(1))
                .put("statement", "First line.\u0007"));

        assertThat(schemaErrors(withBreak)).isEmpty();
        assertThat(reader.read(withBreak).card(2).orElseThrow().statement()).contains("\n");
        assertThat(schemaRefuses(withBell)).isTrue();
        assertThat(readerMessages(withBell)).containsExactly("cards[1].statement: contains control characters. Remove them.");
    }

    @Test
    void aDeckFromANewerFormatVersionIsRefusedByBoth() {
        String json = builtIn(deck -> deck.put("formatVersion", 2));

        assertThat(schemaRefuses(json)).isTrue();
        assertThat(readerMessages(json)).containsExactly("formatVersion: this deck uses format version 2, made by "
                + "a newer Hurdle Board. Update Hurdle Board to use it.");
    }

    @Test
    void theOptionalFieldsAreCheckedByBoth() {
        String json = builtIn(deck -> {
            ObjectNode card = (ObjectNode) deck.withArray("cards").get(0);
            card.put("explanation", "e".repeat(201));
            card.putArray("prompts").add("One?").add("Two?").add("Three?").add("Four?");
            card.putObject("source").put("licence", 42);
            ((ObjectNode) deck.withArray("categories").get(0)).put("icon", "rocket");
            deck.putArray("prompts");
        });

        assertThat(schemaErrors(json)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(readerMessages(json)).containsExactlyInAnyOrder(
                "prompts: is empty. Give it a value.",
                "categories[0].icon: is not an icon Hurdle Board has (rocket). Use one of: globe, laptop, gears, "
                        + "document, people, lightbulb, shield, chat, graduation-cap, flag, handshake, star; or leave it out.",
                "cards[0].explanation: is longer than 200 characters. Shorten it.",
                "cards[0].prompts: has more than 3 entries. Split the deck or remove some.",
                "cards[0].source.licence: should be text.");
    }

    @Test
    void anUnknownLanguageIsRefusedWithASentenceAndAKnownOneIsKept() throws DeckFormatException {
        String made = builtIn(deck -> deck.put("language", "xx"));
        String malformed = builtIn(deck -> deck.put("language", "Welsh please"));

        assertThat(readerMessages(made)).containsExactly("language: is not a language Hurdle Board knows (xx). "
                + "Use a language tag such as \"en\" (English), \"en-GB\" or \"cy\" (Welsh).");
        assertThat(schemaRefuses(malformed)).isTrue();
        assertThat(readerMessages(malformed)).singleElement().asString().startsWith("language: is not a language");
        assertThat(reader.read(builtIn(deck -> deck.put("language", "cy-GB"))).language()).isEqualTo("cy-GB");
    }

    @Test
    void aTranslationNamesTheDeckItTranslatesAndKeepsTheLinkWhenWrittenOut() throws DeckFormatException {
        String json = builtIn(deck -> deck.put("id", "our-deck-cy").put("language", "cy")
                .put("translationOf", "overcoming-the-hurdles"));
        String badLink = builtIn(deck -> deck.put("translationOf", "Overcoming the Hurdles"));

        Deck deck = reader.read(json);

        assertThat(schemaErrors(json)).isEmpty();
        assertThat(deck.translationOf()).isEqualTo("overcoming-the-hurdles");
        assertThat(deck.originalId()).isEqualTo("overcoming-the-hurdles");
        assertThat(reader.read(new DeckWriter().write(deck))).isEqualTo(deck);
        assertThat(schemaRefuses(badLink)).isTrue();
        assertThat(readerMessages(badLink)).singleElement().asString().startsWith("translationOf: should use only");
    }

    @Test
    void nullIsNotAValueForAnOptionalField() {
        String json = builtIn(deck -> deck.putNull("description"));

        assertThat(schemaRefuses(json)).isTrue();
        assertThat(readerMessages(json)).containsExactly("description: should be text.");
    }

    @Test
    void theSchemaListsThePaletteAndTheIconsTheReaderKnows() throws IOException {
        JsonNode category = MAPPER.readTree(resource("/decks/hurdle-board-deck.schema.json"))
                .at("/$defs/category/properties");

        assertThat(category.at("/colour/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(Palette.COLOURS);
        assertThat(category.at("/icon/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(IconShapes.NAMES);
    }

    private List<String> readerMessages(String json) {
        DeckFormatException error = catchThrowableOfType(DeckFormatException.class, () -> reader.read(json));
        assertThat(error).as("the reader refuses the deck").isNotNull();
        return error.problems().stream().map(DeckProblem::toString).toList();
    }

    private static List<Error> schemaErrors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    private static boolean schemaRefuses(String json) {
        try {
            MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return true;
        }
        return !schemaErrors(json).isEmpty();
    }

    /** The built-in deck's file, changed as a facilitator's editor (or an attacker) might. */
    private static String builtIn(Consumer<ObjectNode> change) {
        try {
            ObjectNode deck = (ObjectNode) MAPPER.readTree(resource("/decks/overcoming-the-hurdles.json"));
            change.accept(deck);
            return MAPPER.writeValueAsString(deck);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DeckSchemaTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
