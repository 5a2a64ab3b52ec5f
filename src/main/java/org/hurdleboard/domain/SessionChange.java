package org.hurdleboard.domain;

/**
 * One change to a session, made by one user action. Changes are the unit the store commits in
 * one transaction, and each knows its inverse, so undo can be built on them.
 */
public sealed interface SessionChange permits VotesSet, DotMoved, TurnChanged, SettingsSet, RevealSet, StatusSet,
        RoundAdded, RoundRemoved, NamesSet, DiscussionChange, CardAdded, CardRemoved, PhonesOpened, BallotCast,
        PhonesClosed, CarriedActionSet, LinkSet {
    SessionChange inverse();
}
