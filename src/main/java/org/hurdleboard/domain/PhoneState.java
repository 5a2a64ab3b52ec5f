package org.hurdleboard.domain;

/**
 * Where a round stands with phones: never opened to them, taking ballots, or closed (its ballots'
 * contents dropped, only the counts and the number of ballots kept). Closed is for good: a phone
 * that voted would be counted again, so a new vote is a new round.
 */
public enum PhoneState { NOT_OPENED, OPEN, CLOSED }
