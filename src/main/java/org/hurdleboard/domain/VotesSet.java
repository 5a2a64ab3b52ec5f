package org.hurdleboard.domain;

/** The vote count of one card in one round went from {@code before} to {@code after}. */
public record VotesSet(int roundId, int cardNumber, int before, int after) implements SessionChange {
    public VotesSet {
        Votes.requireValid(before);
        Votes.requireValid(after);
    }

    @Override
    public VotesSet inverse() {
        return new VotesSet(roundId, cardNumber, after, before);
    }
}
