package org.hurdleboard.domain;

import java.util.Map;
import java.util.Objects;

/**
 * A phone's ballot in an open round: new ({@code first}) or replacing what the same ballot cast
 * before; the round's counts move by the difference. Filed under its random id and nothing else.
 * Recorded, never undone: the facilitator's undo must not take back a person's vote.
 */
public record BallotCast(int roundId, String ballotId, boolean first, Map<Integer, Integer> before,
        Map<Integer, Integer> after) implements SessionChange {
    public BallotCast {
        Objects.requireNonNull(ballotId, "ballotId");
        before = Map.copyOf(before);
        after = Map.copyOf(after);
        if (first && !before.isEmpty()) {
            throw new IllegalArgumentException("a first ballot replaces nothing");
        }
    }

    @Override
    public SessionChange inverse() {
        throw new UnsupportedOperationException("a phone's ballot is never undone");
    }
}
