package org.hurdleboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one table of keys: every row of the key map is named, and no key means two things at once. */
class ShortcutTest {
    @Test
    void everyRowOfTheKeyMapSaysWhichKeysAndWhatTheyDo() {
        Messages messages = new Messages(Locale.UK);

        assertThat(Shortcut.rows()).as("every row has a shortcut").containsExactly(Shortcut.Row.values())
                .hasSize(27).startsWith(Shortcut.Row.ARROWS).endsWith(Shortcut.Row.HELP);
        for (Shortcut.Row row : Shortcut.rows()) {
            assertThat(messages.get(row.keysKey())).as(row.name()).isNotBlank();
            assertThat(messages.get(row.doesKey())).as(row.name()).isNotBlank();
        }
    }

    @Test
    void noKeyMeansTwoThingsWhereBothCouldBePressed() {
        List<String> clashes = new ArrayList<>();
        for (Shortcut one : Shortcut.values()) {
            for (Shortcut other : Shortcut.values()) {
                if (one.ordinal() < other.ordinal() && one.where().overlaps(other.where())) {
                    one.keys().stream().filter(other.keys()::contains)
                            .forEach(key -> clashes.add(one + " and " + other + ": " + key));
                }
            }
        }

        assertThat(clashes).isEmpty();
    }

    @Test
    void everyShortcutHasAKey() {
        for (Shortcut shortcut : Shortcut.values()) {
            assertThat(shortcut.keys()).as(shortcut.name()).isNotEmpty();
        }
    }
}
