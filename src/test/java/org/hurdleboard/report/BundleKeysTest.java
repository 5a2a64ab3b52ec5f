package org.hurdleboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hurdleboard.domain.CardStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The report's and the command line's bundles hold every text their code asks for, nothing
 * unused, and no apostrophe that MessageFormat would swallow.
 */
class BundleKeysTest {
    /** Keys picocli reads by itself, or that the code builds from a name. */
    private static final Set<String> BUILT_PREFIXES = Set.of("usage.", "problem.", "help", "version", "report.status.",
            "report.method.", "report.outcome.");

    @ParameterizedTest
    @CsvSource({"org.hurdleboard.report.report-messages, report",
                "org.hurdleboard.cli.cli-messages, cli"})
    void everyKeyIsDefinedAndUsed(String bundleName, String packageFolder) throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, Locale.UK);
        Set<String> literals = literals(Path.of("src/main/java/org/hurdleboard", packageFolder));

        for (String key : bundle.keySet()) {
            boolean used = literals.contains(key) || BUILT_PREFIXES.stream().anyMatch(key::startsWith)
                    || key.endsWith(".description");
            assertThat(used).as("%s is used in %s", key, packageFolder).isTrue();
            String raw = bundle.getString(key);
            if (raw.contains("{")) {
                assertThat(raw.replace("''", "")).as(key).doesNotContain("'");
            }
        }
        for (String literal : literals) {
            if (literal.matches("(report|comparison|csv|check|compare|deck|exit|option|format)\\.[A-Za-z.]+")
                    && !literal.endsWith(".")) {
                assertThat(bundle.containsKey(literal)).as("%s is in %s", literal, bundleName).isTrue();
            }
        }
    }

    @Test
    void everyStatusHasItsWordsInTheReports() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.hurdleboard.report.report-messages", Locale.UK);
        for (CardStatus status : CardStatus.values()) {
            if (status != CardStatus.NONE) {
                assertThat(bundle.containsKey("report.status." + status.name())).as(status.name()).isTrue();
            }
        }
    }

    private static Set<String> literals(Path sources) throws IOException {
        Pattern literal = Pattern.compile("\"([A-Za-z][A-Za-z0-9_.-]*)\"");
        Set<String> found = new HashSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }
}
