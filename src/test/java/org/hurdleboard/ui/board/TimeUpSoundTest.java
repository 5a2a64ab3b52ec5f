package org.hurdleboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.TestDecks;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.workshop.WorkshopModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Time's up always shows; it sounds once, and only when the facilitator chose the sound. */
class TimeUpSoundTest {
    @TempDir
    Path dir;
    private SessionFile file;
    private BoardViewModel model;
    private final AtomicInteger chimes = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        file = SessionFile.create(dir.resolve("day.hurdles"), Session.start(new SessionDetails("Day", "",
                LocalDate.of(2026, 11, 29), "", 3), TestDecks.withCategorySizes(2), "Q"));
        model = new BoardViewModel(WorkshopModel.of(file, new Messages(Locale.UK)), new Messages(Locale.UK));
        model.presenting().setTimeUpSound(chimes::incrementAndGet);
    }

    @AfterEach
    void close() {
        file.close();
    }

    @Test
    void withTheSoundOnTimeUpChimesOnce() {
        model.presenting().timerSoundProperty().set(true);
        runOut(model.presenting().timer());
        model.presenting().timer().update();

        assertThat(model.presenting().timer().finishedProperty().get()).isTrue();
        assertThat(chimes).hasValue(1);
    }

    @Test
    void withTheSoundOffTimeUpOnlyShows() {
        runOut(model.presenting().timer());

        assertThat(model.presenting().timer().finishedProperty().get()).isTrue();
        assertThat(chimes).hasValue(0);
    }

    /** A timer set to no time at all, started: it runs out at its first update. */
    private static void runOut(StageTimer timer) {
        timer.set(0);
        timer.startOrPause();
        timer.update();
    }
}
