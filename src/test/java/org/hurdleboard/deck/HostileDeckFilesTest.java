package org.hurdleboard.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hurdleboard.domain.Deck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deck files as editors, other systems and hostile hands make them: each is read as meant or
 * refused with a sentence that names the problem and says what to do; none crashes the checker.
 */
class HostileDeckFilesTest {
    private static final String DECK = """
            {"format": "hurdle-board-deck", "formatVersion": 1, "id": "tiny", "version": 1, "title": "Caf\u00e9 deck",
             "categories": [{"id": "people", "name": "People", "colour": "green"}],
             "cards": [{"number": 1, "category": "people", "title": "%s", "statement": "The first."}]}
            """;

    @TempDir
    Path dir;

    private final DeckReader reader = new DeckReader();

    private Deck read(byte[] bytes) throws DeckFormatException {
        return reader.read(new ByteArrayInputStream(bytes));
    }

    private String refusal(byte[] bytes) {
        DeckFormatException error = catchThrowableOfType(DeckFormatException.class, () -> read(bytes));
        assertThat(error).as("accepted").isNotNull();
        return error.problems().get(0).describe(Locale.UK);
    }

    private static byte[] deck(String title, Charset charset) {
        return DECK.formatted(title).getBytes(charset);
    }

    @Test
    void aUtf8FileWithTheByteOrderMarkNotepadWritesIsRead() throws Exception {
        byte[] plain = deck("One", StandardCharsets.UTF_8);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);

        assertThat(read(withBom).title()).isEqualTo("Caf\u00e9 deck");
    }

    @Test
    void utf16AndUtf32AreNamedWithWhatToDo() {
        assertThat(refusal(deck("One", StandardCharsets.UTF_16))).startsWith("the file is saved as UTF-16, not UTF-8")
                .contains("Save it again as UTF-8");
        assertThat(refusal(deck("One", StandardCharsets.UTF_16LE))).startsWith("the file is saved as UTF-16");
        assertThat(refusal(deck("One", Charset.forName("UTF-32")))).startsWith("the file is saved as UTF-32");
    }

    @Test
    void latin1TextIsRefusedWithItsLineInsteadOfTurningLettersIntoReplacementCharacters() {
        assertThat(refusal(deck("One", StandardCharsets.ISO_8859_1)))
                .startsWith("the file is not UTF-8 text (line 1)").contains("Save it again as UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u202Eevil", "zero\\u200Bwidth", "lone \\uD800 half", "soft\\u00ADhyphen", "\\uFEFFmark"})
    void invisibleAndBidiControlCharactersAreRefusedAsTheFormatSays(String title) {
        assertThat(refusal(deck(title, StandardCharsets.UTF_8)))
                .startsWith("cards[0].title: contains an invisible character (U+");
    }

    @Test
    void joinersThatEmojiAndScriptsNeedAreKept() throws Exception {
        String family = "\ud83d\udc69\u200d\ud83d\udc67 and \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645";
        assertThat(read(deck(family, StandardCharsets.UTF_8)).cards().get(0).title()).isEqualTo(family);
    }

    @Test
    void deepNestingAndHugeNumbersGetASentenceNotACrash() {
        String deep = "[".repeat(40) + "]".repeat(40);
        assertThat(refusal(deep.getBytes(StandardCharsets.UTF_8)))
                .startsWith("its lists and objects are nested more than 16 levels deep");
        String huge = DECK.formatted("One").replace("\"version\": 1", "\"version\": " + "9".repeat(1200));
        assertThat(refusal(huge.getBytes(StandardCharsets.UTF_8))).startsWith("it holds a number longer than 20 digits");
    }

    @Test
    void oneHostileFileInTheDecksFolderHidesNoneOfTheOthers() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("decks"));
        Files.writeString(folder.resolve("good.json"), DECK.formatted("One"));
        Files.writeString(folder.resolve("deep.json"), "[".repeat(40) + "]".repeat(40));
        Files.writeString(folder.resolve("huge.json"), "{\"n\": " + "1".repeat(1500) + "}");

        DeckLibrary.OwnDecks own = new DeckLibrary(folder, new BuiltInDecks()).own();

        assertThat(own.decks()).extracting(Deck::id).containsExactly("tiny");
        assertThat(own.unreadable()).extracting(p -> p.getFileName().toString()).containsExactly("deep.json", "huge.json");
    }

    @Test
    void aFolderOrADeviceIsNotCalledAMissingFile() {
        for (Path notAFile : new Path[] {dir, Path.of("/dev/zero")}) {
            if (!Files.exists(notAFile)) {
                continue;
            }
            DeckFormatException error = catchThrowableOfType(DeckFormatException.class, () -> reader.read(notAFile));
            assertThat(error).as("%s", notAFile).isNotNull();
            assertThat(error.problems().get(0).describe(Locale.UK)).startsWith("this is not a file but a folder");
        }
    }
}
