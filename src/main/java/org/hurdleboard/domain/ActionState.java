package org.hurdleboard.domain;

/** How far an action has got. */
public enum ActionState { OPEN, DOING, DONE }
