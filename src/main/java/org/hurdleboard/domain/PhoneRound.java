package org.hurdleboard.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A round's phone ballots and their number; Session owns and changes it. */
final class PhoneRound {
    PhoneState state = PhoneState.NOT_OPENED;
    /** The facilitator's limit on ballots; 0: as many as there are participants. */
    int limit;
    /** Ballot id to its dots, only while the round is open. */
    final Map<String, Map<Integer, Integer>> ballots = new LinkedHashMap<>();
    /** How many ballots came in; kept when the ballots themselves are dropped. */
    int ballotsIn;

    Map<String, Map<Integer, Integer>> ballotsView() {
        return Collections.unmodifiableMap(ballots);
    }
}
