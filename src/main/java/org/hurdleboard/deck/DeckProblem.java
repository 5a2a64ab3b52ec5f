package org.hurdleboard.deck;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong with a deck file: where it is ({@code cards[12].title}) and what is wrong,
 * worded from a resource bundle so the app and the command line say the same thing.
 */
public record DeckProblem(String path, Kind kind, String detail) {
    public enum Kind {
        NOT_JSON, TOO_LARGE, NOT_A_DECK, NEWER_FORMAT, MISSING, WRONG_TYPE, EMPTY, TOO_LONG, TOO_MANY,
        OUT_OF_RANGE, BAD_ID, DUPLICATE, UNKNOWN_CATEGORY, UNKNOWN_COLOUR, UNKNOWN_ICON, CONTROL_CHARACTERS,
        UNKNOWN_FIELD, UNREADABLE, NOT_A_FILE, WRONG_ENCODING, NOT_UTF8, TOO_DEEP, NUMBER_TOO_LONG,
        INVISIBLE_CHARACTERS, UNKNOWN_LANGUAGE
    }

    private static final String BUNDLE = "org.hurdleboard.deck.deck-messages";

    public DeckProblem {
        path = path == null ? "" : path;
        detail = detail == null ? "" : detail;
    }

    public String describe(Locale locale) {
        // no fallback to the computer's locale, so the app's chosen language decides, as in the UI
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = new MessageFormat(bundle.getString("problem." + kind.name()), locale)
                .format(new Object[] {detail});
        return path.isEmpty() ? text : path + ": " + text;
    }

    @Override
    public String toString() {
        return describe(Locale.UK);
    }
}
