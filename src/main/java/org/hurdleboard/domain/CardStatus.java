package org.hurdleboard.domain;

/** What the room says about a hurdle, as the facilitator records it. */
public enum CardStatus { NONE, BLOCKING, PARTLY, NOT_FOR_US, OVERCOME }
