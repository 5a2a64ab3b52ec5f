package org.hurdleboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Readable from the back of a bright room: the contrast of every colour pair that carries text,
 * computed (WCAG 2 relative luminance) from the theme files themselves.
 */
class ThemeContrastTest {
    private static final Path CSS = Path.of("assets/css");
    private static final List<String> SLOTS = List.of("blue", "sky", "green", "yellow", "orange", "vermillion",
            "purple", "grey");
    private static final Pattern TOKEN = Pattern.compile("(-hb-[a-z0-9-]+)\\s*:\\s*([^;]+);");

    @ParameterizedTest
    @ValueSource(strings = {"theme-light.css", "theme-dark.css"})
    void cardTextIsAtLeastSevenToOneAgainstItsCard(String theme) throws IOException {
        Map<String, String> colours = tokens(theme);

        assertThat(contrast(colours, "-hb-fg", "-hb-surface")).as("card title").isGreaterThanOrEqualTo(7);
        assertThat(contrast(colours, "-hb-fg-muted", "-hb-surface")).as("card number").isGreaterThanOrEqualTo(7);
        assertThat(contrast(colours, "-hb-on-badge", "-hb-badge")).as("vote badge").isGreaterThanOrEqualTo(7);
        assertThat(contrast(colours, "-hb-fg", "-hb-bg")).as("text on the board").isGreaterThanOrEqualTo(7);
        // the heat view: the lighter two levels carry the usual text, the darker two the "on" colour
        assertThat(contrast(colours, "-hb-fg", "-hb-heat-1")).as("card on heat 1").isGreaterThanOrEqualTo(7);
        assertThat(contrast(colours, "-hb-fg", "-hb-heat-2")).as("card on heat 2").isGreaterThanOrEqualTo(7);
        assertThat(contrast(colours, "-hb-on-heat-dark", "-hb-heat-3")).as("card on heat 3").isGreaterThanOrEqualTo(7);
        assertThat(contrast(colours, "-hb-on-heat-dark", "-hb-heat-4")).as("card on heat 4").isGreaterThanOrEqualTo(7);
    }

    /** Projectors wash colours out: all the room reads is held to 7:1, not the 4.5:1 of a laptop's screen. */
    @ParameterizedTest
    @ValueSource(strings = {"theme-light.css", "theme-dark.css"})
    void everythingTheRoomReadsIsAtLeastSevenToOne(String theme) throws IOException {
        Map<String, String> colours = tokens(theme);

        for (String slot : SLOTS) {
            assertThat(contrast(colours, "-hb-on-cat-" + slot, "-hb-cat-" + slot)).as("%s category's name", slot)
                    .isGreaterThanOrEqualTo(7);
        }
        assertThat(contrast(colours, "-hb-fg-muted", "-hb-bg")).as("the question, a category beside a number")
                .isGreaterThanOrEqualTo(7);
        assertThat(contrast(colours, "-hb-fg-muted", "-hb-surface")).as("the discuss view's headings")
                .isGreaterThanOrEqualTo(7);
        assertThat(contrast(colours, "-hb-on-danger", "-hb-danger")).as("the timer when time is up")
                .isGreaterThanOrEqualTo(7);
        assertThat(contrast(colours, "-hb-fg-muted", "-hb-heat-1")).as("a card's number on heat 1")
                .isGreaterThanOrEqualTo(7);
        assertThat(contrast(colours, "-hb-on-heat-dark", "-hb-heat-3")).as("a card's number on heat 3")
                .isGreaterThanOrEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"theme-light.css", "theme-dark.css"})
    void everyOtherTextIsAtLeastFourAndAHalfToOne(String theme) throws IOException {
        Map<String, String> colours = tokens(theme);

        assertThat(contrast(colours, "-hb-on-danger", "-hb-danger")).as("error banner").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colours, "-hb-ok", "-hb-surface")).as("saved").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colours, "-hb-on-accent", "-hb-accent")).as("selected").isGreaterThanOrEqualTo(4.5);
        for (String slot : SLOTS) {
            // category names are large bold text on the category colour; the name, not the stripe
            // beside each card, is what tells a category (a yellow stripe is faint on white)
            assertThat(contrast(colours, "-hb-on-cat-" + slot, "-hb-cat-" + slot)).as("%s header", slot)
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"theme-light.css", "theme-dark.css"})
    void theChromesTextIsReadableAndItsControlsAndFocusStandOut(String theme) throws IOException {
        Map<String, String> colours = tokens(theme);

        // text on the page around the board (set-up, start screen, dialogs, menus)
        assertThat(contrast(colours, "-hb-fg-muted", "-hb-bg")).as("hint on the page").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colours, "-hb-danger", "-hb-surface")).as("error on a field").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colours, "-hb-danger", "-hb-bg")).as("error on the page").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colours, "-hb-accent", "-hb-surface")).as("accent text").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colours, "-hb-ok", "-hb-bg")).as("a deck that loaded").isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(colours, "-hb-surface", "-hb-fg")).as("tooltip").isGreaterThanOrEqualTo(4.5);
        // what is not text but must be seen (WCAG 1.4.11): a control's outline, the focus ring
        for (String ground : List.of("-hb-surface", "-hb-bg")) {
            assertThat(contrast(colours, "-hb-control-border", ground)).as("outline on %s", ground)
                    .isGreaterThanOrEqualTo(3);
            assertThat(contrast(colours, "-hb-focus", ground)).as("focus ring on %s", ground).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void bothThemesSetTheSameTokensAndCategoriesLookTheSameInBoth() throws IOException {
        Map<String, String> light = tokens("theme-light.css");
        Map<String, String> dark = tokens("theme-dark.css");

        assertThat(dark.keySet()).isEqualTo(light.keySet());
        for (String slot : SLOTS) {
            assertThat(dark.get("-hb-cat-" + slot)).isEqualTo(light.get("-hb-cat-" + slot));
        }
    }

    @Test
    void noColourIsWrittenInTheUiCode() throws IOException {
        Pattern colour = Pattern.compile("#[0-9a-fA-F]{6}\\b|Color\\.(rgb|web|color|valueOf)|Color\\.[A-Z]+\\b");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/hurdleboard/ui"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                assertThat(colour.matcher(Files.readString(file)).find()).as("a colour in %s", file).isFalse();
            }
        }
    }

    /** Every -hb- token of a theme as #rrggbb, references to other tokens resolved. */
    private static Map<String, String> tokens(String theme) throws IOException {
        Map<String, String> raw = new LinkedHashMap<>();
        Matcher matcher = TOKEN.matcher(Files.readString(CSS.resolve(theme)));
        while (matcher.find()) {
            raw.put(matcher.group(1), matcher.group(2).trim());
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        raw.forEach((name, value) -> resolved.put(name, value.startsWith("-hb-") ? raw.get(value) : value));
        return resolved;
    }

    private static double contrast(Map<String, String> colours, String text, String background) {
        double a = luminance(colours.get(text));
        double b = luminance(colours.get(background));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        assertThat(hex).matches("#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?");
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double channel = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
