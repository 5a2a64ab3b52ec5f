package org.hurdleboard.ui.flows;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One phone in a flow test: its own cookies, the JDK's HttpClient, and the laptop on loopback only. */
final class LoopbackPhone {
    private final URI link;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    LoopbackPhone(String ballotLink) {
        this.link = URI.create(ballotLink);
        if (!"127.0.0.1".equals(link.getHost())) {
            throw new IllegalArgumentException("tests reach the server on loopback only: " + ballotLink);
        }
    }

    /**
     * A phone whose person typed the address and the room code as read off the wall: the link the
     * laptop sends it on to, or empty when the code is not the open round's.
     */
    static java.util.Optional<String> linkFromRoomCode(String address, String typedCode) throws IOException {
        LoopbackPhone typing = new LoopbackPhone(address);
        HttpResponse<String> answer = typing.get(URI.create(address + "/join?code="
                + java.net.URLEncoder.encode(typedCode, java.nio.charset.StandardCharsets.UTF_8)));
        return answer.statusCode() == 303 ? answer.headers().firstValue("Location").map(path -> address + path)
                : java.util.Optional.empty();
    }

    /** Loads the page and its ballot paper, as a phone that scanned the code does. */
    HttpResponse<String> open() throws IOException {
        get(link);
        return get(URI.create(link + "/paper"));
    }

    /** Sends a ballot (card number to dots) and returns the server's answer. */
    HttpResponse<String> cast(Map<Integer, Integer> dots) throws IOException {
        String body = new TreeMap<>(dots).entrySet().stream().map(dot -> "\"" + dot.getKey() + "\":" + dot.getValue())
                .collect(Collectors.joining(",", "{\"dots\":{", "}}"));
        return send(HttpRequest.newBuilder(URI.create(link + "/cast")).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> get(URI uri) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
