package org.hurdleboard.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Deck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each term of {@code docs/glossary.md} is always the same Welsh word: wherever an English text
 * (a bundle's or a deck's) uses a term, its Welsh twin uses the glossary's Welsh word for it.
 */
class GlossaryTest {
    private static final Path GLOSSARY = Path.of("docs/glossary.md");
    private static final List<Term> TERMS = terms();

    /** One row: the English words that name the term, and the beginnings of the Welsh words that may. */
    record Term(String english, Pattern englishForms, List<String> welshForms) {
        boolean usedIn(String englishText) {
            return englishForms.matcher(englishText.replace("Hurdle Board", "")).find();
        }

        boolean usedInWelsh(String welshText) {
            String lower = welshText.toLowerCase(Locale.ROOT);
            return welshForms.stream().anyMatch(form -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(form))
                    .matcher(lower).find());
        }
    }

    static Stream<String> bundles() {
        return Stream.of("org/hurdleboard/ui/messages", "org/hurdleboard/deck/deck-messages",
                "org/hurdleboard/report/wallkit-messages", "org/hurdleboard/report/report-messages",
                "org/hurdleboard/cli/cli-messages", "org/hurdleboard/phone/page");
    }

    @Test
    void theGlossaryHasTheTermsTheIssueNames() {
        assertThat(TERMS).extracting(Term::english)
                .contains("hurdle", "workshop", "round", "champion", "parking lot", "dot", "card", "category",
                        "facilitator", "deck");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyWelshTextUsesTheGlossarysWordWhereTheEnglishUsesTheTerm(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties welsh = load(bundle + "_cy.properties");
        List<String> astray = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            astray.addAll(mismatches(key, english.getProperty(key), welsh.getProperty(key, "")));
        }
        assertThat(astray).as("Welsh texts that do not use the glossary's word").isEmpty();
    }

    @Test
    void everyWelshDeckUsesTheGlossarysWords() {
        BuiltInDecks decks = new BuiltInDecks();
        List<String> astray = new ArrayList<>();
        for (Deck english : decks.all()) {
            Deck welsh = decks.load(english.id() + "-cy");
            for (Card card : english.cardsAsListed()) {
                Card twin = welsh.card(card.number()).orElseThrow();
                String place = english.id() + " card " + card.number();
                astray.addAll(mismatches(place + " title", card.title(), twin.title()));
                astray.addAll(mismatches(place + " statement", card.statement(), twin.statement()));
                astray.addAll(mismatches(place + " explanation", card.explanation(), twin.explanation()));
            }
            for (int i = 0; i < english.prompts().size(); i++) {
                astray.addAll(mismatches(english.id() + " prompt", english.prompts().get(i), welsh.prompts().get(i)));
            }
            astray.addAll(mismatches(english.id() + " description", english.description(), welsh.description()));
        }
        assertThat(astray).as("Welsh deck texts that do not use the glossary's word").isEmpty();
    }

    @Test
    void theCheckFindsAWelshTextThatUsesAnotherWord() {
        assertThat(mismatches("k", "Print this deck", "Argraffu\u2019r dec hwn")).hasSize(1);
        assertThat(mismatches("k", "Print this deck", "Argraffu\u2019r pecyn hwn")).isEmpty();
        assertThat(mismatches("k", "Add a card", "Ychwanegu gerdyn")).isEmpty();
        assertThat(mismatches("k", "Open a .hurdles file", "Agor ffeil")).isEmpty();
    }

    private static List<String> mismatches(String place, String english, String welsh) {
        List<String> found = new ArrayList<>();
        for (Term term : TERMS) {
            if (term.usedIn(english) && !term.usedInWelsh(welsh)) {
                found.add(place + ": \"" + term.english() + "\" is not " + term.welshForms() + " in \"" + welsh + "\"");
            }
        }
        return found;
    }

    private static List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\\|");
                if (cells.length < 5 || !line.startsWith("| ") || cells[1].isBlank()
                        || cells[1].strip().equals("English")) {
                    continue;
                }
                String words = String.join("|", Stream.of(cells[2].split(","))
                        .map(w -> Pattern.quote(w.strip())).toList());
                terms.add(new Term(cells[1].strip(),
                        Pattern.compile("(?<![.\\w-])(" + words + ")(?![-\\w])", Pattern.CASE_INSENSITIVE),
                        Stream.of(cells[4].split(",")).map(String::strip).toList()));
            }
        } catch (IOException e) {
            throw new AssertionError("docs/glossary.md cannot be read", e);
        }
        return terms;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GlossaryTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(in);
        }
        return properties;
    }
}
