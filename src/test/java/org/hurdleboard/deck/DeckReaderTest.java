package org.hurdleboard.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.hurdleboard.deck.DeckProblem.Kind;
import org.hurdleboard.domain.Deck;
import org.junit.jupiter.api.Test;

class DeckReaderTest {
    private final DeckReader reader = new DeckReader();

    private static final String VALID = """
            {
              "format": "hurdle-board-deck", "formatVersion": 1, "id": "tiny", "version": 2,
              "language": "cy", "title": "Tiny deck",
              "source": {"author": "Someone", "url": "https://example.org"},
              "categories": [{"id": "people", "name": "People", "colour": "green"}],
              "cards": [
                {"number": 1, "category": "people", "title": "One", "statement": "The first."},
                {"number": 2, "category": "people", "title": "Two", "statement": "The second."}
              ]
            }""";

    @Test
    void readsAValidDeck() throws DeckFormatException {
        Deck deck = reader.read(VALID);

        assertThat(deck.id()).isEqualTo("tiny");
        assertThat(deck.version()).isEqualTo(2);
        assertThat(deck.language()).isEqualTo("cy");
        assertThat(deck.source().author()).isEqualTo("Someone");
        assertThat(deck.cards()).hasSize(2);
        assertThat(deck.category("people").colour()).isEqualTo("green");
    }

    @Test
    void brokenJsonSaysWhere() {
        DeckFormatException error = failure("{\"format\": \"hurdle-board-deck\",\n  \"id\": }");

        assertThat(error.problems()).singleElement().extracting(DeckProblem::kind).isEqualTo(Kind.NOT_JSON);
        assertThat(error.getMessage()).contains("line 2");
    }

    @Test
    void aJsonFileThatIsNotADeckIsRefused() {
        assertThat(failure("{\"name\": \"a shopping list\"}").problems())
                .extracting(DeckProblem::kind).containsExactly(Kind.NOT_A_DECK);
        assertThat(failure("[1, 2, 3]").problems()).extracting(DeckProblem::kind).containsExactly(Kind.NOT_A_DECK);
    }

    @Test
    void aDeckFromANewerFormatNamesTheVersionAndWhatToDo() {
        DeckFormatException error = failure(VALID.replace("\"formatVersion\": 1", "\"formatVersion\": 7"));

        assertThat(error.problems()).extracting(DeckProblem::kind).containsExactly(Kind.NEWER_FORMAT);
        assertThat(error.getMessage()).contains("7").contains("Update Hurdle Board");
    }

    @Test
    void everyProblemIsReportedWithItsPlace() {
        String broken = VALID
                .replace("\"title\": \"Two\", ", "")
                .replace("{\"number\": 1, \"category\": \"people\"", "{\"number\": 2, \"category\": \"nobody\"")
                .replace("\"colour\": \"green\"", "\"colour\": \"#00ff00\"");

        DeckFormatException error = failure(broken);

        assertThat(error.problems()).extracting(p -> p.path() + " " + p.kind()).containsExactlyInAnyOrder(
                "categories[0].colour UNKNOWN_COLOUR",
                "cards[0].category UNKNOWN_CATEGORY",
                "cards[1].title MISSING",
                "cards[1].number DUPLICATE");
        assertThat(error.getMessage()).contains("cards[1].title: missing. Add it.");
    }

    @Test
    void controlCharactersInATitleAreRefused() {
        DeckFormatException error = failure(VALID.replace("\"One\"", "\"O\\u0007ne\""));

        assertThat(error.problems()).extracting(p -> p.path() + " " + p.kind())
                .containsExactly("cards[0].title CONTROL_CHARACTERS");
    }

    @Test
    void hugeTitlesAndTooManyCardsAreRefused() {
        String longTitle = "x".repeat(100_000);
        assertThat(failure(VALID.replace("\"One\"", "\"" + longTitle + "\"")).problems())
                .extracting(DeckProblem::kind).containsExactly(Kind.TOO_LONG);

        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= DeckReader.MAX_CARDS + 1; i++) {
            cards.append(i == 1 ? "" : ",").append("{\"number\": ").append(i)
                    .append(", \"category\": \"people\", \"title\": \"T\", \"statement\": \"S\"}");
        }
        String many = VALID.substring(0, VALID.indexOf("\"cards\"")) + "\"cards\": [" + cards + "]}";
        assertThat(failure(many).problems()).extracting(p -> p.path() + " " + p.kind())
                .containsExactly("cards TOO_MANY");
    }

    @Test
    void aFileLargerThanADeckCouldBeIsRefusedBeforeParsing() {
        byte[] big = new byte[DeckReader.MAX_FILE_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');

        DeckFormatException error = catchThrowableOfType(DeckFormatException.class,
                () -> reader.read(new ByteArrayInputStream(big)));

        assertThat(error.problems()).extracting(DeckProblem::kind).containsExactly(Kind.TOO_LARGE);
    }

    @Test
    void misspelledFieldsAreReportedNotIgnored() {
        DeckFormatException error = failure(VALID.replace("\"statement\": \"The first.\"",
                "\"statement\": \"The first.\", \"titel\": \"x\""));

        assertThat(error.problems()).extracting(p -> p.path() + " " + p.kind())
                .containsExactly("cards[0].titel UNKNOWN_FIELD");
    }

    @Test
    void duplicateKeysAreNotJson() {
        assertThat(failure(VALID.replace("\"id\": \"tiny\",", "\"id\": \"tiny\", \"id\": \"other\",")).problems())
                .extracting(DeckProblem::kind).containsExactly(Kind.NOT_JSON);
    }

    @Test
    void everyKindOfProblemHasAMessage() {
        for (Kind kind : Kind.values()) {
            assertThat(new DeckProblem("x", kind, "detail").describe(Locale.UK))
                    .startsWith("x: ").doesNotContain("{0}");
        }
    }

    @Test
    void textAndNotNumbersWhereTextIsExpected() {
        assertThatThrownBy(() -> reader.read(VALID.replace("\"title\": \"Tiny deck\"", "\"title\": 42")))
                .isInstanceOf(DeckFormatException.class)
                .hasMessageContaining("title: should be text");
    }

    private DeckFormatException failure(String json) {
        return catchThrowableOfType(DeckFormatException.class, () -> reader.read(json));
    }
}
