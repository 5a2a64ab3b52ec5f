package org.hurdleboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hurdleboard.settings.UserSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The room's settings come from the facilitator's, and what they change there is kept. */
class PresentingModelTest {
    @TempDir
    Path dir;

    @Test
    void startsFromTheSettingsAndKeepsEachChangeInThem() {
        UserSettings settings = UserSettings.load(dir.resolve("settings.properties"));
        settings.setTextSize(150);
        settings.setAnimation(false);
        List<Consumer<UserSettings>> saved = new ArrayList<>();
        PresentingModel presenting = new PresentingModel();

        presenting.keepIn(settings, change -> {
            change.accept(settings);
            saved.add(change);
        });

        assertThat(presenting.textScaleProperty().get()).isEqualTo(1.5);
        assertThat(presenting.animateRevealProperty().get()).isFalse();
        assertThat(saved).as("reading the settings writes nothing").isEmpty();

        presenting.textScaleProperty().set(1.25);
        presenting.timerSoundProperty().set(true);
        presenting.projectorScreenProperty().set(2);

        assertThat(saved).hasSize(3);
        assertThat(settings.textSize()).isEqualTo(125);
        assertThat(settings.timerSound()).isTrue();
        assertThat(settings.projectorScreen()).isEqualTo(2);
    }

    @Test
    void thePeekShowsHiddenCountsOnlyWhileTheRoomHasTheProjector() {
        PresentingModel presenting = new PresentingModel();

        presenting.peekHiddenProperty().set(true);
        assertThat(presenting.isPeeking()).isFalse();

        presenting.projectorShownProperty().set(true);
        assertThat(presenting.isPeeking()).isTrue();
    }
}
