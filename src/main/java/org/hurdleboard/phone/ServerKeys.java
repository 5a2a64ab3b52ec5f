package org.hurdleboard.phone;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * What a round's server is opened with: the token in the QR link, the room code, the secret that
 * signs ballot ids (see {@link RoundKeys}) and the port it last listened on (0: none yet). The
 * workshop keeps them with the round, so a server opened again for the same round knows its phones.
 */
public record ServerKeys(String token, String roomCode, String secret, int lastPort) {
    /** No 0/O, 1/I/L: read off a projector from the back of a room without a doubt. */
    static final String CODE_LETTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 6;
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    public ServerKeys {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(roomCode, "roomCode");
        Objects.requireNonNull(secret, "secret");
    }

    /** New keys for a round: 24 random bytes of token, a 6-letter code and a 32-byte secret. */
    public static ServerKeys fresh() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        return new ServerKeys(randomText(24), code.toString(), randomText(32), 0);
    }

    /** Random bytes as URL-safe text. */
    static String randomText(int bytes) {
        byte[] out = new byte[bytes];
        RANDOM.nextBytes(out);
        return URL_SAFE.encodeToString(out);
    }

    /** Never the secrets themselves. */
    @Override
    public String toString() {
        return "ServerKeys[lastPort=" + lastPort + "]";
    }
}
