package org.hurdleboard.phone;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory ballot box for the server's tests, the browser tests and the load bench. Its one
 * thread stands in for the FX thread that owns the workshop: every cast is applied there, one at
 * a time, as the real box does. It may hold other ballots beforehand (for the anonymity tests),
 * and counts how often the server called it, so a test sees that a refused request never got here.
 */
public final class FakeBallotBox implements BallotBox, AutoCloseable {
    private final ExecutorService owner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "fake-fx");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Map<Integer, Integer>> ballots = new ConcurrentHashMap<>();
    private final AtomicInteger casts = new AtomicInteger();
    private volatile BallotPaper paper;
    private volatile CastResult answerInstead;

    public FakeBallotBox(BallotPaper paper) {
        this.paper = paper;
    }

    /** Six cards in two categories: 5 dots each, at most 2 on a card, at most {@code maxBallots} ballots. */
    public static BallotPaper dots(int maxBallots) {
        return paper(new BallotPaper.Rule(BallotPaper.Rule.Kind.DOTS, 5, 2), maxBallots);
    }

    public static BallotPaper approval(int maxBallots) {
        return paper(new BallotPaper.Rule(BallotPaper.Rule.Kind.APPROVAL, 0, 1), maxBallots);
    }

    private static BallotPaper paper(BallotPaper.Rule rule, int maxBallots) {
        return new BallotPaper(3, "Which hurdles block us most?", "en", rule, List.of(
                new BallotPaper.Category("internet", "Internet Access", "#1f6feb", List.of(
                        new BallotPaper.Card(1, "Social media sites are blocked"),
                        new BallotPaper.Card(2, "The Wi-Fi drops in meeting rooms"),
                        new BallotPaper.Card(3, "<b>Risk</b> & \"fear\" of the press"))),
                new BallotPaper.Category("culture", "Organisational Culture", "#b35900", List.of(
                        new BallotPaper.Card(33, "Nobody has time to learn"),
                        new BallotPaper.Card(34, "Managers do not lead by example"),
                        new BallotPaper.Card(35, "It is not seen as real work")))), maxBallots);
    }

    @Override
    public Optional<BallotPaper> paper() {
        return Optional.ofNullable(paper);
    }

    @Override
    public Map<Integer, Integer> ballot(String ballotId) {
        return ballots.getOrDefault(ballotId, Map.of());
    }

    @Override
    public CompletionStage<CastResult> cast(String ballotId, Map<Integer, Integer> dots) {
        casts.incrementAndGet();
        return CompletableFuture.supplyAsync(() -> {
            BallotPaper open = paper;
            if (answerInstead != null) {
                return answerInstead;
            }
            if (open == null) {
                return CastResult.CLOSED;
            }
            if (!ballots.containsKey(ballotId) && ballots.size() >= open.maxBallots()) {
                return CastResult.FULL;
            }
            ballots.put(ballotId, Map.copyOf(dots));
            return CastResult.STORED;
        }, owner);
    }

    @Override
    public int ballotsIn() {
        return ballots.size();
    }

    /** Files a ballot as if another phone had sent it (never through the server). */
    public void holdOther(String ballotId, Map<Integer, Integer> dots) {
        ballots.put(ballotId, Map.copyOf(dots));
    }

    /** Every ballot held, by id. */
    public Map<String, Map<Integer, Integer>> ballots() {
        return Map.copyOf(ballots);
    }

    /** How many times the server asked to cast. */
    public int casts() {
        return casts.get();
    }

    /** The workshop closes the round: the paper is gone, the server still up. */
    public void closeRound() {
        paper = null;
    }

    /** From now on every cast is answered with this (e.g. NOT_SAVED), nothing stored. */
    public void answer(CastResult result) {
        answerInstead = result;
    }

    /** The thread standing in for the FX thread, for the bench's pause measure. */
    public ExecutorService owner() {
        return owner;
    }

    @Override
    public void close() {
        owner.shutdownNow();
    }
}
