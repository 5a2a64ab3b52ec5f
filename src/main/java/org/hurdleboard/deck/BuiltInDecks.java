package org.hurdleboard.deck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hurdleboard.domain.Deck;

/** The decks that ship with the app, read from {@code assets/decks/} on the class path. */
public final class BuiltInDecks {
    public static final String OVERCOMING_THE_HURDLES = "overcoming-the-hurdles";
    public static final String PEOPLE_AND_CULTURE = "people-and-culture";
    private static final List<String> IDS = List.of(OVERCOMING_THE_HURDLES, PEOPLE_AND_CULTURE);

    private final Map<String, Deck> loaded = new ConcurrentHashMap<>();

    public List<Deck> all() {
        List<Deck> decks = new ArrayList<>();
        for (String id : IDS) {
            decks.add(load(id));
        }
        return decks;
    }

    /** A built-in deck, read once; a broken one is a bug in the app, so it fails loudly. */
    public Deck load(String id) {
        return loaded.computeIfAbsent(id, this::read);
    }

    private Deck read(String id) {
        String resource = "/decks/" + id + ".json";
        try (InputStream in = BuiltInDecks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in deck " + id);
            }
            // the reader (Jackson) is made here, not with the decks, so starting the app does not wait for it
            return new DeckReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DeckFormatException e) {
            throw new IllegalStateException("built-in deck " + id + " is broken:\n" + e.getMessage(), e);
        }
    }
}
