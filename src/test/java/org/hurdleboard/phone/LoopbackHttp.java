package org.hurdleboard.phone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.1 client over a socket, for what the JDK's HttpClient will not do: send any bytes
 * (broken paths, absolute forms, huge headers), keep the raw bytes of the answer, and come from a
 * chosen loopback address (127.0.0.2, 127.0.0.3, ...) so a test or the bench has many clients, each
 * with its own rate limit. It only ever connects to the loopback server it is given.
 */
public final class LoopbackHttp {
    private final InetSocketAddress server;
    private final InetAddress from;

    public LoopbackHttp(URI server, InetAddress from) {
        if (!from.isLoopbackAddress() || !server.getHost().equals("127.0.0.1")) {
            throw new IllegalArgumentException("tests reach the server on loopback only");
        }
        this.server = new InetSocketAddress(server.getHost(), server.getPort());
        this.from = from;
    }

    /** A client from 127.0.0.N. */
    public static LoopbackHttp from(URI server, int n) throws IOException {
        return new LoopbackHttp(server, InetAddress.getByAddress(new byte[] {127, 0, (byte) (n >> 8), (byte) n}));
    }

    /** An answer: its raw bytes as they came over the wire, and the parts a test reads. */
    public record Reply(byte[] raw, int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    public Reply get(String path, String cookie) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + host() + "\r\n"
                + (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "Connection: close\r\n\r\n");
    }

    public Reply post(String path, String cookie, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return send("POST " + path + " HTTP/1.1\r\nHost: " + host() + "\r\n"
                + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n" + json);
    }

    public String host() {
        return server.getHostString() + ":" + server.getPort();
    }

    /** Sends the request as written and reads until the server closes the connection. */
    public Reply send(String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(server, 5_000);
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    /** Opens a connection for a test that writes slowly; the caller closes it. */
    public Socket connect() throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(server, 5_000);
        return socket;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    static Reply parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Reply(raw, -1, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(), (a, b) -> a + "\n" + b);
        }
        return new Reply(raw, status, headers, text.substring(end + 4));
    }
}
