package org.hurdleboard.ui.phones;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import org.hurdleboard.phone.BallotBox;
import org.hurdleboard.phone.PhoneServer;

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

    /** Starts a server; called off the FX thread. */
    interface Starter {
        PhoneLine start(InetAddress address, BallotBox box, PhoneServer.Events events) throws IOException;
    }

    /** The app's server, on {@link PhoneServer#PREFERRED_PORT} or the next free port. */
    static Starter server() {
        return (address, box, events) -> {
            PhoneServer server = PhoneServer.open(address, 0, box, events);
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
