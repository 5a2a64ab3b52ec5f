package org.hurdleboard.phone;

/** What happened to a ballot a phone sent. */
public enum CastResult {
    /** Saved in the session file; the phone may change it until voting closes. */
    STORED,
    /** Voting has closed (or moved to another round): nothing was stored. */
    CLOSED,
    /** Not a ballot the round's rule allows (unknown card, too many dots, too many on one card). */
    NOT_ALLOWED,
    /** The round already has as many ballots as it may take (participants, or the facilitator's limit). */
    FULL,
    /** The workshop could not save it (read-only, locked, disk full); the phone should try again later. */
    NOT_SAVED
}
