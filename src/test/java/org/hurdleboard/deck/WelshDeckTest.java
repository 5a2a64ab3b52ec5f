package org.hurdleboard.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.SourceCredit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The built-in decks in Welsh: the same deck card for card as the English one (numbers,
 * categories, colours, order), every text translated, and a credit that names the original and
 * says the Welsh is a machine-assisted translation.
 */
class WelshDeckTest {
    /**
     * Common English words that are not also Welsh words ("a", "i", "am", "to", "can", "do", "be",
     * "we" (the web) and "staff" are Welsh too); a Welsh text holding one has English left in it.
     */
    static final Set<String> ENGLISH = Set.of("the", "and", "of", "is", "are", "with", "for", "from", "that",
            "this", "not", "they", "their", "our", "cannot", "when", "or", "by", "it", "have", "has",
            "there", "which", "what", "how", "does", "will", "would", "should", "us", "people", "work",
            "online", "who", "no", "into", "about", "card", "hurdle", "hurdles", "workshop", "vote", "votes");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");
    /** Names may stay as they are: the app's, and a work's title quoted in the credit. */
    private static final Pattern NAMES = Pattern.compile("Hurdle Board|\u201c[^\u201d]*\u201d");
    private final BuiltInDecks decks = new BuiltInDecks();

    @ParameterizedTest
    @ValueSource(strings = {BuiltInDecks.OVERCOMING_THE_HURDLES, BuiltInDecks.PEOPLE_AND_CULTURE})
    void theWelshDeckHasTheEnglishDecksNumbersAndCategoriesCardForCard(String id) {
        Deck english = decks.load(id);
        Deck welsh = decks.load(id + "-cy");

        assertThat(welsh.language()).isEqualTo("cy");
        assertThat(welsh.translationOf()).isEqualTo(id);
        assertThat(welsh.originalId()).isEqualTo(english.originalId());
        assertThat(welsh.categories()).extracting(Category::id, Category::colour, Category::icon)
                .containsExactlyElementsOf(english.categories().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.colour(), c.icon())).toList());
        assertThat(welsh.cardsAsListed()).extracting(Card::number, Card::categoryId)
                .containsExactlyElementsOf(english.cardsAsListed().stream()
                        .map(c -> org.assertj.core.groups.Tuple.tuple(c.number(), c.categoryId())).toList());
        assertThat(welsh.prompts()).hasSameSizeAs(english.prompts());
    }

    @ParameterizedTest
    @ValueSource(strings = {BuiltInDecks.OVERCOMING_THE_HURDLES, BuiltInDecks.PEOPLE_AND_CULTURE})
    void everyWelshTextIsTranslatedWithNoEnglishLeft(String id) {
        Deck english = decks.load(id);
        Deck welsh = decks.load(id + "-cy");
        List<String> welshTexts = texts(welsh);
        List<String> englishTexts = texts(english);

        assertThat(welshTexts).hasSameSizeAs(englishTexts);
        for (int i = 0; i < welshTexts.size(); i++) {
            assertThat(welshTexts.get(i)).as("translated").isNotEqualTo(englishTexts.get(i));
            assertThat(englishWords(welshTexts.get(i))).as("English left in \"%s\"", welshTexts.get(i)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {BuiltInDecks.OVERCOMING_THE_HURDLES, BuiltInDecks.PEOPLE_AND_CULTURE})
    void theCreditNamesTheOriginalAndSaysAWelshSpeakerMustReviewTheMachineAssistedTranslation(String id) {
        Deck english = decks.load(id);
        SourceCredit credit = decks.load(id + "-cy").source();

        assertThat(credit.title()).isEqualTo(english.source().title());
        assertThat(credit.author()).isEqualTo(english.source().author());
        assertThat(credit.note()).contains("\u201c" + english.title() + "\u201d")
                .contains("Cyfieithiad \u00e2 chymorth peiriant").contains("rhaid i siaradwr Cymraeg ei adolygu");
    }

    @Test
    void aWelshWorkshopIsOfferedTheWelshDecksAndAnEnglishOneTheEnglish() {
        assertThat(decks.in(Locale.forLanguageTag("cy"))).extracting(Deck::id)
                .containsExactly("overcoming-the-hurdles-cy", "people-and-culture-cy");
        assertThat(decks.in(Locale.UK)).extracting(Deck::id)
                .containsExactly(BuiltInDecks.OVERCOMING_THE_HURDLES, BuiltInDecks.PEOPLE_AND_CULTURE);
        assertThat(decks.in(Locale.FRENCH)).isEqualTo(decks.all());
    }

    @Test
    void theEnglishWordCheckFindsEnglish() {
        assertThat(englishWords("Nid yw\u2019r staff yn gwybod the")).containsExactly("the");
        assertThat(englishWords("Staff cannot reach the sites")).contains("cannot", "the");
        assertThat(englishWords("Cyfieithiad o\u2019r pecyn \u201cPeople and culture\u201d ar gyfer Hurdle Board")).isEmpty();
    }

    static List<String> englishWords(String text) {
        List<String> found = new ArrayList<>();
        for (String word : WORD.split(NAMES.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT))) {
            if (ENGLISH.contains(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** Every text a room or a reader sees, in deck order; names (sources' titles, authors, publishers) left out. */
    private static List<String> texts(Deck deck) {
        List<String> texts = new ArrayList<>(List.of(deck.title(), deck.description(), deck.source().note()));
        texts.addAll(deck.prompts());
        deck.categories().forEach(c -> texts.add(c.name()));
        for (Card card : deck.cardsAsListed()) {
            texts.add(card.title());
            texts.add(card.statement());
            texts.add(card.explanation());
            if (!card.source().note().isEmpty()) {
                texts.add(card.source().note());
            }
        }
        return texts;
    }
}
