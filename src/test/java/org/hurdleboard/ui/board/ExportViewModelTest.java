package org.hurdleboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.TestDecks;
import org.hurdleboard.report.ReportFormat;
import org.hurdleboard.ui.common.Background;
import org.hurdleboard.ui.common.DisplayLocale;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.SameThreadBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    @TempDir
    Path dir;
    private final Background background = new SameThreadBackground();
    private final Session session = Session.start(new SessionDetails("Day", "", LocalDate.of(2026, 11, 29), "", 3),
            TestDecks.withCategorySizes(2), "Q");

    @AfterEach
    void stop() {
        background.close();
    }

    @Test
    void aReportIsSuggestedBesideTheSessionFileWithTheFormatsExtension() {
        ExportViewModel model = new ExportViewModel(session, dir.resolve("Team day.hurdles"), background,
                new Messages(Locale.UK));

        assertThat(model.suggestedFile(ReportFormat.PDF)).isEqualTo(dir.resolve("Team day.pdf"));
        assertThat(model.suggestedFile(ReportFormat.MD)).isEqualTo(dir.resolve("Team day.md"));
    }

    @Test
    void aReportIsNeverSavedOverAWorkshop() {
        Path sessionFile = dir.resolve("Team day.hurdles");
        ExportViewModel model = new ExportViewModel(session, sessionFile, background, new Messages(Locale.UK));

        for (Path target : new Path[] {sessionFile, dir.resolve("Another day.HURDLES")}) {
            model.export(ReportFormat.HTML, target);

            assertThat(model.failedProperty().get()).isTrue();
            assertThat(model.statusProperty().get()).contains("never saved over a workshop");
            assertThat(target).doesNotExist();
        }
    }

    /** The system says why in English; a Welsh facilitator reads the whole message in Welsh. */
    @Test
    void aFailedExportSaysWhyInTheAppsLanguage() throws Exception {
        Messages welsh = new Messages(DisplayLocale.WELSH);
        ExportViewModel model = new ExportViewModel(session, dir.resolve("Diwrnod.hurdles"), background, welsh);
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "a file, not a folder");
        Path target = notAFolder.resolve("Diwrnod.html");

        model.export(ReportFormat.HTML, target);

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.statusProperty().get())
                .isEqualTo(welsh.get("board.export.failed", target, welsh.get("file.why.nameTaken")))
                .doesNotContain("folder of that name");
    }
}
