package org.hurdleboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StageTimerTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(1_000 * SECOND);
    private final StageTimer timer = new StageTimer(now::get);

    @Test
    void itCountsDownFromTheDeadlineAndSaysWhenTimeIsUp() {
        timer.set(2);
        timer.startOrPause();

        later(59.5);
        assertThat(timer.remainingProperty().get()).isEqualTo(61);
        later(61);
        assertThat(timer.remainingProperty().get()).isZero();
        assertThat(timer.finishedProperty().get()).isTrue();
        assertThat(timer.runningProperty().get()).isFalse();
    }

    @Test
    void aPauseStopsTheClockAndAMinuteCanBeAddedAtAnyTime() {
        timer.startOrPause();
        later(30);
        timer.startOrPause();
        later(600);
        assertThat(timer.remainingProperty().get()).as("paused").isEqualTo(270);

        timer.addMinute();
        timer.startOrPause();
        later(10);
        assertThat(timer.remainingProperty().get()).isEqualTo(320);
    }

    @Test
    void aMinuteAfterTimeIsUpStartsItAgain() {
        timer.set(1);
        timer.startOrPause();
        later(60);
        timer.addMinute();

        assertThat(timer.finishedProperty().get()).isFalse();
        later(30);
        assertThat(timer.remainingProperty().get()).isEqualTo(30);
    }

    private void later(double seconds) {
        now.addAndGet((long) (seconds * SECOND));
        timer.update();
    }
}
