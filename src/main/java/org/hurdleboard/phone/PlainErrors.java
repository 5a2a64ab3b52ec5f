package org.hurdleboard.phone;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What the server says when Jetty itself refuses a request (a header too large, a path that is
 * not plain, a broken request line): the plain "request refused" page with the usual headers,
 * never Jetty's own page, a stack trace or the server's name.
 */
final class PlainErrors extends ErrorHandler {
    private final PhonePage page;
    private final Replies replies;

    PlainErrors(PhonePage page, Replies replies) {
        this.page = page;
        this.replies = replies;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        int status = code >= 400 && code < 600 ? code : HttpStatus.BAD_REQUEST_400;
        String body = status == HttpStatus.NOT_FOUND_404 ? page.notFound("en") : page.refused("en");
        replies.send(response, callback, status, Replies.HTML, body);
    }
}
