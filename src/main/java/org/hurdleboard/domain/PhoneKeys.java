package org.hurdleboard.domain;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The keys of one round's voting by phone: the token in the QR link, the short room code, the
 * secret that signs each phone's ballot id, and the port the server last listened on (0 before it
 * first did). Made (by the phone server, at random) when the round is first opened to phones and
 * kept with the round until its voting closes, so a round reopened after the app was closed or
 * crashed keeps its link, its room code and its phones' ballots.
 */
public record PhoneKeys(String token, String roomCode, String secret, int port) {
    /** Where a round's keys are kept: the session file, or memory for a session that has none. */
    public interface Safe {
        /** The round's keys; {@code fresh} ones are made and kept the first time. May wait for the disk. */
        PhoneKeys keysFor(int roundId, Supplier<PhoneKeys> fresh);

        /** The server of the round now listens on this port: the next opening tries it first. */
        void usedPort(int roundId, int port);
    }

    public PhoneKeys {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(roomCode, "roomCode");
        Objects.requireNonNull(secret, "secret");
        if (token.length() < 16 || roomCode.length() != 6 || secret.length() < 32 || port < 0 || port > 65_535) {
            throw new IllegalArgumentException("not the keys of a round's voting by phone");
        }
    }

    public PhoneKeys withPort(int newPort) {
        return new PhoneKeys(token, roomCode, secret, newPort);
    }

    /** Never the secrets themselves: a log line or an assertion message must not carry them. */
    @Override
    public String toString() {
        return "PhoneKeys[port=" + port + "]";
    }

    /** Keys kept in memory only, for a workshop with no file. */
    public static Safe inMemory() {
        Map<Integer, PhoneKeys> kept = new ConcurrentHashMap<>();
        return new Safe() {
            @Override
            public PhoneKeys keysFor(int roundId, Supplier<PhoneKeys> fresh) {
                return kept.computeIfAbsent(roundId, round -> fresh.get());
            }

            @Override
            public void usedPort(int roundId, int port) {
                kept.computeIfPresent(roundId, (round, keys) -> keys.withPort(port));
            }
        };
    }
}
