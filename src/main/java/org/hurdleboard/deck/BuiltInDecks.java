package org.hurdleboard.deck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hurdleboard.domain.Deck;

/** The decks that ship with the app, read from {@code assets/decks/} on the class path. */
public final class BuiltInDecks {
    public static final String OVERCOMING_THE_HURDLES = "overcoming-the-hurdles";
    public static final String PEOPLE_AND_CULTURE = "people-and-culture";
    private static final List<String> IDS = List.of(OVERCOMING_THE_HURDLES, PEOPLE_AND_CULTURE);
    /** Each built-in deck's translations, by the deck's id; a translation's id ends in its language. */
    private static final Map<String, List<String>> TRANSLATIONS = Map.of(
            OVERCOMING_THE_HURDLES, List.of(OVERCOMING_THE_HURDLES + "-cy"),
            PEOPLE_AND_CULTURE, List.of(PEOPLE_AND_CULTURE + "-cy"));

    private final Map<String, Deck> loaded = new ConcurrentHashMap<>();

    public List<Deck> all() {
        List<Deck> decks = new ArrayList<>();
        for (String id : IDS) {
            decks.add(load(id));
        }
        return decks;
    }

    /**
     * The built-in decks in a workshop's language: each deck's translation into it where there is
     * one (Welsh), else the deck itself, in the same order as {@link #all()}.
     */
    public List<Deck> in(Locale language) {
        List<Deck> decks = new ArrayList<>();
        for (String id : IDS) {
            Deck chosen = load(id);
            for (String translation : TRANSLATIONS.get(id)) {
                Deck candidate = load(translation);
                if (sameLanguage(candidate.language(), language)) {
                    chosen = candidate;
                }
            }
            decks.add(chosen);
        }
        return decks;
    }

    /** Every built-in deck and every translation of one. */
    public List<Deck> everyLanguage() {
        List<Deck> decks = new ArrayList<>();
        for (String id : IDS) {
            decks.add(load(id));
            TRANSLATIONS.get(id).forEach(translation -> decks.add(load(translation)));
        }
        return decks;
    }

    /** Whether a deck's language tag ("cy", "en-GB") is the language of a locale, whatever the region. */
    public static boolean sameLanguage(String tag, Locale locale) {
        return Locale.forLanguageTag(tag).getLanguage().equals(locale.getLanguage());
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
