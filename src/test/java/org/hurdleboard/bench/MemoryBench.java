package org.hurdleboard.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Resident memory after a simulated two-hour workshop (goal: under 250 MB) against the smallest
 * JavaFX window, both started the same way, measured by the operating system (VmRSS), plus the
 * session file's size. Each run is a new process with a real window.
 */
public final class MemoryBench {
    private static final int RUNS = 3;

    private MemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchEnv env = BenchEnv.open()) {
            Table memory = new Table("Resident memory (" + env.how() + ")", "MB");
            List<Double> hello = memory.row("hello window (baseline)", "after 2 s on screen");
            List<Double> workshop = memory.row("after a two-hour workshop", "1,200 votes, 4 breaks; goal < 250 MB");
            List<Double> peak = memory.row("peak during the workshop", "VmHWM");
            Table other = Table.withoutBaseline("The same workshop, inside", "");
            List<Double> heap = other.row("Java heap in use at the end, MB", "live objects and garbage not yet collected");
            List<Double> size = other.row("session file, KB", "50 cards, 1,200 vote changes");
            List<String> histogram = List.of();
            for (int run = 0; run < RUNS; run++) {
                try (BenchEnv.Child child = env.start(env.javaCommand(List.of(), HelloWindow.class.getName(), "hold"))) {
                    hello.add(Double.parseDouble(child.lineAfter(ChildApp.RESULT + "rss-mb")));
                }
                try (BenchEnv.Child child = env.start(env.javaCommand(List.of(), WorkshopDay.class.getName()))) {
                    workshop.add(Double.parseDouble(child.lineAfter(ChildApp.RESULT + "rss-mb")));
                    peak.add(Double.parseDouble(child.lineAfter(ChildApp.RESULT + "peak-rss-mb")));
                    heap.add(Double.parseDouble(child.lineAfter(ChildApp.RESULT + "heap-used-mb")));
                    size.add(Double.parseDouble(child.lineAfter(ChildApp.RESULT + "file-kb")));
                    histogram = new ArrayList<>();
                    for (String line = child.lineAfter(ChildApp.RESULT + "histogram"); !line.equals("-end");
                            line = child.lineAfter(ChildApp.RESULT + "histogram")) {
                        histogram.add(line);
                    }
                }
            }
            memory.print();
            System.out.println();
            other.print();
            System.out.println();
            System.out.println("## What holds the heap at the end of the last run (live objects, after a full collection)");
            System.out.println();
            System.out.println("```");
            histogram.forEach(System.out::println);
            System.out.println("```");
        }
    }
}
