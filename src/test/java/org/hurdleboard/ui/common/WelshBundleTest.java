package org.hurdleboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Welsh texts are a complete, well-formed translation of the English ones: a key added in
 * English and not yet translated, a lost {0}, or an apostrophe MessageFormat would swallow, fails here.
 */
class WelshBundleTest {
    private static final Locale WELSH = new Locale("cy", "GB");
    /** A number, number style or choice per argument; the words inside a choice are translated, so not compared. */
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\d+(?:,(?:number|choice|date|time))?(?:,(?:#|integer))?");

    /** Nothing to translate: the product name, language names (each in itself), key caps, symbols, placeholders. */
    private static final Set<String> SAME_IN_WELSH = Set.of(
            "app.name", "app.windowTitle", "app.windowTitle.session", "start.language.en", "start.language.cy",
            "start.recent.item", "board.details", "board.details.short",
            "spotlight.number", "spotlight.add", "spotlight.remove", "spotlight.promptSeparator",
            "deckEditor.cardItem", "vote.turn.named", "rank.share", "rank.tied",
            "keymap.pass.keys", "keymap.reveal.keys", "keymap.status.keys", "keymap.wall.keys", "keymap.views.keys",
            "keymap.undo.keys", "keymap.saveCopy.keys", "keymap.export.keys", "keymap.fullScreen.keys",
            "keymap.theme.keys", "keymap.startKeys.keys", "keymap.help.keys", "keymap.timer.keys",
            "keymap.present.keys", "keymap.blank.keys", "room.textSize.option", "keymap.peek.keys", "keymap.strip.keys", "keymap.discuss.keys", "keymap.discussKeys.keys",
            "keymap.sinceLast.keys",
            "discuss.room.action", "discuss.agenda.card",
            "keymap.phones.keys", "phones.address.other");
    /**
     * The reports' and the command line's texts with nothing to translate: "5 (2)" (votes and
     * rank), an action's line of its parts, a line break, a list item.
     */
    private static final Set<String> SAME_IN_WELSH_ELSEWHERE = Set.of("comparison.placing", "report.action.line",
            "usage.descriptionHeading", "deck.problem");

    static Stream<Arguments> bundles() {
        return Stream.of(Arguments.of("org/hurdleboard/ui/messages"),
                Arguments.of("org/hurdleboard/deck/deck-messages"),
                Arguments.of("org/hurdleboard/report/report-messages"),
                Arguments.of("org/hurdleboard/cli/cli-messages"),
                Arguments.of("org/hurdleboard/report/wallkit-messages"),
                Arguments.of("org/hurdleboard/phone/page"));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyEnglishKeyIsInWelshAndNoOther(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties welsh = load(bundle + "_cy.properties");

        assertThat(welsh.stringPropertyNames()).as("keys of %s_cy", bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyWelshTextKeepsItsPlaceholdersAndFormats(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties welsh = load(bundle + "_cy.properties");
        for (String key : welsh.stringPropertyNames()) {
            String text = welsh.getProperty(key);
            assertThat(placeholders(text)).as(key).isEqualTo(placeholders(english.getProperty(key, "")));
            assertThatCode(() -> new MessageFormat(text, WELSH)).as(key).doesNotThrowAnyException();
            assertThat(new MessageFormat(text, WELSH).format(new Object[] {1, 2, 3, 4, 5, 6})).as(key)
                    .doesNotContain("{").isNotBlank();
            if (text.contains("{")) {
                assertThat(text.replace("''", "")).as("%s: an apostrophe MessageFormat would swallow", key)
                        .doesNotContain("'");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyTextIsTranslatedUnlessThereIsNothingToTranslate(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties welsh = load(bundle + "_cy.properties");
        for (String key : welsh.stringPropertyNames()) {
            if (!SAME_IN_WELSH.contains(key) && !SAME_IN_WELSH_ELSEWHERE.contains(key)) {
                assertThat(welsh.getProperty(key)).as("%s is still in English", key)
                        .isNotEqualTo(english.getProperty(key));
            }
        }
        assertThat(SAME_IN_WELSH).as("every allowed key still exists")
                .allMatch(key -> !bundle.endsWith("/messages") || english.containsKey(key));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WelshBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(in);
        }
        return properties;
    }
}
