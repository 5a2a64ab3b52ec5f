package org.hurdleboard.bench;

import java.util.List;

/**
 * Runs every benchmark, one after another, each printing its own table. Adding a benchmark is one
 * line here. Run with {@code mvn -Pbench -DskipTests verify} (the jar) or
 * {@code mvn -Ppackage,bench -DskipTests verify} (the packaged app).
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    @FunctionalInterface
    interface Bench {
        void run(String[] args) throws Exception;
    }

    private static final List<Bench> ALL = List.of(
            StartupBench::main,
            FxBurstBench::main,
            MemoryBench::main,
            SizeBench::main,
            ReportBench::main,
            WallKitBench::main,
            PhoneLoadBench::main
    );

    public static void main(String[] args) throws Exception {
        for (Bench bench : ALL) {
            bench.run(args);
            System.out.println();
        }
    }
}
