package org.hurdleboard.app;

import java.time.Duration;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.hurdleboard.ui.FirstPaint;

/**
 * For packaging and benchmarks, never for users: started with {@code -Dhurdleboard.probe=start}
 * (or {@code =board}) the app prints one line once that screen has been painted, then closes the
 * way a user would; {@code =tour} (no file given) opens the demo from the painted start screen and
 * reports its board, so a training run passes through both. The CDS and AOT training runs, the
 * no-network check and the start-up benchmark use it to know when the window is really on screen
 * without a person looking.
 */
public final class StartupProbe {
    public static final String PROPERTY = "hurdleboard.probe";
    /** What the probe prints, then the screen's name and the CPU time used so far; the scripts and benchmarks wait for it. */
    public static final String PAINTED = "hurdleboard-probe: painted ";
    public static final String CPU_MILLIS = " cpu-ms ";
    private static final String BOARD_CARD = "#board .card";
    private final String screen;
    private final String selector;
    private final boolean tour;

    private StartupProbe(String screen, String selector) {
        this(screen, selector, false);
    }

    private StartupProbe(String screen, String selector, boolean tour) {
        this.screen = screen;
        this.selector = selector;
        this.tour = tour;
    }

    /** The probe asked for on the command line, if any. */
    static Optional<StartupProbe> fromSystemProperty() {
        String screen = System.getProperty(PROPERTY, "");
        return switch (screen) {
            case "start" -> Optional.of(new StartupProbe(screen, ".start-screen"));
            // a card, not the board's frame: the board is painted once its cards are
            case "board" -> Optional.of(new StartupProbe(screen, BOARD_CARD));
            // the training runs' way through both screens: the start screen, then the demo's board
            case "tour" -> Optional.of(new StartupProbe("board", BOARD_CARD, true));
            default -> Optional.empty();
        };
    }

    /** A probe for any node a selector finds, such as a benchmark's baseline window. */
    public static StartupProbe forNode(String name, String selector) {
        return new StartupProbe(name, selector);
    }

    /** True for the tour: once the start screen is painted, the app is to open the demo. */
    boolean tours() {
        return tour;
    }

    /** Reports once the screen has been painted, then asks the app to exit. */
    public void watch(Scene scene) {
        FirstPaint.then(scene, selector, () -> {
            // CPU time, unlike the time on the clock, hardly changes when other programs are busy
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.out.println(PAINTED + screen + CPU_MILLIS + cpu);
            System.out.flush();
            Platform.exit();
        });
    }
}
