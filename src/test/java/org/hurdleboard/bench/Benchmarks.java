package org.hurdleboard.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs every benchmark, one after another, each printing its own table. Adding a benchmark is one
 * line here. Run with {@code mvn -Pbench -DskipTests verify} (the jar) or
 * {@code mvn -Ppackage,bench -DskipTests verify} (the packaged app); {@code -Dbench.only=A,B}
 * runs only those named.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    @FunctionalInterface
    interface Bench {
        void run(String[] args) throws Exception;
    }

    private static final Map<String, Bench> ALL = new LinkedHashMap<>();

    static {
        ALL.put("StartupBench", StartupBench::main);
        ALL.put("FxBurstBench", FxBurstBench::main);
        ALL.put("MemoryBench", MemoryBench::main);
        ALL.put("SizeBench", SizeBench::main);
        ALL.put("ReportBench", ReportBench::main);
        ALL.put("WallKitBench", WallKitBench::main);
        ALL.put("PhoneLoadBench", PhoneLoadBench::main);
    }

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("bench.only", "").trim();
        Iterable<String> names = only.isEmpty() ? ALL.keySet() : Arrays.stream(only.split(",")).map(String::trim).toList();
        for (String name : names) {
            Bench bench = ALL.get(name);
            if (bench == null) {
                System.err.println("No benchmark called " + name + "; the benchmarks are " + String.join(", ", ALL.keySet()));
                System.exit(2);
            }
            bench.run(args);
            System.out.println();
        }
    }
}
