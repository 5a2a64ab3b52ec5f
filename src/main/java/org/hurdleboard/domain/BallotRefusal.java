package org.hurdleboard.domain;

/** Why a phone's ballot was not taken, or {@link #NONE} when it was (or can be). */
public enum BallotRefusal {
    NONE,
    /** The round is not open to phones (never opened, closed, or not the current round). */
    NOT_OPEN,
    /** The ballot's id is not one a phone server makes (blank, too long, odd characters). */
    BAD_ID,
    /** A card that is not in the round (or not in the deck). */
    NOT_IN_ROUND,
    /** Dots on a card that are not a whole number above zero, or more than one tick on an approval card. */
    BAD_COUNT,
    /** More dots than each person has. */
    TOO_MANY_DOTS,
    /** More dots on one card than the rule allows. */
    CARD_FULL,
    /** A card's count would pass the largest count a card can show. */
    TOO_MANY_VOTES,
    /** The round already has as many ballots as it may take. */
    FULL
}
