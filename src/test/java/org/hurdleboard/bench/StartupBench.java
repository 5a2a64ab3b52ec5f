package org.hurdleboard.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hurdleboard.app.StartupProbe;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.DemoSession;
import org.hurdleboard.domain.Session;
import org.hurdleboard.store.SessionFile;

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
            Table wall = new Table("Start-up to first painted screen, on the clock (" + env.how() + ")", "ms");
            Table cpu = new Table("CPU time used until then (steadier when the machine is busy)", "ms");
            Table exit = new Table("To exit: from painted (the probe then closes the app) to the process gone; goal <= 200 ms", "ms");
            Row hello = new Row(wall, cpu, exit, "hello window (baseline)", "one label, same java and options");
            Row start = new Row(wall, cpu, exit, "start screen", "app, no file");
            Row board = new Row(wall, cpu, exit, "demo board", "app --demo: demo file made, board; goal <= 1.5x");
            Row file = new Row(wall, cpu, exit, "a workshop file from the command line",
                    "app FILE: 50 cards, 148 votes; goal <= 1.5x");
            Row noCds = new Row(wall, cpu, exit, "demo board without its start-up archive",
                    env.withoutStartupArchive() + ": what the CDS archive or AOT cache saves");
            Path workshop = workshopFile(env);
            List<String> helloCommand = env.javaCommand(List.of(), HelloWindow.class.getName());
            // one run not counted: the first start after a build pays for the disk cache
            try (BenchEnv.Child child = env.start(helloCommand, "-D" + StartupProbe.PROPERTY + "=hello")) {
                child.lineAfter(StartupProbe.PAINTED);
            }
            for (int run = 0; run < RUNS; run++) {
                hello.measure(env, helloCommand, "hello");
                start.measure(env, env.appCommand(), "start");
                board.measure(env, env.appCommand("--demo"), "board");
                file.measure(env, env.appCommand(workshop.toString()), "board");
                noCds.measure(env, env.javaCommand(List.of(env.withoutStartupArchive()), "org.hurdleboard.app.Main", "--demo"), "board");
            }
            wall.print();
            System.out.println();
            cpu.print();
            System.out.println();
            exit.print();
        }
    }

    /** A workshop as a facilitator double-clicks it: the built-in deck, votes on most cards. */
    private static Path workshopFile(BenchEnv env) throws Exception {
        Path file = env.target.resolve("bench-workshop.hurdles");
        SessionFile.delete(file);
        Session session = Session.start(DemoSession.details("Opened from the command line", "Bench", LocalDate.now(), ""),
                new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What stops us?");
        for (int card = 1; card <= 50; card++) {
            session.restoreVotes(1, card, card % 7);
        }
        SessionFile.create(file, session).close();
        return file;
    }

    /** One thing started, timed on the clock and in CPU time. */
    private static final class Row {
        private final List<Double> wall;
        private final List<Double> cpu;
        private final List<Double> exit;

        Row(Table wallTable, Table cpuTable, Table exitTable, String name, String note) {
            wall = wallTable.row(name, note);
            cpu = cpuTable.row(name, "");
            exit = exitTable.row(name, "");
        }

        void measure(BenchEnv env, List<String> command, String screen) throws Exception {
            try (BenchEnv.Child child = env.start(command, "-D" + StartupProbe.PROPERTY + "=" + screen)) {
                String painted = child.lineAfter(StartupProbe.PAINTED);
                wall.add(child.millisSinceStart());
                cpu.add(Double.parseDouble(painted.substring(painted.indexOf(StartupProbe.CPU_MILLIS) + StartupProbe.CPU_MILLIS.length())));
                exit.add(child.millisToExit());
            }
        }
    }
}
