package org.hurdleboard.phone;

/**
 * The bounds of the phone server, in one place. A phone needs a few requests a minute; these leave
 * it plenty and stop one client (or a slow one) from taking the server from the room.
 *
 * @param idleMillis a connection that sends nothing (or stalls in its headers) this long is closed
 * @param burst requests one client may make at once
 * @param perSecond requests one client may make each second after its burst
 */
record PhoneLimits(long idleMillis, int burst, double perSecond) {
    /** A ballot is a few card numbers and dots: a few hundred bytes. */
    static final int BODY_BYTES = 4096;
    static final int HEADER_BYTES = 4096;
    static final int THREADS = 16;
    static final int QUEUED_REQUESTS = 256;
    static final int CONNECTIONS = 512;
    /** How long a request waits for the workshop to save a ballot before the phone is told to try again. */
    static final long SAVE_WAIT_MILLIS = 10_000;

    static final PhoneLimits ROOM = new PhoneLimits(10_000, 60, 3);
}
