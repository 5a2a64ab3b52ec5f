package org.hurdleboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hurdleboard.cli.Workshops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The temporary folder is often locked down (no running code from it), missing, or cleaned by
 * hand: the app and its commands neither need it nor leave anything in it. Each run is a child
 * JVM with java.io.tmpdir pointed at an empty folder, or at none.
 */
class TemporaryFolderTest {
    @TempDir
    Path dir;
    private Path home;
    private Path workshop;

    @BeforeEach
    void aWorkshop() throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        workshop = Workshops.create(dir.resolve("Team day.hurdles"), "Team day", LocalDate.of(2026, 11, 29), 3);
    }

    @Test
    void aMissingTemporaryFolderChangesNothingForTheCommandsOrTheFonts() throws Exception {
        Path missing = dir.resolve("no-such-folder");

        Run check = run(missing, Main.class.getName(), "check", workshop.toString());
        Run fonts = run(missing, FontsChild.class.getName());

        // before any command, the database library is unpacked into the app's folder, not the missing one
        assertThat(check.exitCode()).as(check.output()).isZero();
        assertThat(check.output()).contains("is a valid Hurdle Board session file");
        assertThat(fonts.output()).as("the fonts load without a temporary folder").contains("fonts: true");
        assertThat(missing).doesNotExist();
    }

    @Test
    void nothingIsLeftInTheTemporaryFolder() throws Exception {
        Path temporary = Files.createDirectories(dir.resolve("tmp"));
        Path old = dir.resolve("old.hurdles");
        try (InputStream in = getClass().getResourceAsStream("/store/fixtures/session-v1.hurdles")) {
            Files.copy(in, old);
        }

        List<Run> runs = List.of(
                run(temporary, Main.class.getName(), "check", workshop.toString()),
                run(temporary, Main.class.getName(), "report", workshop.toString(), "-o", dir.resolve("r.pdf").toString()),
                run(temporary, Main.class.getName(), "report", old.toString(), "-o", dir.resolve("old.html").toString()),
                run(temporary, FontsChild.class.getName()));

        assertThat(runs).allSatisfy(run -> assertThat(run.exitCode()).as(run.output()).isZero());
        assertThat(runs.get(3).output()).contains("fonts: true", "temporary files: 0");
        try (Stream<Path> left = Files.list(temporary)) {
            assertThat(left).as("files left in the temporary folder").isEmpty();
        }
    }

    /** A locked-down laptop where the library cannot run at all: the file is not called damaged. */
    @Test
    void aDatabaseLibraryThatCannotRunIsNotCalledADamagedFile() throws Exception {
        Run check = run(dir, List.of("-Dorg.sqlite.lib.path=" + dir.resolve("nowhere"), "-Dorg.sqlite.lib.name=none.so"),
                Main.class.getName(), "check", workshop.toString());

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.output()).contains("cannot start its database library").contains("The file itself is fine")
                .doesNotContain("damaged");
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(Path temporaryFolder, String mainClass, String... args) throws Exception {
        return run(temporaryFolder, List.of(), mainClass, args);
    }

    private Run run(Path temporaryFolder, List<String> options, String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Djava.io.tmpdir=" + temporaryFolder,
                "-Dhurdleboard.home=" + home, "-Djava.awt.headless=true", "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
