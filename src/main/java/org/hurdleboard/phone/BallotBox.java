package org.hurdleboard.phone;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * The phone server's one door into the workshop. The server calls it on its own threads, never
 * the FX thread; the workshop side answers from a snapshot it keeps current and makes every
 * change through the workshop's one owner (the board's model), so a ballot is saved like any vote.
 * Ballot ids are random and are all a ballot is ever filed under: nothing here names a person,
 * a device or an address.
 */
public interface BallotBox {
    /** What phones are shown for the open round; empty once voting has closed. Cheap and thread-safe. */
    Optional<BallotPaper> paper();

    /** The dots this ballot has cast so far (card number to dots, empty when none), so a reloaded page shows them. */
    Map<Integer, Integer> ballot(String ballotId);

    /**
     * Records this ballot, replacing what it cast before (card number to dots; an approval ballot
     * gives 1 per ticked card). Completes once the change is saved, or with why it was refused.
     */
    CompletionStage<CastResult> cast(String ballotId, Map<Integer, Integer> dots);

    /** How many ballots the open round has received; a number for the room's screen, never a card's count. */
    int ballotsIn();
}
