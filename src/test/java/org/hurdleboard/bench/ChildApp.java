package org.hurdleboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.DemoSession;
import org.hurdleboard.domain.Session;
import org.hurdleboard.settings.AppHome;
import org.hurdleboard.ui.MainWindow;
import org.hurdleboard.ui.common.AppContext;
import org.hurdleboard.ui.common.Messages;

/**
 * The app's real window in a benchmark's child process, driven by a script on its own thread the
 * way a facilitator drives it: keys sent to the focused card. Results are printed as lines
 * {@code bench: NAME VALUE} for the parent to collect.
 */
final class ChildApp {
    static final String RESULT = "bench: ";
    private static Script script;
    private static volatile Stage stage;
    private static volatile MainWindow window;
    private static volatile AppContext context;

    private ChildApp() {
    }

    @FunctionalInterface
    interface Script {
        void run() throws Exception;
    }

    /** Starts the app window, runs the script, and closes the app as a user would when it ends. */
    static void run(Script what) {
        script = what;
        Application.launch(Fx.class);
    }

    public static final class Fx extends Application {
        @Override
        public void start(Stage primary) throws IOException {
            stage = primary;
            Path home = Files.createTempDirectory("hurdleboard-bench-child");
            context = AppContext.create(new Messages(Locale.UK), AppHome.at(home), Clock.systemDefaultZone());
            window = new MainWindow(primary, context);
            window.showStart();
            primary.setMaximized(true);
            primary.show();
            Thread driver = new Thread(() -> {
                try {
                    script.run();
                } catch (Exception | AssertionError e) {
                    e.printStackTrace();
                    report("failed", 1);
                } finally {
                    Platform.runLater(Platform::exit);
                }
            }, "bench-script");
            driver.setDaemon(true);
            driver.start();
        }

        @Override
        public void stop() {
            window.shutdown();
        }
    }

    /** Creates a new workshop with the built-in deck and no votes, and waits for its board. */
    static Path newWorkshop(String title) throws Exception {
        Path file = context.home().workshopsFolder().resolve(title + ".hurdles");
        Files.createDirectories(file.getParent());
        onFx(() -> {
            Session session = Session.start(DemoSession.details(title, "Benchmark team", LocalDate.now(), "Bench"),
                    context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What stops us?");
            window.createSession(file, session, false, error -> report("failed", 1));
            return null;
        });
        waitForBoard();
        return file;
    }

    static void reopen(Path file) throws Exception {
        onFx(() -> {
            window.closeSession();
            window.openSession(file, error -> report("failed", 1));
            return null;
        });
        waitForBoard();
    }

    /** Waits until the board is on screen and a card has the keyboard. */
    static void waitForBoard() throws Exception {
        waitUntil(() -> onFxQuietly(() -> scene().lookup("#board") != null
                && scene().getFocusOwner() != null && scene().getFocusOwner().getStyleClass().contains("card")));
    }

    /** A character typed on the focused card, as the keyboard sends it. */
    static void type(String character) {
        Platform.runLater(() -> fireAtFocus(new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED,
                false, false, false, false)));
    }

    static void press(KeyCode code) {
        Platform.runLater(() -> fireAtFocus(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false)));
    }

    /** Ctrl and a key (Ctrl+Z for undo), as the keyboard sends it. */
    static void pressWithControl(KeyCode code) {
        Platform.runLater(() -> fireAtFocus(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, true, false, false)));
    }

    private static void fireAtFocus(KeyEvent event) {
        Node focused = scene().getFocusOwner();
        if (focused != null) {
            Event.fireEvent(focused, event);
        }
    }

    static Scene scene() {
        return stage.getScene();
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static boolean onFxQuietly(BooleanSupplier condition) {
        try {
            return onFx(condition::getAsBoolean);
        } catch (Exception e) {
            return false;
        }
    }

    static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the app did not get there within a minute");
            }
            Thread.sleep(20);
        }
    }

    /** Runs on the FX thread two seconds from now, once start-up work has died down. */
    static void afterSettling(Runnable then) {
        PauseTransition pause = new PauseTransition(Duration.seconds(2));
        pause.setOnFinished(event -> then.run());
        pause.play();
    }

    static void report(String name, double value) {
        report(name, String.valueOf(value));
    }

    static void report(String name, String value) {
        System.out.println(RESULT + name + " " + value);
        System.out.flush();
    }

    /**
     * What holds the heap: the biggest classes of a live-object histogram (it collects first),
     * one {@code bench: histogram} line each. The packaged runtime has no jdk.management, so there
     * the bench's own jcmd ({@code bench.jcmd}) asks this process for it.
     */
    static void reportHistogram(int rows) {
        try {
            histogram().lines().limit(rows + 2L).forEach(line -> System.out.println(RESULT + "histogram " + line));
        } catch (Exception | LinkageError e) {
            System.out.println(RESULT + "histogram unavailable: " + e);
        }
        System.out.println(RESULT + "histogram-end");
        System.out.flush();
    }

    private static String histogram() throws Exception {
        try {
            return (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (javax.management.InstanceNotFoundException noDiagnostics) {
            String jcmd = System.getProperty("bench.jcmd");
            if (jcmd == null) {
                throw noDiagnostics;
            }
            ProcessBuilder builder = new ProcessBuilder(jcmd, String.valueOf(ProcessHandle.current().pid()),
                    "GC.class_histogram").redirectErrorStream(true);
            // this process's options (a profiler, its home) are not jcmd's
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor();
            // jcmd's first line is the process it asked
            return out.lines().skip(1).collect(java.util.stream.Collectors.joining("\n"));
        }
    }

    /** Resident memory as the operating system counts it (Linux). */
    static double residentMegabytes() {
        return statusKilobytes("VmRSS:") / 1024.0;
    }

    static double peakResidentMegabytes() {
        return statusKilobytes("VmHWM:") / 1024.0;
    }

    private static long statusKilobytes(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith(field))
                    .map(line -> line.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
