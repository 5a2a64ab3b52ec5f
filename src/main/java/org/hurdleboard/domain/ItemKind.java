package org.hurdleboard.domain;

/**
 * What a line captured in the discuss stage is: how the hurdle affects us (a note), how it could
 * be overcome (an idea), what someone will do (an action), or something for later that belongs to
 * no card (the parking lot).
 */
public enum ItemKind {
    NOTE, IDEA, ACTION, PARKED;

    /** Parking-lot items belong to no card; every other kind to one. */
    public boolean onACard() {
        return this != PARKED;
    }
}
