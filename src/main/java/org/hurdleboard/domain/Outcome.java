package org.hurdleboard.domain;

/** What became of an action carried over from the last workshop, as the room says this time. */
public enum Outcome { OPEN, DONE, STILL_DOING, DROPPED }
