package org.hurdleboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a facilitator downloads and what lands on the disk: the installers and the app-image built
 * by installers/linux.sh (goal: installer under 60 MB), against the jar with its runtime jars.
 */
public final class SizeBench {
    private static final double GOAL_MB = 60;

    private SizeBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        try (BenchEnv env = BenchEnv.open()) {
            Path installers = env.target.resolve("installer");
            System.out.println("## Sizes");
            System.out.println();
            System.out.println("| | MB | |");
            System.out.println("|---|---:|---|");
            row("jar + runtime jars (no Java)", size(env.target.resolve("lib")) + jarSize(env.target), "needs Java 17 installed");
            if (!env.packaged()) {
                System.out.println();
                System.out.println("No packaged app: build one with mvn -Ppackage verify.");
                return;
            }
            row("app-image (installed size)", size(env.image()), "runtime, jars, CDS archive");
            row("  of which the runtime", size(env.image().resolve("lib").resolve("runtime")), "jlink'ed");
            try (Stream<Path> files = Files.list(installers)) {
                for (Path installer : files.filter(Files::isRegularFile).sorted().toList()) {
                    double mb = size(installer);
                    row(installer.getFileName().toString(), mb,
                            String.format(Locale.ROOT, "%.0f%% of the 60 MB goal", 100 * mb / GOAL_MB));
                }
            }
        }
    }

    private static void row(String name, double mb, String note) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %s |%n", name, mb, note);
    }

    private static double jarSize(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(path -> path.getFileName().toString().matches("hurdle-board-.*\\.jar")).mapToDouble(SizeBench::size).sum();
        }
    }

    private static double size(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum() / 1048576.0;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

}
