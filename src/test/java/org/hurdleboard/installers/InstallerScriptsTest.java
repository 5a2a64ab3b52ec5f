package org.hurdleboard.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Windows and macOS installers can only be built on those systems, so a typo in their scripts
 * would first show on a colleague's machine; here every script at least parses ({@code bash -n}).
 * All are bash: on Windows they run in Git Bash.
 */
class InstallerScriptsTest {
    private static final Path INSTALLERS = Path.of("installers");

    @Test
    void everyInstallerScriptParses() throws IOException, InterruptedException {
        List<Path> scripts = scripts();
        assertThat(scripts).extracting(path -> path.getFileName().toString())
                .contains("build.sh", "linux.sh", "windows.sh", "macos.sh", "check.sh");
        for (Path script : scripts) {
            Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bash.waitFor()).as("bash -n %s: %s", script, output).isZero();
        }
    }

    @Test
    void everyScriptRunDirectlyIsExecutable() throws IOException {
        for (Path script : scripts()) {
            if (!script.getFileName().toString().equals("common.sh")) {
                assertThat(Files.isExecutable(script)).as("%s is executable", script).isTrue();
            }
        }
    }

    /** The AOT cache comes with a JDK 25 or newer, named or on JAVA_HOME; with a JDK 17, today's build. */
    @Test
    void theRuntimeWithAnAotCacheNeedsAJdk25(@TempDir Path dir) throws IOException, InterruptedException {
        Path jdk17 = fakeJdk(dir.resolve("jdk-17"), "17.0.15");
        Path jdk25 = fakeJdk(dir.resolve("jdk-25"), "25.0.3");

        assertThat(aotJdk("", jdk17.toString())).isEmpty();
        assertThat(aotJdk("", jdk25.toString())).isEqualTo(jdk25.toString());
        assertThat(aotJdk(jdk25.toString(), jdk17.toString())).isEqualTo(jdk25.toString());
        assertThat(aotJdk(jdk17.toString(), jdk17.toString())).isEmpty();
        assertThat(aotJdk(dir.resolve("no-such-jdk").toString(), "")).isEmpty();
    }

    /**
     * The runtime leaves out the JDK's and JavaFX's messages in other languages (jlink
     * --exclude-resources, a Java regex on each resource's path) and keeps their English ones,
     * which a dialog's buttons and a text field's menu show, and every class that is not a message.
     */
    @Test
    void theRuntimeKeepsTheEnglishMessagesAndDropsOtherLanguages() throws IOException, InterruptedException {
        String pattern = sourced("echo \"$OTHER_LANGUAGES\"", Map.of());
        assertThat(pattern).startsWith("regex:");
        Pattern otherLanguages = Pattern.compile(pattern.substring("regex:".length()));

        assertThat(List.of(
                "/javafx.controls/com/sun/javafx/scene/control/skin/resources/controls_de.properties",
                "/javafx.controls/com/sun/javafx/scene/control/skin/resources/controls_zh_CN.properties",
                "/java.xml/com/sun/org/apache/xerces/internal/impl/msg/XMLSchemaMessages_ja.properties",
                "/java.base/sun/launcher/resources/launcher_pt_BR.class"))
                .allMatch(path -> otherLanguages.matcher(path).matches());
        assertThat(List.of(
                "/javafx.controls/com/sun/javafx/scene/control/skin/resources/controls.properties",
                "/java.base/sun/launcher/resources/launcher.class",
                "/java.base/sun/util/resources/CurrencyNames_en_US.class",
                "/java.desktop/sun/awt/AWTIcon32_java_icon24_png.class",
                "/jdk.localedata/sun/text/resources/ext/FormatData_cy.class"))
                .noneMatch(path -> otherLanguages.matcher(path).matches());
    }

    private static Path fakeJdk(Path home, String version) throws IOException {
        Files.createDirectories(home);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    /** What a command prints once common.sh is sourced, with these environment variables set. */
    private static String sourced(String command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", ". installers/common.sh && " + command)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process bash = builder.start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(bash.waitFor()).isZero();
        return output;
    }

    /** What common.sh's aot_jdk prints with this HURDLEBOARD_AOT_JDK and JAVA_HOME. */
    private static String aotJdk(String named, String javaHome) throws IOException, InterruptedException {
        return sourced("aot_jdk", Map.of("HURDLEBOARD_AOT_JDK", named, "JAVA_HOME", javaHome));
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(INSTALLERS)) {
            return files.filter(path -> path.toString().endsWith(".sh")).sorted().toList();
        }
    }
}
