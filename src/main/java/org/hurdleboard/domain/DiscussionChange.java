package org.hurdleboard.domain;

/** A change to what was captured in the discuss stage. */
public sealed interface DiscussionChange extends SessionChange
        permits ItemAdded, ItemRemoved, ItemEdited, ItemMoved, ChampionsSet {
}
