package org.hurdleboard.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Pings the FX thread every millisecond and keeps the longest wait for an answer, and the longest
 * gap between frames. While a ping waits it samples the FX thread's stack every 2 ms, so it can say
 * what filled a long pause: the collector, a CSS or layout pass, handing the scene to the renderer,
 * waiting for the renderer, or the app's own code (named by its innermost frame).
 */
final class FxWatchdog {
    /** A pause longer than a frame at 60 Hz: the ones worth explaining. */
    static final double LONG_PAUSE_MILLIS = 16;
    private static final long SAMPLE_MILLIS = 2;
    private final AtomicLong longestPause = new AtomicLong();
    private final AtomicLong longestFrameGap = new AtomicLong();
    /** Milliseconds of all long pauses, by what filled them (each sample counts its share). */
    private final Map<String, Double> longPauses = new LinkedHashMap<>();
    private volatile String longestCause = "";
    private volatile boolean running = true;
    private Thread thread;
    private Thread fxThread;
    private AnimationTimer frames;
    private long fxCpuAtStart;
    private long fxBytesAtStart;
    private long fxCpu;
    private long fxBytes;

    void start() throws Exception {
        ChildApp.onFx(() -> {
            fxThread = Thread.currentThread();
            fxCpuAtStart = fxCpuNanos();
            fxBytesAtStart = fxAllocatedBytes();
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
        thread = new Thread(this::watch, "fx-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (running) {
            CountDownLatch answered = new CountDownLatch(1);
            long gcBefore = collectorMillis();
            long asked = System.nanoTime();
            Platform.runLater(answered::countDown);
            Map<String, Integer> samples = new LinkedHashMap<>();
            try {
                while (!answered.await(SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
                    samples.merge(cause(fxThread.getStackTrace()), 1, Integer::sum);
                }
                long pause = System.nanoTime() - asked;
                Map<String, Double> spent = shares(pause / 1e6, collectorMillis() - gcBefore, samples);
                if (pause / 1e6 > LONG_PAUSE_MILLIS) {
                    synchronized (longPauses) {
                        spent.forEach((cause, millis) -> longPauses.merge(cause, millis, Double::sum));
                    }
                }
                if (pause > longestPause.get()) {
                    longestPause.set(pause);
                    longestCause = describe(spent);
                }
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void stop() throws Exception {
        running = false;
        thread.join();
        ChildApp.onFx(() -> {
            frames.stop();
            fxCpu = fxCpuNanos() - fxCpuAtStart;
            fxBytes = fxAllocatedBytes() - fxBytesAtStart;
            return null;
        });
    }

    /** CPU time the FX thread used between start and stop: what a busy machine barely changes. */
    double fxCpuMillis() {
        return fxCpu / 1e6;
    }

    /** Bytes the FX thread allocated between start and stop, in MB: what the collector then has to clear. */
    double fxAllocatedMegabytes() {
        return fxBytes / 1048576.0;
    }

    /** Both on the FX thread itself, so they need no thread id; -1 where the runtime cannot say. */
    private static long fxCpuNanos() {
        try {
            return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        } catch (LinkageError | UnsupportedOperationException e) {
            return -1;
        }
    }

    private static long fxAllocatedBytes() {
        try {
            return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                    ? threads.getCurrentThreadAllocatedBytes() : -1;
        } catch (LinkageError | UnsupportedOperationException e) {
            return -1;
        }
    }

    double longestPauseMillis() {
        return longestPause.get() / 1e6;
    }

    double longestFrameGapMillis() {
        return longestFrameGap.get() / 1e6;
    }

    /** What the FX thread was doing through the longest pause, sample by sample. */
    String longestPauseCause() {
        return longestCause.isEmpty() ? "(answered within one sample)" : longestCause;
    }

    /** Every pause over 16 ms, added up by what filled it, largest first. */
    String longPausesByCause() {
        synchronized (longPauses) {
            return longPauses.isEmpty() ? "(none)" : describe(longPauses);
        }
    }

    /** A pause's milliseconds by cause: the collector's own time, the rest shared out by the stack samples. */
    private static Map<String, Double> shares(double pauseMillis, long gcMillis, Map<String, Integer> samples) {
        Map<String, Double> spent = new LinkedHashMap<>();
        double gc = Math.min(gcMillis, pauseMillis);
        if (gc > 0) {
            spent.put("garbage collector", gc);
        }
        int total = samples.values().stream().mapToInt(Integer::intValue).sum();
        samples.forEach((cause, count) -> spent.put(cause, (pauseMillis - gc) * count / total));
        return spent;
    }

    private static String describe(Map<String, Double> spent) {
        return spent.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(entry -> String.format(java.util.Locale.ROOT, "%s %.0f ms", entry.getKey(), entry.getValue()))
                .collect(Collectors.joining("; "));
    }

    /**
     * The phase a stack is in (its innermost frame that names one), and the app's own innermost
     * frame when the app's code is on the stack.
     */
    private static final String HAND_OFF = "com.sun.glass.ui.InvokeLaterDispatcher";

    static String cause(StackTraceElement[] stack) {
        String phase = null;
        String ours = null;
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (phase == null) {
                phase = phase(type, frame.getMethodName());
            }
            if (ours == null && type.startsWith("org.hurdleboard.") && !type.startsWith("org.hurdleboard.bench.")) {
                ours = type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethodName();
            }
        }
        if (phase == null && stack.length > 0 && stack[0].getClassName().startsWith(HAND_OFF)) {
            // every runLater on GTK passes from glass's dispatcher thread to the FX thread and back:
            // stopped here, the FX thread is waiting for its turn on a busy machine's cores
            phase = "runLater hand-off";
        }
        if (phase == null) {
            phase = stack.length > 0 && stack[0].isNativeMethod() ? "native " + stack[0].getMethodName() : "other";
        }
        return ours == null ? phase : phase + " in " + ours;
    }

    private static String phase(String type, String method) {
        for (Phase phase : Phase.values()) {
            if (phase.matches(type, method)) {
                return phase.label;
            }
        }
        return null;
    }

    private enum Phase {
        RENDER_WAIT("waiting for the renderer", List.of("com.sun.javafx.tk.quantum.PaintCollector",
                "com.sun.javafx.tk.quantum.QuantumRenderer", "com.sun.javafx.tk.RenderJob")),
        SYNC("handing the scene to the renderer", List.of("#syncPeer", "#doUpdatePeer", "#synchronizeSceneNodes",
                "com.sun.javafx.sg.prism.")),
        TEXT("measuring text", List.of("com.sun.javafx.text.", "com.sun.javafx.font.")),
        CSS("CSS", List.of("javafx.scene.CssStyleHelper", "javafx.css.", "com.sun.javafx.css.", "#processCSS",
                "#doProcessCSS", "#applyCss", "#reapplyCss")),
        LAYOUT("layout", List.of("#layoutChildren", "#layout", "#computePrefHeight", "#computePrefWidth",
                "#computeMinHeight", "#computeMinWidth")),
        ACCESSIBILITY("accessibility", List.of("com.sun.glass.ui.Accessible", "#notifyAccessibleAttributeChanged")),
        ANIMATION("animations and timers", List.of("com.sun.scenario.animation.", "javafx.animation.")),
        EVENT("key or mouse event", List.of("com.sun.javafx.event.", "javafx.event."));

        private final String label;
        private final List<String> markers;

        Phase(String label, List<String> markers) {
            this.label = label;
            this.markers = markers;
        }

        /** A marker is a class name prefix, or {@code #method}. */
        boolean matches(String type, String method) {
            for (String marker : markers) {
                if (marker.startsWith("#") ? method.equals(marker.substring(1)) : type.startsWith(marker)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static long collectorMillis() {
        try {
            long total = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                total += Math.max(0, collector.getCollectionTime());
            }
            return total;
        } catch (LinkageError e) {
            // a runtime without java.management: the pauses are still measured, only not blamed on the collector
            return 0;
        }
    }
}
