package org.hurdleboard.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.list(INSTALLERS)) {
            return files.filter(path -> path.toString().endsWith(".sh")).sorted().toList();
        }
    }
}
