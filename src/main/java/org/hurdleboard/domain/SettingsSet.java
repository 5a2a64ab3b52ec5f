package org.hurdleboard.domain;

/** A round's voting rule or hiding was changed (only while the round has no votes). */
public record SettingsSet(int roundId, RoundSettings before, RoundSettings after) implements SessionChange {
    @Override
    public SettingsSet inverse() {
        return new SettingsSet(roundId, after, before);
    }
}
