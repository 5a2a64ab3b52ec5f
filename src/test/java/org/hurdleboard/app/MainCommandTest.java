package org.hurdleboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hurdleboard.cli.Workshops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real entry point in a child JVM with no display: a command runs and exits with its code,
 * which it could not if JavaFX were started first.
 */
class MainCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out) {
    }

    private static Result main(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 4];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "-cp";
        command[2] = System.getProperty("java.class.path");
        command[3] = Main.class.getName();
        System.arraycopy(args, 0, command, 4, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        Process child = builder.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(child.waitFor(), out);
    }

    @Test
    void aCommandRunsWithoutAScreenAndExitsWithItsCode() throws Exception {
        Path file = Workshops.create(dir.resolve("day.hurdles"), "Day", LocalDate.of(2026, 11, 29), 2);

        Result check = main("check", file.toString());
        Result usage = main("deck", "validate");

        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains("is a valid Hurdle Board session file").doesNotContain("JavaFX");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.out()).contains("Usage: hurdle-board deck validate");
    }
}
