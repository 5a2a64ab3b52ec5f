package org.hurdleboard.phone;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One phone as the server sees it: its own cookies, the JDK's HttpClient, loopback only. */
final class TestPhone {
    private final URI link;
    private final HttpClient client;

    TestPhone(URI ballotLink) {
        if (!ballotLink.getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("tests reach the server on loopback only");
        }
        this.link = ballotLink;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpResponse<String> page() throws IOException {
        return get(link);
    }

    HttpResponse<String> paper() throws IOException {
        return get(URI.create(link + "/paper"));
    }

    HttpResponse<String> state() throws IOException {
        return get(URI.create(link + "/state"));
    }

    HttpResponse<String> cast(String json) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(link + "/cast")).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> get(URI uri) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    HttpClient client() {
        return client;
    }
}
