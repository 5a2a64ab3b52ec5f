package org.hurdleboard.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * FX-thread responsiveness while 1,000 votes arrive in two seconds: the longest the FX thread
 * could not answer (goal: never over 16 ms, one frame at 60 Hz), against the same board left idle
 * for the same time. Each run is a new process with a real window.
 */
public final class FxBurstBench {
    private static final int RUNS = 5;
    /** The bench's 1920x1080 screen as a laptop (left half) and a projector (right half). */
    private static final String PROJECTOR = "-Dhurdleboard.screens=0,0,960,1080;960,0,960,1080";

    private FxBurstBench() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchEnv env = BenchEnv.open()) {
            Table pauses = new Table("Longest FX-thread pause during a burst of 1,000 votes and 200 undos (" + env.how() + ")", "ms");
            List<Double> idlePause = pauses.row("board left idle (baseline)", "same board, same 2 s, no votes");
            List<Double> burstPause = pauses.row("1,000 votes then 200 undos", "goal: none over 16 ms");
            List<Double> projectorPause = pauses.row("the same, with the projector window open",
                    "the screen split in two halves");
            Table frames = new Table("Longest gap between frames in the same runs", "ms");
            List<Double> idleFrames = frames.row("board left idle (baseline)", "60 Hz is 16.7 ms");
            List<Double> burstFrames = frames.row("1,000 votes then 200 undos", "");
            List<Double> projectorFrames = frames.row("the same, with the projector window open", "");
            Table cpu = new Table("The FX thread's CPU time over the same 2.4 s", "ms");
            List<Double> idleCpu = cpu.row("board left idle (baseline)", "");
            List<Double> burstCpu = cpu.row("1,000 votes then 200 undos", "");
            List<Double> projectorCpu = cpu.row("the same, with the projector window open", "");
            List<String> causes = new ArrayList<>();
            int saved = 0;
            for (int run = 0; run < RUNS; run++) {
                burst(env, List.of(), 0, new Run(idlePause, idleFrames, idleCpu, new ArrayList<>()));
                saved = burst(env, List.of(), 1000, new Run(burstPause, burstFrames, burstCpu, causes));
                burst(env, List.of(PROJECTOR), 1000, new Run(projectorPause, projectorFrames, projectorCpu, causes));
            }
            pauses.print();
            System.out.println();
            frames.print();
            System.out.println();
            cpu.print();
            System.out.println();
            System.out.println("What filled the longest pause of each burst, then every pause over 16 ms added up"
                    + " (the watchdog's samples of the FX thread):");
            causes.forEach(cause -> System.out.println("- " + cause));
            System.out.println();
            System.out.println("Votes on the disk after the last burst of 1000 votes and 200 undos: " + saved
                    + " (800 expected).");
        }
    }

    /** Where one run's figures go. */
    private record Run(List<Double> pauses, List<Double> frames, List<Double> cpu, List<String> causes) {
    }

    private static int burst(BenchEnv env, List<String> options, int votes, Run run) throws Exception {
        try (BenchEnv.Child child = env.start(env.javaCommand(options, VoteBurst.class.getName(), String.valueOf(votes)))) {
            run.pauses().add(Double.parseDouble(child.lineAfter(ChildApp.RESULT + "longest-pause-ms")));
            run.frames().add(Double.parseDouble(child.lineAfter(ChildApp.RESULT + "longest-frame-gap-ms")));
            run.cpu().add(Double.parseDouble(child.lineAfter(ChildApp.RESULT + "fx-cpu-ms")));
            String longest = child.lineAfter(ChildApp.RESULT + "longest-pause-cause");
            String all = child.lineAfter(ChildApp.RESULT + "long-pauses-by-cause");
            run.causes().add((options.isEmpty() ? "board: " : "with projector: ") + longest + ". All: " + all);
            return (int) Double.parseDouble(child.lineAfter(ChildApp.RESULT + "votes-saved"));
        }
    }
}
