package org.hurdleboard.phone;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The small web server phones vote through. It listens on one chosen address only, and only
 * between {@link #open} and {@link #close}; it serves the ballot page and its requests and nothing
 * else. Built on Jetty's core: headers are parsed without holding a thread (a slow phone costs a
 * socket, not the server), with a bounded pool and queue, idle timeout, header, body, connection and
 * per-client rate limits ({@link PhoneLimits}). Nothing it sees of a phone is logged or stored.
 */
public final class PhoneServer implements AutoCloseable {
    /** Port tried first; the next free one is taken when it is busy. */
    public static final int PREFERRED_PORT = 8123;
    /** How many ports after the preferred one are tried before giving up. */
    static final int PORTS_TRIED = 20;
    /** Any free port the system gives: for tests, which must not depend on 8123 being free. */
    static final int ANY_PORT = -1;

    /** What the facilitator's screens hear from the server, on the server's threads (hop to FX yourself). */
    public interface Events {
        /** A phone has loaded the ballot page (for "Test with one phone"). */
        void phoneReached();

        /** A ballot was stored or changed; the open round now has this many ballots. */
        void ballotsChanged(int ballotsIn);
    }

    private final Server server;
    private final RateLimit rateLimit;
    private final RoundKeys keys;
    private final URI address;
    private volatile boolean open = true;

    private PhoneServer(Server server, RateLimit rateLimit, RoundKeys keys, URI address) {
        this.server = server;
        this.rateLimit = rateLimit;
        this.keys = keys;
        this.address = address;
    }

    /** Starts listening on {@code address} (a test passes 127.0.0.1); port 0 means {@link #PREFERRED_PORT} or the next free one. */
    public static PhoneServer open(InetAddress address, int port, BallotBox box, Events events) throws IOException {
        return open(address, port, ServerKeys.fresh(), box, events, PhoneLimits.ROOM);
    }

    /**
     * As {@link #open(InetAddress, int, BallotBox, Events)} with the round's own keys; with port 0
     * the port they last listened on is tried first, so the link on the wall still works.
     */
    public static PhoneServer open(InetAddress address, int port, ServerKeys keys, BallotBox box, Events events)
            throws IOException {
        return open(address, port, keys, box, events, PhoneLimits.ROOM);
    }

    static PhoneServer open(InetAddress address, int port, BallotBox box, Events events, PhoneLimits limits)
            throws IOException {
        return open(address, port, ServerKeys.fresh(), box, events, limits);
    }

    static PhoneServer open(InetAddress address, int port, ServerKeys roundKeys, BallotBox box, Events events,
            PhoneLimits limits) throws IOException {
        Objects.requireNonNull(roundKeys, "roundKeys");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(events, "events");
        QueuedThreadPool threads = new QueuedThreadPool(PhoneLimits.THREADS, 2, 30_000,
                new BlockingArrayQueue<>(PhoneLimits.QUEUED_REQUESTS));
        threads.setName("phone-server");
        threads.setDaemon(true);
        // daemon threads only: a server left open must never keep the app's process alive
        Server server = new Server(threads, new ScheduledExecutorScheduler("phone-server-timer", true), null);
        server.setStopTimeout(0);
        server.setStopAtShutdown(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http()));
        connector.setHost(address.getHostAddress());
        connector.setIdleTimeout(limits.idleMillis());
        // the system's default backlog (50) makes the 51st phone of a room that scans at once wait a second for a retry
        connector.setAcceptQueueSize(PhoneLimits.CONNECTIONS);
        bind(connector, port, roundKeys.lastPort());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(PhoneLimits.CONNECTIONS, connector));

        String host = host(address) + ":" + connector.getLocalPort();
        RoundKeys keys = new RoundKeys(roundKeys);
        RateLimit rateLimit = new RateLimit(limits.burst(), limits.perSecond(), System::nanoTime);
        PhonePage page = new PhonePage();
        Replies replies = new Replies(page.securityPolicy());
        server.setErrorHandler(new PlainErrors(page, replies));
        server.setHandler(new PhoneRoutes(box, events, keys, rateLimit, page, replies, host));
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new IOException("the phone server could not start on " + host + ": " + e.getMessage(), e);
        }
        return new PhoneServer(server, rateLimit, keys, URI.create("http://" + host));
    }

    private static HttpConfiguration http() {
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(PhoneLimits.HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(false);
        return http;
    }

    private static void bind(ServerConnector connector, int port, int lastUsed) throws IOException {
        if (port != 0) {
            connector.setPort(port == ANY_PORT ? 0 : port);
            connector.open();
            return;
        }
        if (lastUsed > 0) {
            try {
                connector.setPort(lastUsed);
                connector.open();
                return;
            } catch (IOException busy) {
                // taken meanwhile: the room code still works on the new port
            }
        }
        IOException last = null;
        for (int candidate = PREFERRED_PORT; candidate < PREFERRED_PORT + PORTS_TRIED; candidate++) {
            try {
                connector.setPort(candidate);
                connector.open();
                return;
            } catch (IOException busy) {
                last = busy;
            }
        }
        throw last;
    }

    private static String host(InetAddress address) {
        String text = address.getHostAddress();
        return address instanceof Inet6Address ? "[" + text.replaceFirst("%.*$", "") + "]" : text;
    }

    /** The short address people type, e.g. {@code http://192.168.1.23:8123}. */
    public URI address() {
        return address;
    }

    /** The address in the QR code: the ballot page with the round's random token in it. */
    public URI ballotLink() {
        return URI.create(address + "/v/" + keys.token());
    }

    /** The short code a person who typed the address enters instead of the token. */
    public String roomCode() {
        return keys.roomCode();
    }

    public boolean isOpen() {
        return open;
    }

    /** Stops listening at once; every later request (and the token) is refused. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (!open) {
            return;
        }
        open = false;
        stopQuietly(server);
        rateLimit.forgetAll();
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // stopping a server that failed half-way: nothing more to free
        }
    }
}
