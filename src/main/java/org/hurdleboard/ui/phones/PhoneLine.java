package org.hurdleboard.ui.phones;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import org.hurdleboard.domain.PhoneKeys;
import org.hurdleboard.phone.BallotBox;
import org.hurdleboard.phone.PhoneServer;
import org.hurdleboard.phone.ServerKeys;

/**
 * The phone server as the facilitator's screens use it: started on one address, with the
 * addresses to show, and stopped. The app's is {@link PhoneServer}; a test may start a fake.
 */
public interface PhoneLine extends AutoCloseable {
    /** The short address people type. */
    URI address();

    /** The ballot page with the round's token, for the QR code. */
    URI ballotLink();

    String roomCode();

    @Override
    void close();

    /** Starts a server with the round's keys; called off the FX thread. */
    interface Starter {
        PhoneLine start(InetAddress address, PhoneKeys keys, BallotBox box, PhoneServer.Events events)
                throws IOException;
    }

    /** New keys for a round, as the phone server makes them. */
    static PhoneKeys freshKeys() {
        ServerKeys fresh = ServerKeys.fresh();
        return new PhoneKeys(fresh.token(), fresh.roomCode(), fresh.secret(), 0);
    }

    /** The app's server, on the round's last port, else {@link PhoneServer#PREFERRED_PORT} or the next free port. */
    static Starter server() {
        return (address, keys, box, events) -> {
            PhoneServer server = PhoneServer.open(address, 0,
                    new ServerKeys(keys.token(), keys.roomCode(), keys.secret(), keys.port()), box, events);
            return new PhoneLine() {
                @Override
                public URI address() {
                    return server.address();
                }

                @Override
                public URI ballotLink() {
                    return server.ballotLink();
                }

                @Override
                public String roomCode() {
                    return server.roomCode();
                }

                @Override
                public void close() {
                    server.close();
                }
            };
        };
    }
}
