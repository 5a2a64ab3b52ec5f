package org.hurdleboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a facilitator downloads and what lands on the disk: the installers and the app-image built
 * by installers/linux.sh (goals, issue 20: app-image under 100 MB, installer under 50 MB, in
 * decimal megabytes, 10^6 bytes, as a download page or a file manager counts them), against the
 * jar with its runtime jars. The JDK 25 build's AOT cache is shown on a line of its own.
 */
public final class SizeBench {
    private static final long MB = 1_000_000;
    private static final long IMAGE_GOAL = 100 * MB;
    private static final long INSTALLER_GOAL = 50 * MB;

    private SizeBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        try (BenchEnv env = BenchEnv.open()) {
            Path installers = env.target.resolve("installer");
            System.out.println("## Sizes (MB = 1,000,000 bytes)");
            System.out.println();
            System.out.println("| | bytes | MB | |");
            System.out.println("|---|---:|---:|---|");
            row("jar + runtime jars (no Java)", size(env.target.resolve("lib")) + jarSize(env.target), "needs Java 17 installed");
            if (!env.packaged()) {
                System.out.println();
                System.out.println("No packaged app: build one with mvn -Ppackage verify.");
                return;
            }
            Path image = env.image();
            row("app-image (installed size)", size(image), goal(size(image), IMAGE_GOAL));
            row("  of which the runtime", size(image.resolve("lib").resolve("runtime")), "jlink'ed, with its CDS archive on JDK 17");
            Path cache = image.resolve("lib").resolve("app").resolve("hurdleboard.aot");
            if (Files.exists(cache)) {
                row("  of which the AOT cache", size(cache), "JDK 25 build");
            }
            try (Stream<Path> files = Files.list(installers)) {
                for (Path installer : files.filter(Files::isRegularFile).sorted().toList()) {
                    row(installer.getFileName().toString(), size(installer), goal(size(installer), INSTALLER_GOAL));
                }
            }
        }
    }

    private static String goal(long bytes, long goal) {
        return String.format(Locale.ROOT, "%.0f%% of the %d MB goal: %s", 100.0 * bytes / goal, goal / MB,
                bytes < goal ? "met" : "**not met**");
    }

    private static void row(String name, long bytes, String note) {
        System.out.printf(Locale.ROOT, "| %s | %,d | %.1f | %s |%n", name, bytes, (double) bytes / MB, note);
    }

    private static long jarSize(Path target) throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(path -> path.getFileName().toString().matches("hurdle-board-.*\\.jar")).mapToLong(SizeBench::size).sum();
        }
    }

    /** As {@code du -sb} counts: every file, folder and link (not what it points to), in bytes. */
    private static long size(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.mapToLong(file -> {
                try {
                    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return -1;
        }
    }

}
