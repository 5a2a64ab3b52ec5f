package org.hurdleboard.phone;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;

/**
 * The small web server phones vote through. It listens on one chosen address only, and only
 * between {@link #open} and {@link #close}; it serves the ballot page and its requests and nothing
 * else. Skeleton of the API the workshop side codes against; the server lane fills it in.
 */
public final class PhoneServer implements AutoCloseable {
    /** Port tried first; the next free one is taken when it is busy. */
    public static final int PREFERRED_PORT = 8123;

    /** What the facilitator's screens hear from the server, on the server's threads (hop to FX yourself). */
    public interface Events {
        /** A phone has loaded the ballot page (for "Test with one phone"). */
        void phoneReached();

        /** A ballot was stored or changed; the open round now has this many ballots. */
        void ballotsChanged(int ballotsIn);
    }

    private PhoneServer() {
    }

    /** Starts listening on {@code address} (a test passes 127.0.0.1); port 0 means {@link #PREFERRED_PORT} or the next free one. */
    public static PhoneServer open(InetAddress address, int port, BallotBox box, Events events) throws IOException {
        throw new UnsupportedOperationException("phone server not built yet");
    }

    /** The short address people type, e.g. {@code http://192.168.1.23:8123}. */
    public URI address() {
        throw new UnsupportedOperationException();
    }

    /** The address in the QR code: the ballot page with the round's random token in it. */
    public URI ballotLink() {
        throw new UnsupportedOperationException();
    }

    /** The short code a person who typed the address enters instead of the token. */
    public String roomCode() {
        throw new UnsupportedOperationException();
    }

    public boolean isOpen() {
        throw new UnsupportedOperationException();
    }

    /** Stops listening at once; every later request (and the token) is refused. Safe to call twice. */
    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }
}
