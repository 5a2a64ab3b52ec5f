package org.hurdleboard.domain;

/**
 * Voting by phone closed for a round: the ballots' contents are dropped, the counts and the
 * number of ballots ({@code ballotsIn}) stay. Recorded, never undone: what was dropped is gone.
 */
public record PhonesClosed(int roundId, int ballotsIn) implements SessionChange {
    @Override
    public SessionChange inverse() {
        throw new UnsupportedOperationException("closed phone voting is never reopened");
    }
}
