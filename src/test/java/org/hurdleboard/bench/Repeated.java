package org.hurdleboard.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A table of tasks each timed over repetitions: min and median, in milliseconds. */
final class Repeated {
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    private final String rowFormat;

    /** Prints the table's heading; {@code taskWidth} is the width of its first column. */
    Repeated(int taskWidth) {
        this.rowFormat = "%-" + taskWidth + "s %6d %10.1f %10.1f%n";
        System.out.printf("%-" + taskWidth + "s %6s %10s %10s%n", "task", "reps", "min ms", "median ms");
    }

    /** A first run warms the JIT and the fonts; the row gives min and median of the rest. */
    void print(String task, int repetitions, Work work) throws Exception {
        work.run();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            work.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Comparator.naturalOrder());
        System.out.printf(Locale.ROOT, rowFormat, task, repetitions, millis.get(0), millis.get(millis.size() / 2));
    }
}
