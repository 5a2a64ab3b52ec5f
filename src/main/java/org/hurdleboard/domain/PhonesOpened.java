package org.hurdleboard.domain;

import java.util.Objects;

/**
 * The facilitator opened a round to phones ({@code open}), voted by {@code after}'s rule with
 * phones as its method and at most {@code limit} ballots (0: the participants), or took that back
 * (only while no ballot has come in).
 */
public record PhonesOpened(int roundId, RoundSettings before, RoundSettings after, int limit, boolean open)
        implements SessionChange {
    public PhonesOpened {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (limit < 0) {
            throw new IllegalArgumentException("a ballot limit cannot be negative: " + limit);
        }
        if (open && (after.method() != VotingMethod.PHONES || !after.rule().isPersonal())) {
            throw new IllegalArgumentException("phones vote with dots or ticks: " + after);
        }
    }

    @Override
    public PhonesOpened inverse() {
        return new PhonesOpened(roundId, after, before, limit, !open);
    }
}
