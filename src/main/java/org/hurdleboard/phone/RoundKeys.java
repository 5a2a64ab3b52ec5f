package org.hurdleboard.phone;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets of one round's voting by phone, as the server uses them: the token in the QR link,
 * the short room code, and the key that signs ballot ids. A ballot id is a random part and its
 * HMAC, so the server can tell its own ids from forged ones without keeping a list. They are the
 * round's {@link ServerKeys}, kept with the round while it is open, so a server started again for
 * the same round (after a restart or a crash) knows its phones; a test's server makes fresh ones.
 */
final class RoundKeys {
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final String token;
    private final String roomCode;
    private final SecretKeySpec ballotKey;

    RoundKeys() {
        this(ServerKeys.fresh());
    }

    RoundKeys(ServerKeys keys) {
        token = keys.token();
        roomCode = keys.roomCode();
        ballotKey = new SecretKeySpec(keys.secret().getBytes(StandardCharsets.US_ASCII), "HmacSHA256");
    }

    String token() {
        return token;
    }

    String roomCode() {
        return roomCode;
    }

    /** Compared in constant time, so the answer's timing tells nothing of the token. */
    boolean isToken(String candidate) {
        return sameText(token, candidate);
    }

    /** Upper case and without spaces, as people type what they read. */
    boolean isRoomCode(String typed) {
        String tidy = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return sameText(roomCode, tidy);
    }

    String newBallotId() {
        String part = ServerKeys.randomText(16);
        return part + "." + sign(part);
    }

    /** The id when it is one these keys made; empty for anything forged, another round's or malformed. */
    Optional<String> checkBallotId(String candidate) {
        if (candidate == null || candidate.length() > 80) {
            return Optional.empty();
        }
        int dot = candidate.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String part = candidate.substring(0, dot);
        return sameText(sign(part), candidate.substring(dot + 1)) ? Optional.of(candidate) : Optional.empty();
    }

    private String sign(String part) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(ballotKey);
            byte[] full = mac.doFinal(part.getBytes(StandardCharsets.US_ASCII));
            return URL_SAFE.encodeToString(Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static boolean sameText(String expected, String candidate) {
        return candidate != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }
}
