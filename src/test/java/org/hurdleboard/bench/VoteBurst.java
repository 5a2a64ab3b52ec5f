package org.hurdleboard.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.scene.input.KeyCode;
import org.hurdleboard.store.SessionFile;

/**
 * A child process: a new workshop's board, then a burst of votes typed as fast as a keyboard
 * repeats (one every 2 ms, far faster than a room votes), moving to the next card every ten.
 * Meanwhile a watchdog ({@link FxWatchdog}) measures how long the FX thread takes to answer and
 * what kept it, and the gaps between frames, then 200 undos at the same pace. Argument: the number of votes (0 is
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
            FxWatchdog watchdog = new FxWatchdog();
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
            ChildApp.report("fx-cpu-ms", watchdog.fxCpuMillis());
            ChildApp.report("fx-allocated-mb", watchdog.fxAllocatedMegabytes());
            ChildApp.report("longest-pause-cause", watchdog.longestPauseCause());
            ChildApp.report("long-pauses-by-cause", watchdog.longPausesByCause());
        });
        // the app has closed the file, so every vote it reports saved is on the disk
        try (SessionFile saved = SessionFile.open(file[0])) {
            ChildApp.report("votes-saved", saved.session().totalVotes(saved.session().currentRound().id()));
        }
    }
}
