package org.hurdleboard.domain;

/**
 * The participant whose turn it is placed a dot on a card ({@code delta} 1) or took one back
 * (-1); the card's count goes from {@code votesBefore} by the same step.
 */
public record DotMoved(int roundId, int participant, int cardNumber, int votesBefore, int delta)
        implements SessionChange {
    public DotMoved {
        if (delta != 1 && delta != -1) {
            throw new IllegalArgumentException("a dot moves one at a time: " + delta);
        }
        Votes.requireValid(votesBefore);
        Votes.requireValid(votesBefore + delta);
    }

    public int votesAfter() {
        return votesBefore + delta;
    }

    @Override
    public DotMoved inverse() {
        return new DotMoved(roundId, participant, cardNumber, votesBefore + delta, -delta);
    }
}
