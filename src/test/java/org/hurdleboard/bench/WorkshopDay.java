package org.hurdleboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;

/**
 * A child process: a two-hour workshop pressed into a minute. Eight quarter-hours of voting (150
 * votes each, moving round the board as the room talks), with a break after every second one where
 * the board is closed and the file opened again. Then it reports its resident memory and the
 * session file's size, and the biggest classes on the heap.
 */
public final class WorkshopDay {
    private static final int QUARTERS = 8;
    private static final int VOTES_PER_QUARTER = 150;
    static final int HISTOGRAM_ROWS = 15;

    private WorkshopDay() {
    }

    public static void main(String[] args) {
        ChildApp.run(() -> {
            Path file = ChildApp.newWorkshop("Two hours");
            for (int quarter = 1; quarter <= QUARTERS; quarter++) {
                for (int vote = 0; vote < VOTES_PER_QUARTER; vote++) {
                    ChildApp.type(vote % 9 == 8 ? "-" : "+");
                    if (vote % 5 == 4) {
                        ChildApp.press(vote % 35 == 34 ? KeyCode.RIGHT : KeyCode.DOWN);
                    }
                    Thread.sleep(5);
                }
                if (quarter % 2 == 0) {
                    ChildApp.reopen(file);
                }
            }
            ChildApp.onFx(() -> null);
            Thread.sleep(5000);
            ChildApp.report("rss-mb", ChildApp.residentMegabytes());
            ChildApp.report("peak-rss-mb", ChildApp.peakResidentMegabytes());
            ChildApp.report("heap-used-mb", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1048576.0);
            ChildApp.report("file-kb", Files.size(file) / 1024.0);
            ChildApp.reportHistogram(HISTOGRAM_ROWS);
        });
    }
}
