package org.hurdleboard.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.junit.jupiter.api.Test;

/** The built-in deck against its source, seed 004 ("Overcoming the Hurdles"). */
class BuiltInDeckTest {
    private final Deck deck = new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES);

    @Test
    void hasFiftyCardsNumberedOneToFifty() {
        assertThat(deck.cards()).extracting(Card::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
    }

    @Test
    void hasTheSevenCategoriesOfTheSourceWithTheirRanges() {
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("Internet Access", range(1, 10));
        expected.put("Office Technology", range(11, 20));
        expected.put("Systems and Procedures", range(21, 26));
        expected.put("Policy and Guidance", range(27, 32));
        expected.put("Organisational Culture", range(33, 40));
        expected.put("Technical Skills", range(41, 47));
        expected.put("Leadership and Management", range(48, 50));

        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        for (Category category : deck.categories()) {
            actual.put(category.name(), deck.cardsIn(category.id()).stream().map(Card::number).toList());
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void eachStatementIsTheSourceTextOfThatHurdle() throws IOException {
        Map<Integer, String> seed = seedStatements();
        assertThat(seed).hasSize(50);
        for (Card card : deck.cards()) {
            assertThat(normalise(card.statement()))
                    .as("card %d", card.number())
                    .isEqualTo(normalise(seed.get(card.number())));
        }
    }

    @Test
    void titlesAreShortEnoughForTheBoard() {
        assertThat(deck.cards()).allSatisfy(card -> {
            assertThat(card.title().length()).as("title of card %d", card.number()).isLessThanOrEqualTo(45);
            assertThat(card.title()).isNotBlank();
        });
    }

    @Test
    void everyCardHasAOneLineExplanationAndTheWikisTwoPrompts() {
        assertThat(deck.cards()).allSatisfy(card -> {
            assertThat(card.explanation()).as("explanation of card %d", card.number())
                    .isNotBlank().doesNotContain("\n").hasSizeLessThanOrEqualTo(110)
                    .isNotEqualToIgnoringCase(card.statement());
            assertThat(deck.promptsFor(card)).containsExactly("How does this affect us?", "How could we overcome it?");
        });
    }

    @Test
    void everyCategoryHasItsOwnColour() {
        assertThat(deck.categories()).extracting(Category::colour).doesNotHaveDuplicates()
                .allMatch(Palette.COLOURS::contains);
    }

    @Test
    void creditsItsSource() {
        assertThat(deck.title()).isEqualTo("Overcoming the Hurdles");
        assertThat(deck.source().author()).isEqualTo("Tim Davies");
        assertThat(deck.source().publisher()).containsIgnoringCase("practicalparticipation");
        assertThat(deck.source().url()).contains("practicalparticipation.co.uk/wiki");
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    /** "12. Staff cannot change their browsers home-page;" lines of the seed post. */
    private static Map<Integer, String> seedStatements() throws IOException {
        String text;
        try (InputStream in = BuiltInDeckTest.class.getResourceAsStream("/seeds/004_38ce9b04d44f5942.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<Integer, String> statements = new LinkedHashMap<>();
        Matcher line = Pattern.compile("(?m)^(\\d+)\\. (.+)$").matcher(text);
        while (line.find()) {
            statements.putIfAbsent(Integer.parseInt(line.group(1)), line.group(2));
        }
        statements.keySet().removeIf(number -> number > 50);
        return statements;
    }

    /** The deck ends each statement with a full stop where the list used a semicolon. */
    private static String normalise(String statement) {
        return statement.strip().replaceAll("[;.]$", "");
    }
}
