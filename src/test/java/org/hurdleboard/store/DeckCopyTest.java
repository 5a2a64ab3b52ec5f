package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.SourceCredit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session keeps all of its deck: every field of deck format v1 is in the file, and only there. */
class DeckCopyTest {
    @TempDir
    Path dir;

    private Deck reopened(Deck deck) throws Exception {
        Path path = dir.resolve(deck.id() + ".hurdles");
        SessionFile.create(path, Session.start(new SessionDetails("Copy", "", LocalDate.of(2026, 11, 29), "", 3),
                deck, "Q")).close();
        try (SessionFile file = SessionFile.open(path)) {
            return file.session().deck();
        }
    }

    @Test
    void bothBuiltInDecksComeBackWithEveryField() throws Exception {
        BuiltInDecks decks = new BuiltInDecks();
        assertThat(reopened(decks.load(BuiltInDecks.OVERCOMING_THE_HURDLES)))
                .isEqualTo(decks.load(BuiltInDecks.OVERCOMING_THE_HURDLES));
        Deck people = reopened(decks.load(BuiltInDecks.PEOPLE_AND_CULTURE));

        assertThat(people).isEqualTo(decks.load(BuiltInDecks.PEOPLE_AND_CULTURE));
        assertThat(people.categories().get(0).icon()).isNotEmpty();
        assertThat(people.cards()).anySatisfy(card -> assertThat(card.source().licence()).isNotEmpty());
    }

    @Test
    void aWelshDeckComesBackInWelshNamingTheDeckItTranslates() throws Exception {
        Deck welsh = new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES + "-cy");

        Deck copy = reopened(welsh);

        assertThat(copy).isEqualTo(welsh);
        assertThat(copy.language()).isEqualTo("cy");
        assertThat(copy.translationOf()).isEqualTo(BuiltInDecks.OVERCOMING_THE_HURDLES);
        assertThat(copy.card(1).orElseThrow().title()).isEqualTo("Safleoedd cymdeithasol wedi\u2019u rhwystro");
    }

    @Test
    void aCardsOwnPromptsAndSourceComeBackBesideTheDecksPrompts() throws Exception {
        Deck builtIn = new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES);
        List<Card> cards = new ArrayList<>(builtIn.cardsAsListed());
        Card first = cards.get(0);
        cards.set(0, new Card(first.number(), first.categoryId(), first.title(), first.statement(), "Why it matters.",
                List.of("Who is affected?", "What would help first?", "Who could own it?"),
                new SourceCredit("A post", "Someone", "", "https://example.org", "", "CC BY 4.0")));
        Deck deck = new Deck("own-prompts", 1, "en-GB", "Own prompts", "", builtIn.source(), builtIn.categories(),
                cards, builtIn.prompts());

        Deck copy = reopened(deck);

        assertThat(copy).isEqualTo(deck);
        assertThat(copy.promptsFor(copy.card(1).orElseThrow())).containsExactly(
                "Who is affected?", "What would help first?", "Who could own it?");
        assertThat(copy.promptsFor(copy.card(2).orElseThrow())).isEqualTo(builtIn.prompts());
    }

    @Test
    void aFileFromBeforeLayout3OpensWithItsDeckAsItWasAndEmptyNewFields() throws Exception {
        for (int version = 1; version <= 2; version++) {
            Path path = dir.resolve("v" + version + ".hurdles");
            try (InputStream in = getClass().getResourceAsStream("/store/fixtures/session-v" + version + ".hurdles")) {
                Files.copy(in, path);
            }
            try (SessionFile file = SessionFile.open(path)) {
                Deck deck = file.session().deck();
                assertThat(deck.cards()).hasSize(50);
                assertThat(deck.card(33).orElseThrow().title()).isEqualTo("Senior managers fear the social web");
                assertThat(deck.prompts()).isEmpty();
                assertThat(deck.cards()).allSatisfy(card -> {
                    assertThat(card.explanation()).isEmpty();
                    assertThat(card.prompts()).isEmpty();
                    assertThat(card.source()).isEqualTo(SourceCredit.NONE);
                });
                assertThat(deck.source().licence()).isEmpty();
            }
        }
    }
}
