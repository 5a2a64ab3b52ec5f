package org.hurdleboard.phone;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes every answer the server gives, each with the same security headers, whatever its status. */
final class Replies {
    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    private final String securityPolicy;

    Replies(String securityPolicy) {
        this.securityPolicy = securityPolicy;
    }

    void send(Response response, Callback callback, int status, String contentType, String body) {
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        secure(headers);
        headers.put(HttpHeader.CONTENT_TYPE, contentType);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.put(new HttpField(HttpHeader.CONTENT_LENGTH, String.valueOf(bytes.length)));
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    void secure(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", securityPolicy);
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cache-Control", "no-store");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
    }
}
