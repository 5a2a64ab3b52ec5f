package org.hurdleboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where an export may go, from the app or the command line alike. */
class ReportFileNamesTest {
    @TempDir
    Path dir;
    private final Reports reports = new Reports(ReportFixtures.TEXT);

    @ParameterizedTest
    @ValueSource(strings = {"Team day.hurdles", "Team day.hurdles.lock", "Team day.hurdles-journal",
        "Team day.hurdles-wal", "Team day.HURDLES-shm"})
    void anExportIsNeverWrittenOverAWorkshopOrTheFilesBesideIt(String name) throws IOException {
        Path target = Files.writeString(dir.resolve(name), "held");

        assertThatThrownBy(() -> reports.export(ReportFixtures.report(), ReportFormat.HTML, target))
                .isInstanceOf(IOException.class).hasMessageContaining("belongs to a workshop");

        assertThat(Files.readString(target)).isEqualTo("held");
    }

    @Test
    void aNameOfTheFileSystemsFullLengthCanBeWritten() throws IOException {
        // a title of 83 CJK characters: 249 bytes, and ".html" makes 254 of the 255 allowed
        Path target = dir.resolve("\u5de5".repeat(83) + ".html");

        reports.export(ReportFixtures.report(), ReportFormat.HTML, target);

        assertThat(target).exists();
    }

    @Test
    void aFailureGivesTheReasonWithoutTheTemporaryFilesName() {
        Path target = dir.resolve("x".repeat(256) + ".csv");

        assertThatThrownBy(() -> reports.export(ReportFixtures.report(), ReportFormat.CSV, target))
                .isInstanceOf(IOException.class).hasMessage("File name too long");
    }
}
