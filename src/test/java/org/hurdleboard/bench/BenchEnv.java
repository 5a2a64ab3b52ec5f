package org.hurdleboard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where the benchmarks find the app and how they start it: the packaged app-image when
 * {@code installers/linux.sh} has built one (its launcher, or its runtime's java with the
 * launcher's own options), otherwise the jar with the JDK running Maven. Every child gets a real
 * display: this one's, or an Xvfb of its own.
 */
final class BenchEnv implements AutoCloseable {
    private static final String LAUNCHER = "HurdleBoard";
    final Path target;
    private final Path image;
    private final Path home;
    private final Process xvfb;
    private final String display;

    private BenchEnv(Path target, Path image, Process xvfb, String display) throws IOException {
        this.target = target;
        this.image = image;
        this.xvfb = xvfb;
        this.display = display;
        this.home = Files.createTempDirectory("hurdleboard-bench");
    }

    static BenchEnv open() throws IOException, InterruptedException {
        Path target = Path.of(System.getProperty("bench.target", "target")).toAbsolutePath();
        Path image = target.resolve("installer").resolve(LAUNCHER);
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        if (display == null || display.isBlank()) {
            int number = 90;
            while (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                number++;
            }
            display = ":" + number;
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + number)); i++) {
                Thread.sleep(100);
            }
        }
        return new BenchEnv(target, Files.isDirectory(image) ? image : null, xvfb, display);
    }

    boolean packaged() {
        return image != null;
    }

    Path image() {
        return image;
    }

    /**
     * The java option that starts the app without its start-up archive: the AOT cache of an
     * app-image built with a JDK 25 (installers/train-aot.sh), else the CDS archive.
     */
    String withoutStartupArchive() {
        boolean aot = packaged() && Files.exists(image.resolve("lib").resolve("app").resolve("hurdleboard.aot"));
        return aot ? "-XX:AOTMode=off" : "-Xshare:off";
    }

    /** What is measured and how busy the machine was, for the table's title. */
    String how() {
        String what = packaged() ? "packaged app-image" : "jar on Java " + System.getProperty("java.version");
        return what + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, load average " + loadAverage();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The app as a user starts it: the packaged launcher, or java -jar. */
    List<String> appCommand(String... args) {
        List<String> command = new ArrayList<>();
        if (packaged()) {
            command.add(image.resolve("bin").resolve(LAUNCHER).toString());
        } else {
            command.addAll(List.of(javaHome().resolve("bin").resolve("java").toString(), "-jar", jar().toString()));
        }
        command.addAll(List.of(args));
        return command;
    }

    /** A class of the benchmarks, started by the app's java with the app's own java options and jars. */
    List<String> javaCommand(List<String> extraOptions, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        classPath.add(target.resolve("test-classes").toString());
        if (packaged()) {
            Path appDir = image.resolve("lib").resolve("app");
            command.add(image.resolve("lib").resolve("runtime").resolve("bin").resolve("java").toString());
            for (String line : Files.readAllLines(appDir.resolve(LAUNCHER + ".cfg"))) {
                String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
                if (line.startsWith("java-options=")) {
                    command.add(value);
                } else if (line.startsWith("app.classpath=")) {
                    classPath.add(value);
                }
            }
        } else {
            command.add(javaHome().resolve("bin").resolve("java").toString());
            classPath.add(jar().toString());
            classPath.add(target.resolve("lib").resolve("*").toString());
        }
        command.addAll(extraOptions);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts a child with the display, its own app folder and extra system properties. */
    Child start(List<String> command, String... properties) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        // bench.jcmd: the histogram of a runtime without jdk.management; -Dbench.childOptions reaches
        // every child, e.g. a profiler's -agentpath (see the README)
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Dhurdleboard.home=" + home.resolve("app")
                + " -Dbench.jcmd=" + Path.of(System.getProperty("java.home"), "bin", "jcmd") + " "
                + String.join(" ", properties) + " " + System.getProperty("bench.childOptions", ""));
        return new Child(builder.start());
    }

    private Path jar() {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(path -> path.getFileName().toString().matches("hurdle-board-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no app jar in " + target + ": run mvn -Pbench verify"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    @Override
    public void close() throws IOException {
        if (xvfb != null) {
            xvfb.destroy();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** A running child: its output lines, each with the time it arrived. */
    static final class Child implements AutoCloseable {
        private final Process process;
        private final long started = System.nanoTime();
        private long lastLineAt;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();

        Child(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("(output lost: " + e + ")");
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** Milliseconds from the start of the process to the last line {@link #lineAfter} found. */
        double millisSinceStart() {
            return (lastLineAt - started) / 1e6;
        }

        /** The rest of the first line starting with the prefix. */
        String lineAfter(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    seen.add(line);
                    if (line.startsWith(prefix)) {
                        lastLineAt = System.nanoTime();
                        return line.substring(prefix.length()).trim();
                    }
                }
            }
            throw new IllegalStateException("the child never printed '" + prefix + "'; it printed:\n" + String.join("\n", seen));
        }

        /**
         * Waits for the process to end: milliseconds from the last line {@link #lineAfter} found
         * (the probe's "painted", after which it asks the app to close) to the process gone.
         */
        double millisToExit() throws InterruptedException {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Double.NaN;
            }
            return (System.nanoTime() - lastLineAt) / 1e6;
        }

        @Override
        public void close() throws InterruptedException {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
