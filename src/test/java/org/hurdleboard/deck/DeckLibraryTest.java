package org.hurdleboard.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hurdleboard.domain.Deck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckLibraryTest {
    @TempDir
    Path dir;

    private final BuiltInDecks builtIns = new BuiltInDecks();

    private DeckLibrary library() {
        return new DeckLibrary(dir.resolve("decks"), builtIns);
    }

    private Path fileWith(String name, Deck deck) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, new DeckWriter().write(deck));
        return file;
    }

    private Deck tiny(String id, String title) throws DeckFormatException {
        return new DeckReader().read("""
                {"format": "hurdle-board-deck", "formatVersion": 1, "id": "%s", "version": 1, "title": "%s",
                 "categories": [{"id": "people", "name": "People", "colour": "green"}],
                 "cards": [{"number": 1, "category": "people", "title": "One", "statement": "The first."}]}
                """.formatted(id, title));
    }

    @Test
    void anEmptyLibraryHasTheBuiltInDecksAndNoOwnDecks() throws IOException {
        assertThat(library().builtIn()).extracting(Deck::title)
                .containsExactly("Overcoming the Hurdles", "People and culture");
        assertThat(library().own().decks()).isEmpty();
    }

    @Test
    void anImportedDeckIsInTheLibraryByTitleAndStaysAfterARestart() throws Exception {
        library().importFile(fileWith("zebra.json", tiny("zebra", "Zebra crossings")));
        library().importFile(fileWith("anything.json", tiny("apples", "Apples")));

        assertThat(library().own().decks()).extracting(Deck::title).containsExactly("Apples", "Zebra crossings");
    }

    @Test
    void aRefusedImportSaysWhyAndChangesNothing() throws Exception {
        library().importFile(fileWith("mine.json", tiny("mine", "Mine")));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, new DeckWriter().write(tiny("broken", "Broken")).replace("\"title\" : \"One\",", ""));
        List<Path> before = listing();

        DeckFormatException refused = catchThrowableOfType(DeckFormatException.class,
                () -> library().importFile(broken));

        assertThat(refused.getMessage()).isEqualTo("cards[0].title: missing. Add it.");
        assertThat(listing()).isEqualTo(before);
        assertThat(library().own().decks()).extracting(Deck::id).containsExactly("mine");
    }

    @Test
    void importingNeverOverwritesAnotherDeckWithTheSameId() throws Exception {
        library().importFile(fileWith("a.json", tiny("shared", "First")));

        Deck second = library().importFile(fileWith("b.json", tiny("shared", "Second")));
        Deck builtInCopy = library().importFile(fileWith("c.json", builtIns.load(BuiltInDecks.PEOPLE_AND_CULTURE)));

        assertThat(second.id()).isEqualTo("shared-2");
        assertThat(builtInCopy.id()).isEqualTo("people-and-culture-2");
        assertThat(library().own().decks()).extracting(Deck::title)
                .containsExactly("First", "People and culture", "Second");
    }

    @Test
    void importingTheSameDeckTwiceAddsItOnce() throws Exception {
        Path file = fileWith("a.json", tiny("same", "Same"));
        library().importFile(file);
        library().importFile(file);

        assertThat(library().own().decks()).hasSize(1);
    }

    @Test
    void anExportedDeckReadsBackTheSame() throws Exception {
        Deck deck = builtIns.load(BuiltInDecks.OVERCOMING_THE_HURDLES);
        Path target = dir.resolve("shared").resolve("hurdles.json");
        Files.createDirectories(target.getParent());

        library().export(deck, target);

        assertThat(new DeckReader().read(Files.newInputStream(target))).isEqualTo(deck);
        assertThat(Files.list(target.getParent())).containsExactly(target);
    }

    @Test
    void aBrokenFileInTheFolderIsReportedAndTheOtherDecksStillLoad() throws Exception {
        library().importFile(fileWith("good.json", tiny("good", "Good")));
        Files.writeString(dir.resolve("decks").resolve("bad.json"), "{ not a deck");

        DeckLibrary.OwnDecks own = library().own();

        assertThat(own.decks()).extracting(Deck::id).containsExactly("good");
        assertThat(own.unreadable()).extracting(p -> p.getFileName().toString()).containsExactly("bad.json");
    }

    @Test
    void aSavedDeckReplacesItsEarlierVersion() throws Exception {
        library().save(tiny("mine", "Mine"));
        library().save(tiny("mine", "Mine, edited"));

        assertThat(library().own().decks()).extracting(Deck::title).containsExactly("Mine, edited");
        assertThat(Files.list(dir.resolve("decks"))).hasSize(1);
    }

    private List<Path> listing() throws IOException {
        try (var files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }
}
