package org.hurdleboard.bench;

import java.util.List;
import org.hurdleboard.ui.StartupProbe;

/**
 * Start-up, from starting the process to the screen painted on a real display, against the
 * smallest JavaFX window started the same way (same java, same options). Goal: the board within
 * 1.5x the hello window. Runs are interleaved so a busy moment on the machine hits all rows alike.
 * "Cold" here means a new JVM each time; the disk cache is warm (dropping it needs root and would
 * slow everyone else on the machine).
 */
public final class StartupBench {
    private static final int RUNS = 7;

    private StartupBench() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchEnv env = BenchEnv.open()) {
            Table table = new Table("Start-up to first painted screen (" + env.how() + ")", "ms");
            List<Double> hello = table.row("hello window (baseline)", "one label, same java and options");
            List<Double> start = table.row("start screen", "app, no file");
            List<Double> board = table.row("demo board", "app --demo: start screen, demo file made, board; goal <= 1.5x");
            List<Double> noCds = table.row("demo board without CDS archive", "-Xshare:off, to show what the archive saves");
            // one run not counted: the first start after a build pays for the disk cache
            measure(env, env.javaCommand(List.of(), HelloWindow.class.getName()), "hello");
            for (int run = 0; run < RUNS; run++) {
                hello.add(measure(env, env.javaCommand(List.of(), HelloWindow.class.getName()), "hello"));
                start.add(measure(env, env.appCommand(), "start"));
                board.add(measure(env, env.appCommand("--demo"), "board"));
                noCds.add(measure(env, env.javaCommand(List.of("-Xshare:off"), "org.hurdleboard.app.Main", "--demo"), "board"));
            }
            table.print();
        }
    }

    private static double measure(BenchEnv env, List<String> command, String screen) throws Exception {
        try (BenchEnv.Child child = env.start(command, "-D" + StartupProbe.PROPERTY + "=" + screen)) {
            return child.millisUntil(StartupProbe.PAINTED);
        }
    }
}
