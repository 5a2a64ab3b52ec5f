package org.hurdleboard.ui.common;

import java.util.Locale;
import org.hurdleboard.settings.UserSettings.Language;

/** The locale the interface is shown in: the texts' language and how dates and numbers are written. */
public final class DisplayLocale {
    public static final Locale WELSH = Locale.forLanguageTag("cy-GB");

    private DisplayLocale() {
    }

    /** English is UK English whatever the computer says, so dates read "29 November 2026". */
    public static Locale of(Language language, Locale system) {
        return switch (language) {
            case EN -> Locale.UK;
            case CY -> WELSH;
            case SYSTEM -> ofSystem(system);
        };
    }

    /**
     * The system's locale, or UK English where the system names no country (as on many Linux
     * machines), so dates read "29 November 2026" rather than "2026 Nov 29".
     */
    static Locale ofSystem(Locale system) {
        return system.getCountry().isEmpty() && (system.getLanguage().isEmpty() || system.getLanguage().equals("en"))
                ? Locale.UK : system;
    }
}
