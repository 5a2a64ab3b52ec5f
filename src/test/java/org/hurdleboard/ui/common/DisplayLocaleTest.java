package org.hurdleboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.hurdleboard.deck.DeckProblem;
import org.hurdleboard.settings.UserSettings.Language;
import org.junit.jupiter.api.Test;

class DisplayLocaleTest {
    @Test
    void aChosenLanguageWinsOverTheComputersAndEnglishWritesUkDates() {
        Locale american = Locale.US;
        assertThat(DisplayLocale.of(Language.EN, american)).isEqualTo(Locale.UK);
        assertThat(DisplayLocale.of(Language.CY, american)).isEqualTo(DisplayLocale.WELSH);
        assertThat(DisplayLocale.of(Language.SYSTEM, american)).isEqualTo(american);
        assertThat(DisplayLocale.of(Language.SYSTEM, Locale.ENGLISH)).isEqualTo(Locale.UK);
        assertThat(DisplayLocale.of(Language.SYSTEM, Locale.forLanguageTag("cy-GB"))).isEqualTo(DisplayLocale.WELSH);
    }

    @Test
    void englishChosenOnAWelshComputerStaysEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(DisplayLocale.WELSH);
            assertThat(new Messages(Locale.UK).get("start.demo")).isEqualTo("Try the demo");
            assertThat(new Messages(Locale.FRANCE).get("start.demo")).isEqualTo("Try the demo");
            assertThat(new DeckProblem("title", DeckProblem.Kind.EMPTY, "").describe(Locale.UK))
                    .isEqualTo("title: is empty. Give it a value.");
            assertThat(new Messages(DisplayLocale.WELSH).get("start.demo")).isEqualTo("Rhoi cynnig ar y demo");
        } finally {
            Locale.setDefault(before);
        }
    }
}
