package org.hurdleboard.ui.board;

import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * A countdown for a stage of the workshop (five minutes to vote, ten to discuss). It counts from
 * a deadline on the monotonic clock, not by adding up ticks, so a busy or sleeping FX thread
 * never makes it slow; {@link #update()} is called a few times a second while it runs.
 */
final class StageTimer {
    static final int MINUTE = 60;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private final LongSupplier nanoTime;
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper set = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private long deadline;

    StageTimer(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Sets the timer to a number of minutes, stopped, ready to start. */
    void set(int minutes) {
        running.set(false);
        finished.set(false);
        remaining.set(minutes * MINUTE);
        set.set(true);
    }

    /** Starts or pauses; a timer never set starts at five minutes, the most common stage. */
    void startOrPause() {
        if (!set.get() || finished.get()) {
            set(5);
        }
        if (running.get()) {
            update();
            running.set(false);
        } else {
            deadline = nanoTime.getAsLong() + remaining.get() * NANOS_PER_SECOND;
            running.set(true);
        }
    }

    /** One more minute, running or not; a finished timer starts again with it. */
    void addMinute() {
        if (!set.get()) {
            set(0);
        }
        if (finished.get()) {
            finished.set(false);
            remaining.set(0);
            deadline = nanoTime.getAsLong();
            running.set(true);
        }
        remaining.set(remaining.get() + MINUTE);
        deadline += MINUTE * NANOS_PER_SECOND;
    }

    void clear() {
        running.set(false);
        finished.set(false);
        set.set(false);
        remaining.set(0);
    }

    /** Brings the seconds left up to date; at zero it stops and says it has finished. */
    void update() {
        if (!running.get()) {
            return;
        }
        long left = deadline - nanoTime.getAsLong();
        int seconds = (int) Math.max(0, (left + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        remaining.set(seconds);
        if (seconds == 0) {
            running.set(false);
            finished.set(true);
        }
    }

    ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True once set, until cleared: the board shows the timer only then. */
    ReadOnlyBooleanProperty setProperty() {
        return set.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }
}
