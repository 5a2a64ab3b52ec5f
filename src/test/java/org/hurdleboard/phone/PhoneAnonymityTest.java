package org.hurdleboard.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Anonymous by construction: while the box holds other phones' ballots and known counts, no byte
 * the server sends a phone names another ballot or gives any count.
 */
class PhoneAnonymityTest {
    private static final int OTHERS = 271;

    @Test
    void noResponseContainsAnotherBallotOrAnyCount() throws IOException {
        BallotPaper paper = FakeBallotBox.dots(400);
        try (FakeBallotBox box = new FakeBallotBox(paper)) {
            Random random = new Random(18);
            List<Integer> cards = List.of(1, 2, 3, 33, 34, 35);
            for (int i = 0; i < OTHERS; i++) {
                Map<Integer, Integer> dots = new TreeMap<>();
                for (int dot = 0; dot < 5; dot++) {
                    int card = cards.get(random.nextInt(cards.size()));
                    if (dots.getOrDefault(card, 0) < 2) {
                        dots.merge(card, 1, Integer::sum);
                    }
                }
                box.holdOther("other-ballot-" + i, dots);
            }
            PhoneServer server = PhoneServer.open(PhoneServerTest.LOOPBACK, PhoneServer.ANY_PORT, box, quiet());
            try {
                List<byte[]> toA = new ArrayList<>();
                List<byte[]> toB = new ArrayList<>();
                String cookieA = run(server, 1, "{\"dots\":{\"1\":2}}", toA);
                String cookieB = run(server, 2, "{\"dots\":{\"2\":1,\"34\":2,\"35\":2}}", toB);
                run(server, 1, "{\"dots\":{\"1\":2,\"3\":1}}", toA, cookieA);

                assertThat(box.ballots()).hasSize(OTHERS + 2);
                List<String> counts = new ArrayList<>();
                for (int card : cards) {
                    counts.add(String.valueOf(box.ballots().values().stream().mapToInt(b -> b.getOrDefault(card, 0)).sum()));
                }
                counts.add(String.valueOf(box.ballotsIn()));
                counts.add(String.valueOf(box.ballotsIn() - 1));
                assertNoneContains(toA, counts, List.of("other-ballot-", value(cookieB), "\"34\":2"));
                assertNoneContains(toB, counts, List.of("other-ballot-", value(cookieA), "\"1\":2"));
            } finally {
                server.close();
            }
        }
    }

    /** One phone's whole visit: the room-code form, the code, the page, the paper, a cast, a poll, a mistake. */
    private static String run(PhoneServer server, int client, String ballot, List<byte[]> raw, String... cookie)
            throws IOException {
        LoopbackHttp http = LoopbackHttp.from(server.address(), client);
        String link = server.ballotLink().getPath();
        String known = cookie.length > 0 ? cookie[0] : null;
        List<LoopbackHttp.Reply> replies = new ArrayList<>();
        replies.add(http.get("/", known));
        replies.add(http.get("/join?code=" + server.roomCode(), known));
        replies.add(http.get(link, known));
        LoopbackHttp.Reply paper = http.get(link + "/paper", known);
        replies.add(paper);
        String ballotCookie = known != null ? known : paper.header("Set-Cookie").split(";")[0];
        replies.add(http.post(link + "/cast", ballotCookie, ballot));
        replies.add(http.get(link + "/paper", ballotCookie));
        replies.add(http.get(link + "/state", ballotCookie));
        replies.add(http.post(link + "/cast", ballotCookie, "{\"dots\":{\"1\":1000}}"));
        replies.add(http.get("/favicon.ico", ballotCookie));
        assertThat(replies).extracting(LoopbackHttp.Reply::status).containsExactly(200, 303, 200, 200, 200, 200, 200, 422, 404);
        replies.forEach(reply -> raw.add(reply.raw()));
        return ballotCookie;
    }

    private static void assertNoneContains(List<byte[]> responses, List<String> counts, List<String> others) {
        for (byte[] response : responses) {
            String text = new String(response, StandardCharsets.UTF_8);
            for (String count : counts) {
                assertThat(Pattern.compile("(?<![0-9.])" + count + "(?![0-9])").matcher(text).find())
                        .as("a response holds the count " + count + ":\n" + text).isFalse();
            }
            for (String other : others) {
                assertThat(text).doesNotContain(other);
            }
        }
    }

    private static String value(String cookie) {
        return cookie.substring(cookie.indexOf('=') + 1);
    }

    private static PhoneServer.Events quiet() {
        return new PhoneServer.Events() {
            @Override
            public void phoneReached() {
            }

            @Override
            public void ballotsChanged(int ballotsIn) {
            }
        };
    }
}
