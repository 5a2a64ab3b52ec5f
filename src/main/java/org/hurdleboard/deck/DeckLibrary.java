package org.hurdleboard.deck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hurdleboard.domain.Deck;

/**
 * The decks a facilitator can choose from: the built-in ones and their own, kept as deck files
 * (one per deck, named by its id) in a folder of their profile. A deck file is checked in full
 * before it joins the library, and is written beside its place and moved in when complete, so a
 * refused or half-written deck never changes the library.
 */
public final class DeckLibrary {
    private static final String EXTENSION = ".json";
    private final Path folder;
    private final BuiltInDecks builtIns;
    // made on first use: the library is made with the app's first window, Jackson's mappers are not
    // needed until a deck is imported or saved, and making them cost 90 ms before the first frame
    private DeckReader reader;
    private DeckWriter writer;

    public DeckLibrary(Path folder, BuiltInDecks builtIns) {
        this.folder = folder;
        this.builtIns = builtIns;
    }

    /** The user's own decks, by title, and the deck files in the folder that could not be read. */
    public record OwnDecks(List<Deck> decks, List<Path> unreadable) {
    }

    public List<Deck> builtIn() {
        return builtIns.all();
    }

    /** The built-in decks in a workshop's language (Welsh where translated), for set-up to offer. */
    public List<Deck> builtIn(Locale language) {
        return builtIns.in(language);
    }

    public boolean isBuiltIn(Deck deck) {
        return builtIns.everyLanguage().stream().anyMatch(d -> d.id().equals(deck.id()));
    }

    public OwnDecks own() throws IOException {
        List<Deck> decks = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new OwnDecks(decks, unreadable);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path file : files) {
                try {
                    decks.add(read(file));
                } catch (IOException | DeckFormatException | RuntimeException e) {
                    // one bad file never hides the others
                    unreadable.add(file);
                }
            }
        }
        decks.sort(Comparator.comparing(Deck::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Deck::id));
        unreadable.sort(Comparator.naturalOrder());
        return new OwnDecks(decks, unreadable);
    }

    /**
     * Checks a deck file and adds it to the library. A deck whose id is already taken by another
     * deck is added under a free id, so importing never overwrites a deck; importing the same deck
     * twice adds it once.
     */
    public Deck importFile(Path file) throws IOException, DeckFormatException {
        Deck deck = read(file);
        Optional<Deck> same = findOwn(deck.id());
        if (same.isPresent() && same.get().equals(deck)) {
            return same.get();
        }
        if (same.isPresent() || isBuiltIn(deck)) {
            deck = withId(deck, freeId(deck.id()));
        }
        save(deck);
        return deck;
    }

    /** Writes a deck into the library under its id, replacing the earlier version of it. */
    public Path save(Deck deck) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(deck.id() + EXTENSION);
        writeInPlace(writer().write(deck), target);
        return target;
    }

    /** Writes a deck file anywhere (to share it), replacing a file already there. */
    public void export(Deck deck, Path target) throws IOException {
        writeInPlace(writer().write(deck), target);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}… : the first id no deck in the library has. */
    public String freeId(String base) throws IOException {
        List<String> taken = new ArrayList<>();
        builtIns.everyLanguage().forEach(d -> taken.add(d.id()));
        own().decks().forEach(d -> taken.add(d.id()));
        if (!taken.contains(base)) {
            return base;
        }
        String stem = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        int n = 2;
        while (taken.contains(stem + "-" + n)) {
            n++;
        }
        return stem + "-" + n;
    }

    public static Deck withId(Deck deck, String id) {
        return new Deck(id, deck.version(), deck.language(), deck.translationOf(), deck.title(), deck.description(),
                deck.source(), deck.categories(), deck.cardsAsListed(), deck.prompts());
    }

    private Optional<Deck> findOwn(String id) throws IOException {
        return own().decks().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    private Deck read(Path file) throws IOException, DeckFormatException {
        return reader().read(file);
    }

    private static void writeInPlace(String text, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private synchronized DeckReader reader() {
        if (reader == null) {
            reader = new DeckReader();
        }
        return reader;
    }

    private synchronized DeckWriter writer() {
        if (writer == null) {
            writer = new DeckWriter();
        }
        return writer;
    }
}
