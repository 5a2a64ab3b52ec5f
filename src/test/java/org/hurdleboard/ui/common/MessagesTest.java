package org.hurdleboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hurdleboard.store.SessionFileException;
import org.hurdleboard.store.WriteProblem;
import org.junit.jupiter.api.Test;

/** Every text the UI asks for exists, and every text in the bundle is used and well formed. */
class MessagesTest {
    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"((?:app|start|setup|board|spotlight|open|demo|fileChooser|backup|native|keymap|deckEditor|vote|status|wall|rank|rule|round|reveal|view|names|timer|blank|room|projector|present|discuss|actions|wallkit|phones|method|followUp|sinceLast|dialog|file|text)\\.[A-Za-z.]*)\"");
    private final Messages messages = new Messages(Locale.UK);

    @Test
    void everyKeyTheUiNamesIsInTheBundle() throws IOException {
        Set<String> bundleKeys = messages.bundle().keySet();
        for (String literal : keyLiteralsInUiCode()) {
            if (literal.endsWith(".")) {
                assertThat(bundleKeys).as("keys starting %s", literal).anyMatch(key -> key.startsWith(literal));
            } else {
                assertThat(bundleKeys).as("used in the UI code").contains(literal);
            }
        }
    }

    @Test
    void everyReasonAFileCanFailHasAMessage() {
        for (SessionFileException.Problem problem : SessionFileException.Problem.values()) {
            assertThat(messages.get("open.error." + problem.name(), "day.hurdles", "/x/day.hurdles", "9", 2))
                    .contains("day.hurdles").doesNotContain("{");
        }
        assertThat(messages.get("open.error.NEWER_VERSION", "day.hurdles", "/x/day.hurdles", "9", 2))
                .contains("version 9 file").contains("up to version 2");
        for (WriteProblem problem : WriteProblem.values()) {
            assertThat(messages.get("board.writeProblem." + problem.name())).isNotBlank();
        }
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> literals = keyLiteralsInUiCode();
        Set<String> dynamicPrefixes = Set.of("open.error.", "board.writeProblem.", "vote.refused.", "status.",
                "wallkit.paper.", "wallkit.perPage.", "phones.state.", "phones.refused.", "method.",
                "sinceLast.outcome.", "sinceLast.link.problem.");
        for (String key : messages.bundle().keySet()) {
            boolean used = literals.contains(key)
                    || dynamicPrefixes.stream().anyMatch(key::startsWith)
                    || key.endsWith(".help") && literals.contains(key.substring(0, key.length() - ".help".length()));
            assertThat(used).as("%s is used somewhere in the UI", key).isTrue();
        }
    }

    @Test
    void everyMessageFormatsCleanly() {
        for (String key : messages.bundle().keySet()) {
            String text = messages.get(key, 1, 2, 3, 4);
            assertThat(text).as(key).doesNotContain("{0").doesNotContain("{1").doesNotContain("{2").isNotBlank();
            String raw = messages.bundle().getString(key);
            if (raw.contains("{")) {
                // MessageFormat eats single quotes; an apostrophe in a formatted message must be doubled
                assertThat(raw.replace("''", "")).as(key).doesNotContain("'");
            }
        }
    }

    private static Set<String> keyLiteralsInUiCode() throws IOException {
        Set<String> literals = new HashSet<>();
        Path sources = Path.of("src/main/java/org/hurdleboard/ui");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    literals.add(matcher.group(1));
                }
            }
        }
        assertThat(literals).as("keys found in the UI code").hasSizeGreaterThan(40);
        return literals;
    }
}
