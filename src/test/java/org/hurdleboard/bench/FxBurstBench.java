package org.hurdleboard.bench;

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
            int saved = 0;
            for (int run = 0; run < RUNS; run++) {
                burst(env, 0, idlePause, idleFrames);
                saved = burst(env, 1000, burstPause, burstFrames);
                burst(env, List.of(PROJECTOR), 1000, projectorPause, projectorFrames);
            }
            pauses.print();
            System.out.println();
            frames.print();
            System.out.println();
            System.out.println("Votes on the disk after the last burst of 1000 votes and 200 undos: " + saved
                    + " (800 expected).");
        }
    }

    private static int burst(BenchEnv env, int votes, List<Double> pauses, List<Double> frames) throws Exception {
        return burst(env, List.of(), votes, pauses, frames);
    }

    private static int burst(BenchEnv env, List<String> options, int votes, List<Double> pauses, List<Double> frames)
            throws Exception {
        try (BenchEnv.Child child = env.start(env.javaCommand(options, VoteBurst.class.getName(), String.valueOf(votes)))) {
            pauses.add(Double.parseDouble(child.lineAfter(ChildApp.RESULT + "longest-pause-ms")));
            frames.add(Double.parseDouble(child.lineAfter(ChildApp.RESULT + "longest-frame-gap-ms")));
            return (int) Double.parseDouble(child.lineAfter(ChildApp.RESULT + "votes-saved"));
        }
    }
}
