package org.hurdleboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names, files and text an adversary or bad luck brings to the command line. */
class HostileCommandLineTest {
    @TempDir
    Path dir;
    private Path workshop;

    @BeforeEach
    void aWorkshop() throws Exception {
        workshop = Workshops.create(dir.resolve("Team day.hurdles"), "Team day", LocalDate.of(2026, 11, 29), 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {".lock", "-journal", "-wal", "-shm", ".LOCK"})
    void aReportIsNeverWrittenOntoAWorkshopsCompanions(String companion) throws Exception {
        Path target = dir.resolve("Team day.hurdles" + companion);

        CliRun run = CliRun.of("report", workshop.toString(), "--format", "html", "-o", target.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is named like a file Hurdle Board or SQLite keeps beside a workshop");
        assertThat(target).doesNotExist();
    }

    @Test
    void namesUpToTheFileSystemsLimitWork() throws Exception {
        // 70 CJK characters are 210 bytes in UTF-8; with ".html", 215 of the 255 a name may have
        String cjk = "\u5de5\u4f5c\u574a".repeat(23) + "\u4f1a";
        Path target = dir.resolve(cjk + ".html");
        Path longest = dir.resolve("r".repeat(250) + ".html");

        assertThat(CliRun.of("report", workshop.toString(), "-o", target.toString()).exitCode()).isZero();
        assertThat(CliRun.of("report", workshop.toString(), "-o", longest.toString()).exitCode()).isZero();

        assertThat(target).exists();
        assertThat(longest).exists();
    }

    @Test
    void aWriteFailureSaysWhyAndNeverNamesTheHiddenTemporaryFile() {
        Path tooLong = dir.resolve("r".repeat(300) + ".html");

        CliRun run = CliRun.of("report", workshop.toString(), "-o", tooLong.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("File name too long").doesNotContain(".part");
    }

    @Test
    void readingAFileAnotherToolLeftInWalModeLeavesNothingBesideIt() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workshop);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
        }
        List<String> before = names();

        assertThat(CliRun.of("check", workshop.toString()).exitCode()).isZero();
        assertThat(CliRun.of("report", workshop.toString(), "-o", dir.resolve("out.csv").toString()).exitCode())
                .isZero();

        List<String> after = names();
        assertThat(after).containsExactlyInAnyOrderElementsOf(
                Stream.concat(before.stream(), Stream.of("out.csv")).toList());
    }

    @Test
    void checkShowsATitleWithTerminalEscapesAsCodesNotAsEscapes() throws Exception {
        Path crafted = Workshops.create(dir.resolve("crafted.hurdles"), "Fine\u001b]0;pwned\u0007\u001b[2J\u202eok",
                LocalDate.of(2026, 11, 29), 2);

        CliRun run = CliRun.of("check", crafted.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e")
                .contains("Fine\\u001B]0;pwned\\u0007\\u001B[2J\\u202Eok");
    }

    @Test
    void aFolderADeviceOrAPipeIsNotCalledMissing() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        mkfifo.waitFor();
        for (Path notAFile : List.of(dir, Path.of("/dev/zero"), fifo)) {
            if (!Files.exists(notAFile)) {
                continue;
            }
            CliRun run = CliRun.of("deck", "validate", notAFile.toString());
            assertThat(run.exitCode()).as("%s", notAFile).isEqualTo(1);
            assertThat(run.out() + run.err()).as("%s", notAFile).doesNotContain("There is no file")
                    .contains("this is not a file but a folder, a device or a pipe");
            CliRun print = CliRun.of("deck", "print", notAFile.toString(), "-o", dir.resolve("kit.pdf").toString());
            assertThat(print.err()).as("print %s", notAFile).doesNotContain("There is no file")
                    .contains("this is not a file but a folder, a device or a pipe");
        }
        assertThat(CliRun.of("deck", "validate", dir.resolve("nothing.json").toString()).err())
                .contains("There is no file at");
    }

    @Test
    void aDamagedFileIsDescribedInTheAppsWords() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workshop);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE session");
        }

        CliRun run = CliRun.of("check", workshop.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is damaged (its table session is missing)").doesNotContain("no such table");
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
