package org.hurdleboard.domain;

import java.util.Set;

/** The voting state of one round, beside its counts; Session owns and changes it. */
final class RoundState {
    RoundSettings settings;
    Set<Integer> revealed = Set.of();
    Turn turn = Turn.FIRST;
    final PhoneRound phones = new PhoneRound();

    RoundState(RoundSettings settings) {
        this.settings = settings;
    }
}
