package org.hurdleboard.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The phone server as a phone meets it, on 127.0.0.1 with an in-memory ballot box. */
class PhoneServerTest {
    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private FakeBallotBox box;
    private PhoneServer server;
    private final AtomicInteger reached = new AtomicInteger();
    private final List<Integer> ballotCounts = new CopyOnWriteArrayList<>();
    private final List<String> eventThreads = new CopyOnWriteArrayList<>();
    private final PhoneServer.Events events = new PhoneServer.Events() {
        @Override
        public void phoneReached() {
            reached.incrementAndGet();
            eventThreads.add(Thread.currentThread().getName());
        }

        @Override
        public void ballotsChanged(int ballotsIn) {
            ballotCounts.add(ballotsIn);
            eventThreads.add(Thread.currentThread().getName());
        }
    };

    @BeforeEach
    void open() throws IOException {
        box = new FakeBallotBox(FakeBallotBox.dots(3));
        server = PhoneServer.open(LOOPBACK, PhoneServer.ANY_PORT, box, events);
    }

    @AfterEach
    void close() {
        server.close();
        box.close();
    }

    @Test
    void aPhoneLoadsThePaperVotesAndAReloadGetsTheSameBallotNotMoreDots() throws IOException {
        TestPhone phone = new TestPhone(server.ballotLink());
        assertThat(phone.page().statusCode()).isEqualTo(200);
        HttpResponse<String> paper = phone.paper();
        assertThat(paper.body()).contains("Which hurdles block us most?", "Internet Access", "#1f6feb",
                "\"dotsEach\":5", "\"maxPerCard\":2", "\"mine\":{}");
        assertThat(paper.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("HttpOnly", "SameSite=Strict", "Path=" + server.ballotLink().getPath());

        assertThat(phone.cast("{\"dots\":{\"1\":2,\"33\":1}}").body()).contains("STORED");
        assertThat(phone.paper().body()).contains("\"mine\":{\"1\":2,\"33\":1}");
        assertThat(phone.cast("{\"dots\":{\"2\":1}}").statusCode()).isEqualTo(200);

        assertThat(box.ballots()).hasSize(1).containsValue(Map.of(2, 1));
        assertThat(ballotCounts).containsExactly(1, 1);
        assertThat(reached).hasValue(1);
        assertThat(eventThreads).allMatch(name -> name.startsWith("phone-server"));
    }

    @Test
    void theBareAddressAsksForTheRoomCodeWhichLeadsToTheBallotPage() throws IOException {
        TestPhone phone = new TestPhone(server.ballotLink());
        HttpResponse<String> form = phone.get(server.address());
        assertThat(form.body()).contains("Room code", "Ymuno â'r bleidlais", "action=\"/join\"");

        String typed = server.roomCode().toLowerCase(java.util.Locale.ROOT);
        HttpResponse<String> join = phone.get(URI.create(server.address() + "/join?code=" + typed));
        assertThat(join.statusCode()).isEqualTo(303);
        assertThat(join.headers().firstValue("Location")).hasValue(server.ballotLink().getPath());

        HttpResponse<String> wrong = phone.get(URI.create(server.address() + "/join?code=ZZZZZZ"));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).contains("This vote is closed");
    }

    @Test
    void theRoomCodeIsSixCharactersThatCannotBeMisread() {
        assertThat(server.roomCode()).hasSize(6).matches("[2-9A-HJKMNP-Z]{6}");
        assertThat(server.ballotLink().getPath()).matches("/v/[A-Za-z0-9_-]{22,}");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNothingAboutTheServer() throws IOException {
        LoopbackHttp http = LoopbackHttp.from(server.address(), 1);
        String token = server.ballotLink().getPath();
        List<LoopbackHttp.Reply> replies = List.of(http.get(token, null), http.get(token + "/paper", null),
                http.get("/", null), http.get("/nothing", null), http.get("/v/%2e%2e/x", null),
                http.send("GET / HTTP/1.1\r\nHost: " + http.host() + "\r\nX-Big: " + "a".repeat(8000) + "\r\n\r\n"));
        assertThat(replies).extracting(LoopbackHttp.Reply::status).containsExactly(200, 200, 200, 404, 400, 431);
        for (LoopbackHttp.Reply reply : replies) {
            assertThat(reply.header("Content-Security-Policy")).startsWith("default-src 'none'")
                    .doesNotContain("http:", "https:", "unsafe");
            assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(reply.header("Server")).isNull();
            assertThat(reply.body()).doesNotContainIgnoringCase("jetty");
        }
    }

    @Test
    void oversizedBodiesAreRefusedAndNothingIsStored() throws IOException {
        TestPhone phone = new TestPhone(server.ballotLink());
        phone.paper();
        String huge = "{\"dots\":{\"1\":1}" + " ".repeat(5000) + "}";
        assertThat(phone.cast(huge).statusCode()).isEqualTo(413);

        LoopbackHttp http = LoopbackHttp.from(server.address(), 1);
        String cookie = cookieOf(phone);
        String chunked = Integer.toHexString(5000) + "\r\n" + "x".repeat(5000) + "\r\n0\r\n\r\n";
        LoopbackHttp.Reply reply = http.send("POST " + server.ballotLink().getPath() + "/cast HTTP/1.1\r\nHost: "
                + http.host() + "\r\nCookie: " + cookie + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + chunked);
        assertThat(reply.status()).isEqualTo(413);
        assertNothingStoredAndStillAnswering(phone);
    }

    @Test
    void malformedBallotsAreRefusedWithoutReachingTheBox() throws IOException {
        TestPhone phone = new TestPhone(server.ballotLink());
        phone.paper();
        for (String bad : List.of("", "not json", "{\"dots\":{\"1\":1}} trailing", "[1,2]", "{\"dots\":[1]}",
                "{\"dots\":{\"1\":1.5}}", "{\"dots\":{\"1\":\"1\"}}", "{\"dots\":{\"1\":1,\"1\":1}}",
                "{\"dots\":{\"x\":1}}", "{\"dots\":{\"1\":{\"a\":{\"b\":1}}}}", "{\"dots\":{},\"id\":\"other\"}",
                "{\"dots\":{\"1\":99999999999}}", "{\"dots\":{\"01\":1}}", "{\"dots\":{\"1\":1} // note\n}")) {
            assertThat(phone.cast(bad).statusCode()).as(bad).isEqualTo(400);
        }
        assertNothingStoredAndStillAnswering(phone);
    }

    @Test
    void ballotsAgainstTheRulesAreRefusedWithoutReachingTheBox() throws IOException {
        TestPhone phone = new TestPhone(server.ballotLink());
        phone.paper();
        for (String bad : List.of("{\"dots\":{\"4\":1}}", "{\"dots\":{\"51\":1}}", "{\"dots\":{\"1\":1000}}",
                "{\"dots\":{\"1\":3}}", "{\"dots\":{\"1\":2,\"2\":2,\"3\":2}}", "{\"dots\":{\"1\":-1}}")) {
            HttpResponse<String> reply = phone.cast(bad);
            assertThat(reply.statusCode()).as(bad).isEqualTo(422);
            assertThat(reply.body()).contains("NOT_ALLOWED");
        }
        assertNothingStoredAndStillAnswering(phone);
    }

    @Test
    void pathsThatReachForFilesAreRefusedAndServeNothingOfTheLaptop() throws IOException {
        LoopbackHttp http = LoopbackHttp.from(server.address(), 1);
        String token = server.ballotLink().getPath();
        for (String path : List.of("/../pom.xml", "/%2e%2e/pom.xml", "/v/%2e%2e/%2e%2e/pom.xml", token + "/../../pom.xml",
                token + "/%2e%2e/paper", "//etc/passwd", "/etc/passwd", "/pom.xml", "/src/", "/org/hurdleboard/phone/page.js",
                "/v/", token + "/", token + "/paper/x", "/%00", "/v/" + token.substring(3) + "%2fpaper")) {
            LoopbackHttp.Reply reply = http.get(path, null);
            assertThat(reply.status()).as(path).isIn(400, 404);
            assertThat(reply.body()).as(path).doesNotContain("<project", "root:", "(function");
        }
        LoopbackHttp.Reply absolute = http.send("GET http://127.0.0.1/etc/passwd HTTP/1.1\r\nHost: " + http.host()
                + "\r\nConnection: close\r\n\r\n");
        assertThat(absolute.status()).isIn(400, 404);
        assertThat(http.get(token, null).status()).isEqualTo(200);
    }

    @Test
    void afterCloseConnectionsAreRefusedAndASecondOpenHasANewTokenAndCode() throws IOException {
        URI oldLink = server.ballotLink();
        String oldCode = server.roomCode();
        TestPhone phone = new TestPhone(oldLink);
        phone.paper();
        server.close();
        server.close();
        assertThat(server.isOpen()).isFalse();
        assertThatThrownBy(phone::page).isInstanceOf(ConnectException.class);

        server = PhoneServer.open(LOOPBACK, oldLink.getPort(), box, events);
        assertThat(server.ballotLink()).isNotEqualTo(oldLink);
        assertThat(server.roomCode()).isNotEqualTo(oldCode);
        HttpResponse<String> old = phone.page();
        assertThat(old.statusCode()).isEqualTo(404);
        assertThat(old.body()).contains("This vote is closed");
        assertThat(phone.cast("{\"dots\":{\"1\":1}}").statusCode()).isEqualTo(404);
        assertThat(box.casts()).isZero();
    }

    @Test
    void tenThousandRequestsFromOneClientGetTooManyRequestsWhileOtherPhonesAreServed() throws Exception {
        LoopbackHttp flood = LoopbackHttp.from(server.address(), 1);
        String paper = server.ballotLink().getPath() + "/paper";
        int refused = 0;
        try (java.net.Socket socket = flood.connect()) {
            socket.setSoTimeout(15_000);
            String request = "GET " + paper + " HTTP/1.1\r\nHost: " + flood.host() + "\r\n\r\n";
            java.io.OutputStream out = socket.getOutputStream();
            java.io.InputStream in = new java.io.BufferedInputStream(socket.getInputStream());
            for (int sent = 0; sent < 10_000; sent += 100) {
                out.write(request.repeat(100).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
                refused += readStatuses(in, 100);
            }
        }
        assertThat(refused).isGreaterThan(9_000);
        LoopbackHttp other = LoopbackHttp.from(server.address(), 2);
        assertThat(other.get(paper, null).status()).isEqualTo(200);
        assertThat(box.casts()).isZero();
    }

    /** Reads {@code count} pipelined answers; returns how many were 429. */
    private static int readStatuses(java.io.InputStream in, int count) throws IOException {
        int refused = 0;
        for (int i = 0; i < count; i++) {
            String status = line(in);
            int length = 0;
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            in.readNBytes(length);
            if (status.contains(" 429 ")) {
                refused++;
            }
        }
        return refused;
    }

    private static String line(java.io.InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new java.io.EOFException("the server closed the connection");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Test
    void aForgedOrMissingBallotIdIsRefused() throws IOException {
        LoopbackHttp http = LoopbackHttp.from(server.address(), 1);
        String cast = server.ballotLink().getPath() + "/cast";
        String ballot = "{\"dots\":{\"1\":1}}";
        assertThat(http.post(cast, null, ballot).status()).isEqualTo(403);
        assertThat(http.post(cast, "hb_ballot=made-up.byhand", ballot).status()).isEqualTo(403);
        String real = new RoundKeys().newBallotId();
        assertThat(http.post(cast, "hb_ballot=" + real, ballot).status()).as("an id signed by another opening").isEqualTo(403);
        assertThat(box.casts()).isZero();
    }

    @Test
    void aCastFromAnotherSiteOrNotAsJsonIsRefused() throws IOException {
        TestPhone phone = new TestPhone(server.ballotLink());
        phone.paper();
        LoopbackHttp http = LoopbackHttp.from(server.address(), 1);
        String cast = server.ballotLink().getPath() + "/cast";
        String body = "{\"dots\":{\"1\":1}}";
        String head = "POST " + cast + " HTTP/1.1\r\nHost: " + http.host() + "\r\nCookie: " + cookieOf(phone)
                + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n";
        assertThat(http.send(head + "Content-Type: text/plain\r\n\r\n" + body).status()).isEqualTo(415);
        assertThat(http.send(head + "Content-Type: application/json\r\nOrigin: http://evil.example\r\n\r\n" + body)
                .status()).isEqualTo(403);
        assertThat(http.send(head.replace(http.host(), "evil.example") + "Content-Type: application/json\r\n\r\n" + body)
                .status()).isEqualTo(400);
        assertThat(box.casts()).isZero();
    }

    @Test
    void moreBallotsThanTheRoundAllowsAreRefusedAsFull() throws IOException {
        for (int i = 0; i < 3; i++) {
            TestPhone phone = new TestPhone(server.ballotLink());
            phone.paper();
            assertThat(phone.cast("{\"dots\":{\"1\":1}}").statusCode()).isEqualTo(200);
        }
        TestPhone fourth = new TestPhone(server.ballotLink());
        fourth.paper();
        HttpResponse<String> full = fourth.cast("{\"dots\":{\"1\":1}}");
        assertThat(full.statusCode()).isEqualTo(409);
        assertThat(full.body()).contains("FULL");
        assertThat(box.ballots()).hasSize(3);
    }

    @Test
    void whenTheWorkshopClosesTheRoundThePageSaysClosedAndCastsAreRefused() throws IOException {
        TestPhone phone = new TestPhone(server.ballotLink());
        phone.paper();
        box.closeRound();
        assertThat(phone.state().body()).isEqualTo("{\"open\":false}");
        assertThat(phone.page().body()).contains("This vote is closed");
        assertThat(phone.cast("{\"dots\":{\"1\":1}}").statusCode()).isEqualTo(410);
        assertThat(box.ballots()).isEmpty();
    }

    @Test
    void aSaveTheWorkshopCannotMakeIsReportedSoThePhoneTriesAgain() throws IOException {
        TestPhone phone = new TestPhone(server.ballotLink());
        phone.paper();
        box.answer(CastResult.NOT_SAVED);
        HttpResponse<String> reply = phone.cast("{\"dots\":{\"1\":1}}");
        assertThat(reply.statusCode()).isEqualTo(503);
        assertThat(reply.body()).contains("NOT_SAVED");
        assertThat(ballotCounts).isEmpty();
    }

    @Test
    void slowHeadersAreCutOffAndDoNotHoldTheServer() throws Exception {
        server.close();
        server = PhoneServer.open(LOOPBACK, PhoneServer.ANY_PORT, box, events, new PhoneLimits(300, 60, 3));
        LoopbackHttp slow = LoopbackHttp.from(server.address(), 1);
        List<java.net.Socket> sockets = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                java.net.Socket socket = slow.connect();
                socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + slow.host() + "\r\nX-Slow: a")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                sockets.add(socket);
            }
            assertThat(LoopbackHttp.from(server.address(), 2).get(server.ballotLink().getPath(), null).status())
                    .isEqualTo(200);
            for (java.net.Socket socket : sockets) {
                socket.setSoTimeout(10_000);
                assertThat(socket.getInputStream().read()).as("the server hung up on the stalled request").isEqualTo(-1);
            }
        } finally {
            for (java.net.Socket socket : sockets) {
                socket.close();
            }
        }
    }

    private void assertNothingStoredAndStillAnswering(TestPhone phone) throws IOException {
        assertThat(box.casts()).isZero();
        assertThat(box.ballots()).isEmpty();
        assertThat(phone.state().statusCode()).isEqualTo(200);
    }

    private static String cookieOf(TestPhone phone) {
        java.net.CookieManager cookies = (java.net.CookieManager) phone.client().cookieHandler().orElseThrow();
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(PhoneRoutes.COOKIE))
                .map(c -> c.getName() + "=" + c.getValue()).findFirst().orElseThrow();
    }
}
