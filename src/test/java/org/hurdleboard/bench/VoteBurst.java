package org.hurdleboard.bench;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.hurdleboard.store.SessionFile;

/**
 * A child process: a new workshop's board, then a burst of votes typed as fast as a keyboard
 * repeats (one every 2 ms, far faster than a room votes), moving to the next card every ten.
 * Meanwhile a watchdog measures how long the FX thread takes to answer, and an animation timer
 * the gaps between frames, then 200 undos at the same pace. Argument: the number of votes (0 is
 * the idle baseline, same duration).
 */
public final class VoteBurst {
    private static final long GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final int UNDOS = 200;

    private VoteBurst() {
    }

    public static void main(String[] args) throws Exception {
        int votes = Integer.parseInt(args[0]);
        Path[] file = new Path[1];
        ChildApp.run(() -> {
            file[0] = ChildApp.newWorkshop("Vote burst");
            // a board that has just appeared is still settling (first layout, fonts, JIT)
            Thread.sleep(2000);
            Watchdog watchdog = new Watchdog();
            watchdog.start();
            for (int i = 0; i < 1000; i++) {
                if (i < votes) {
                    ChildApp.type("+");
                    if (i % 10 == 9) {
                        ChildApp.press(i % 70 == 69 ? KeyCode.RIGHT : KeyCode.DOWN);
                    }
                }
                // sleeps rather than spins: a spinning driver would take a core from the app it measures
                LockSupport.parkNanos(GAP_NANOS);
            }
            // then 200 undos (Ctrl+Z), at the same pace, when there were votes to undo
            for (int i = 0; i < UNDOS; i++) {
                if (votes > 0) {
                    ChildApp.pressWithControl(KeyCode.Z);
                }
                LockSupport.parkNanos(GAP_NANOS);
            }
            ChildApp.onFx(() -> null);
            watchdog.stop();
            ChildApp.report("longest-pause-ms", watchdog.longestPauseMillis());
            ChildApp.report("longest-frame-gap-ms", watchdog.longestFrameGapMillis());
        });
        // the app has closed the file, so every vote it reports saved is on the disk
        try (SessionFile saved = SessionFile.open(file[0])) {
            ChildApp.report("votes-saved", saved.session().totalVotes(saved.session().currentRound().id()));
        }
    }

    /** Pings the FX thread every millisecond and keeps the longest wait for an answer. */
    private static final class Watchdog {
        private final AtomicLong longestPause = new AtomicLong();
        private final AtomicLong longestFrameGap = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;
        private AnimationTimer frames;

        void start() throws Exception {
            ChildApp.onFx(() -> {
                frames = new AnimationTimer() {
                    private long last;

                    @Override
                    public void handle(long now) {
                        long at = System.nanoTime();
                        if (last != 0) {
                            longestFrameGap.accumulateAndGet(at - last, Math::max);
                        }
                        last = at;
                    }
                };
                frames.start();
                return null;
            });
            thread = new Thread(() -> {
                while (running) {
                    CountDownLatch answered = new CountDownLatch(1);
                    long asked = System.nanoTime();
                    Platform.runLater(answered::countDown);
                    try {
                        answered.await();
                        longestPause.accumulateAndGet(System.nanoTime() - asked, Math::max);
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "fx-watchdog");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws Exception {
            running = false;
            thread.join();
            ChildApp.onFx(() -> {
                frames.stop();
                return null;
            });
        }

        double longestPauseMillis() {
            return longestPause.get() / 1e6;
        }

        double longestFrameGapMillis() {
            return longestFrameGap.get() / 1e6;
        }
    }
}
