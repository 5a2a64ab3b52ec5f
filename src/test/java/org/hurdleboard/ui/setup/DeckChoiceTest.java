package org.hurdleboard.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.deck.DeckReader;
import org.hurdleboard.deck.DeckWriter;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.settings.AppHome;
import org.hurdleboard.ui.common.AppContext;
import org.hurdleboard.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Set-up's deck picker: the facilitator's own decks beside the built-in ones, import and export. */
@ExtendWith(ApplicationExtension.class)
class DeckChoiceTest {
    @TempDir
    Path home;
    private AppContext context;

    private DeckChoice choice() throws Exception {
        return choice(Locale.UK);
    }

    private DeckChoice choice(Locale language) throws Exception {
        context = AppContext.create(new Messages(language), AppHome.at(home), Clock.systemUTC());
        DeckChoice[] made = new DeckChoice[1];
        WaitForAsyncUtils.asyncFx(() -> made[0] = new DeckChoice(context)).get();
        waitUntil(() -> !made[0].busyProperty().get());
        return made[0];
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.background().close();
        }
    }

    @Test
    void aWelshSetUpOffersTheBuiltInDecksInWelshAndChoosesTheFirst() throws Exception {
        writeOwnDeck("mine.json", "Our team's hurdles");

        DeckChoice choice = choice(Locale.forLanguageTag("cy-GB"));

        assertThat(choice.decks()).extracting(Deck::title)
                .containsExactly("Goresgyn y Rhwystrau", "Pobl a diwylliant", "Our team's hurdles");
        assertThat(choice.deckProperty().get().language()).isEqualTo("cy");
        assertThat(choice.isOwn(choice.decks().get(0))).isFalse();
    }

    @Test
    void theFacilitatorsOwnDecksAreOfferedAfterTheBuiltInOnes() throws Exception {
        writeOwnDeck("mine.json", "Our team's hurdles");

        DeckChoice choice = choice();

        assertThat(choice.decks()).extracting(Deck::title)
                .containsExactly("Overcoming the Hurdles", "People and culture", "Our team's hurdles");
        assertThat(choice.deckProperty().get().title()).isEqualTo("Overcoming the Hurdles");
        assertThat(choice.isOwn(choice.decks().get(2))).isTrue();
        assertThat(choice.isOwn(choice.decks().get(0))).isFalse();
    }

    @Test
    void anImportedDeckIsAddedAndChosen() throws Exception {
        DeckChoice choice = choice();
        Path file = home.resolve("from a colleague.json");
        Files.writeString(file, new DeckWriter().write(ownDeck("Shared by a colleague")));

        run(() -> choice.importDeck(file));
        waitUntil(() -> !choice.busyProperty().get());

        assertThat(choice.deckProperty().get().title()).isEqualTo("Shared by a colleague");
        assertThat(choice.decks()).hasSize(3);
        assertThat(choice.messageIsProblemProperty().get()).isFalse();
        assertThat(choice.messageProperty().get()).contains("\"Shared by a colleague\" is now in your decks");
    }

    @Test
    void aBrokenDeckFileIsRefusedWithEveryProblemAndNothingChanges() throws Exception {
        DeckChoice choice = choice();
        Deck before = choice.deckProperty().get();
        Path file = home.resolve("broken.json");
        Files.writeString(file, new DeckWriter().write(ownDeck("Broken")).replace("\"title\" : \"One\",", "")
                .replace("\"colour\" : \"green\"", "\"colour\" : \"pink\""));

        run(() -> choice.importDeck(file));
        waitUntil(() -> !choice.busyProperty().get());

        assertThat(choice.messageIsProblemProperty().get()).isTrue();
        assertThat(choice.messageProperty().get().lines().toList()).containsExactly(
                "broken.json cannot be used as a deck, so nothing was changed. Fix these in the file and import it again:",
                "categories[0].colour: is not a palette colour (pink). Use one of: blue, sky, green, yellow, orange, "
                        + "vermillion, purple, grey.",
                "cards[0].title: missing. Add it.");
        assertThat(choice.deckProperty().get()).isSameAs(before);
        assertThat(choice.decks()).hasSize(2);
        assertThat(home.resolve("decks")).doesNotExist();
    }

    @Test
    void aLongListOfProblemsIsCutShortWithACount() throws Exception {
        DeckChoice choice = choice();
        StringBuilder cards = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            cards.append(i == 1 ? "" : ",").append("{\"number\": 1, \"category\": \"c\", \"title\": \"T\"}");
        }
        Path file = home.resolve("many.json");
        Files.writeString(file, "{\"format\": \"hurdle-board-deck\", \"formatVersion\": 1, \"id\": \"m\", \"version\": 1,"
                + " \"title\": \"M\", \"categories\": [{\"id\": \"c\", \"name\": \"C\", \"colour\": \"blue\"}],"
                + " \"cards\": [" + cards + "]}");

        run(() -> choice.importDeck(file));
        waitUntil(() -> !choice.busyProperty().get());

        // ten cards without a statement and nine repeated numbers: 19 problems
        List<String> lines = choice.messageProperty().get().lines().toList();
        assertThat(lines).hasSize(1 + DeckChoice.PROBLEMS_SHOWN + 1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("\u2026and " + (19 - DeckChoice.PROBLEMS_SHOWN) + " more.");
    }

    @Test
    void theChosenDeckIsExportedAsADeckFileThatReadsBackTheSame() throws Exception {
        DeckChoice choice = choice();
        run(() -> choice.deckProperty().set(choice.decks().get(1)));
        Path file = home.resolve("people.json");

        run(() -> choice.exportDeck(file));
        waitUntil(() -> !choice.busyProperty().get());

        assertThat(new DeckReader().read(Files.newInputStream(file)))
                .isEqualTo(new BuiltInDecks().load(BuiltInDecks.PEOPLE_AND_CULTURE));
        assertThat(choice.messageProperty().get()).startsWith("Saved \"People and culture\" to ");
    }

    @Test
    void anUnreadableFileInTheDecksFolderIsNamedAndTheRestStillShow() throws Exception {
        writeOwnDeck("good.json", "Good");
        Files.writeString(home.resolve("decks").resolve("half-written.json"), "{\"format\": ");

        DeckChoice choice = choice();

        assertThat(choice.decks()).extracting(Deck::title).contains("Good");
        assertThat(choice.messageProperty().get()).isEqualTo("One deck file in your decks folder could not be read "
                + "and is left out: half-written.json. Import it again to see what is wrong.");
    }

    private void writeOwnDeck(String name, String title) throws IOException {
        Files.createDirectories(home.resolve("decks"));
        Files.writeString(home.resolve("decks").resolve(name), new DeckWriter().write(ownDeck(title)));
    }

    private static Deck ownDeck(String title) {
        String id = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        try {
            return new DeckReader().read("""
                    {"format": "hurdle-board-deck", "formatVersion": 1, "id": "%s", "version": 1, "title": "%s",
                     "categories": [{"id": "people", "name": "People", "colour": "green"}],
                     "cards": [{"number": 1, "category": "people", "title": "One", "statement": "The first."}]}
                    """.formatted(id, title));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void run(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
