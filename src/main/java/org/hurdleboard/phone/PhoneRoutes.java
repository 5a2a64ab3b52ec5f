package org.hurdleboard.phone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Every request the server answers: the room-code form at "/", the ballot page at "/v/TOKEN" and
 * its three JSON requests (paper, state, cast). Anything else is a plain 404; a wrong or old token
 * or code is the plain "This vote is closed" page. Nothing of the laptop is ever served.
 */
final class PhoneRoutes extends Handler.Abstract {
    static final String COOKIE = "hb_ballot";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{3,8}");

    private final BallotBox box;
    private final PhoneServer.Events events;
    private final RoundKeys keys;
    private final RateLimit rateLimit;
    private final PhonePage page;
    private final Replies replies;
    private final String host;

    PhoneRoutes(BallotBox box, PhoneServer.Events events, RoundKeys keys, RateLimit rateLimit, PhonePage page,
            Replies replies, String host) {
        this.box = box;
        this.events = events;
        this.keys = keys;
        this.rateLimit = rateLimit;
        this.page = page;
        this.replies = replies;
        this.host = host;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String language = box.paper().map(BallotPaper::language).orElse("en");
        if (!rateLimit.allow(Request.getRemoteAddr(request))) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
            replies.send(response, callback, HttpStatus.TOO_MANY_REQUESTS_429, Replies.HTML, page.refused(language));
            return true;
        }
        // Only the address the room was given: a page elsewhere that renamed our address cannot read us.
        if (!host.equalsIgnoreCase(request.getHeaders().get(HttpHeader.HOST))) {
            replies.send(response, callback, HttpStatus.BAD_REQUEST_400, Replies.HTML, page.refused(language));
            return true;
        }
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (path.equals("/") && read) {
            replies.send(response, callback, HttpStatus.OK_200, Replies.HTML, page.roomCode(language));
        } else if (path.equals("/join") && read) {
            join(request, response, callback, language);
        } else if (path.startsWith("/v/")) {
            ballot(request, response, callback, path.substring(3).split("/", -1), read, language);
        } else {
            replies.send(response, callback, HttpStatus.NOT_FOUND_404, Replies.HTML, page.notFound(language));
        }
        return true;
    }

    private void join(Request request, Response response, Callback callback, String language) {
        String code = Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue("code");
        if (keys.isRoomCode(code) && box.paper().isPresent()) {
            response.getHeaders().put(HttpHeader.LOCATION, "/v/" + keys.token());
            replies.send(response, callback, HttpStatus.SEE_OTHER_303, Replies.HTML, "");
        } else {
            replies.send(response, callback, HttpStatus.NOT_FOUND_404, Replies.HTML, page.closed(language));
        }
    }

    private void ballot(Request request, Response response, Callback callback, String[] parts, boolean read,
            String language) throws IOException {
        Optional<BallotPaper> paper = box.paper();
        if (parts.length > 2 || !keys.isToken(parts[0])) {
            replies.send(response, callback, HttpStatus.NOT_FOUND_404, Replies.HTML, page.closed(language));
            return;
        }
        String action = parts.length == 1 ? null : parts[1];
        if (action == null && read) {
            if (paper.isEmpty()) {
                replies.send(response, callback, HttpStatus.GONE_410, Replies.HTML, page.closed(language));
                return;
            }
            replies.send(response, callback, HttpStatus.OK_200, Replies.HTML, page.ballot(language));
            quietly(events::phoneReached);
        } else if ("state".equals(action) && read) {
            json(response, callback, HttpStatus.OK_200, Map.of("open", paper.isPresent()));
        } else if ("paper".equals(action) && read) {
            paper(request, response, callback, paper);
        } else if ("cast".equals(action) && request.getMethod().equals("POST")) {
            cast(request, response, callback, paper);
        } else {
            replies.send(response, callback, HttpStatus.NOT_FOUND_404, Replies.HTML, page.notFound(language));
        }
    }

    private void paper(Request request, Response response, Callback callback, Optional<BallotPaper> open) {
        if (open.isEmpty()) {
            json(response, callback, HttpStatus.OK_200, Map.of("open", false));
            return;
        }
        BallotPaper paper = open.get();
        Optional<String> known = keys.checkBallotId(cookie(request));
        String ballotId = known.orElseGet(keys::newBallotId);
        if (known.isEmpty()) {
            response.getHeaders().add(HttpHeader.SET_COOKIE, COOKIE + "=" + ballotId + "; Path=/v/" + keys.token()
                    + "; Max-Age=43200; HttpOnly; SameSite=Strict");
        }
        Map<Integer, Integer> mine = known.isPresent() ? box.ballot(ballotId) : Map.of();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("open", true);
        body.put("question", paper.question());
        body.put("language", paper.language());
        body.put("rule", Map.of("kind", paper.rule().kind().name(), "dotsEach", paper.rule().dotsEach(),
                "maxPerCard", paper.rule().maxPerCard()));
        List<Object> categories = new ArrayList<>();
        for (BallotPaper.Category category : paper.categories()) {
            List<Object> cards = new ArrayList<>();
            category.cards().forEach(card -> cards.add(Map.of("number", card.number(), "title", card.title())));
            String colour = COLOUR.matcher(category.colour()).matches() ? category.colour() : "#555555";
            categories.add(Map.of("name", category.name(), "colour", colour, "cards", cards));
        }
        body.put("categories", categories);
        Map<String, Integer> dots = new LinkedHashMap<>();
        // in card order, so an answer's bytes do not depend on how the box keeps its map
        new java.util.TreeMap<>(mine).forEach((card, n) -> dots.put(String.valueOf(card), n));
        body.put("mine", BallotCheck.allowed(mine, paper) ? dots : Map.of());
        json(response, callback, HttpStatus.OK_200, body);
    }

    private void cast(Request request, Response response, Callback callback, Optional<BallotPaper> paper)
            throws IOException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        Optional<String> ballotId = keys.checkBallotId(cookie(request));
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            result(response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, "MALFORMED");
        } else if ((origin != null && !origin.equalsIgnoreCase("http://" + host)) || ballotId.isEmpty()) {
            result(response, callback, HttpStatus.FORBIDDEN_403, "FORBIDDEN");
        } else if (request.getLength() > PhoneLimits.BODY_BYTES) {
            result(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "TOO_LARGE");
        } else {
            Optional<String> body = readCapped(request);
            if (body.isEmpty()) {
                result(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "TOO_LARGE");
            } else if (paper.isEmpty()) {
                result(response, callback, HttpStatus.GONE_410, CastResult.CLOSED.name());
            } else {
                BallotCheck.Outcome outcome = BallotCheck.read(body.get(), paper.get());
                if (outcome.ok()) {
                    store(response, callback, ballotId.get(), outcome.dots());
                } else if (outcome.problem() == BallotCheck.Problem.MALFORMED) {
                    result(response, callback, HttpStatus.BAD_REQUEST_400, "MALFORMED");
                } else {
                    result(response, callback, HttpStatus.UNPROCESSABLE_ENTITY_422, CastResult.NOT_ALLOWED.name());
                }
            }
        }
    }

    /**
     * Waits for the workshop without holding a server thread: the answer is written when the save
     * completes, back on the server's threads (the save completes on the workshop's, the FX thread).
     */
    private void store(Response response, Callback callback, String ballotId, Map<Integer, Integer> dots) {
        box.cast(ballotId, dots).toCompletableFuture()
                .orTimeout(PhoneLimits.SAVE_WAIT_MILLIS, TimeUnit.MILLISECONDS)
                .whenCompleteAsync((outcome, failure) -> {
                    CastResult result = failure == null && outcome != null ? outcome : CastResult.NOT_SAVED;
                    if (result == CastResult.STORED) {
                        quietly(() -> events.ballotsChanged(box.ballotsIn()));
                    }
                    result(response, callback, status(result), result.name());
                }, getServer().getThreadPool());
    }

    private static int status(CastResult result) {
        switch (result) {
            case STORED:
                return HttpStatus.OK_200;
            case CLOSED:
                return HttpStatus.GONE_410;
            case NOT_ALLOWED:
                return HttpStatus.UNPROCESSABLE_ENTITY_422;
            case FULL:
                return HttpStatus.CONFLICT_409;
            default:
                return HttpStatus.SERVICE_UNAVAILABLE_503;
        }
    }

    private void result(Response response, Callback callback, int status, String result) {
        json(response, callback, status, Map.of("result", result));
    }

    private void json(Response response, Callback callback, int status, Object body) {
        replies.send(response, callback, status, Replies.JSON, Json.write(body));
    }

    /** The body when it fits the cap; empty when it is longer, however it was sent (length or chunks). */
    private static Optional<String> readCapped(Request request) throws IOException {
        try (InputStream in = Request.asInputStream(request)) {
            byte[] bytes = in.readNBytes(PhoneLimits.BODY_BYTES + 1);
            return bytes.length > PhoneLimits.BODY_BYTES ? Optional.empty()
                    : Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    private static String cookie(Request request) {
        for (String header : request.getHeaders().getValuesList(HttpHeader.COOKIE)) {
            for (String pair : header.split("[;,]")) {
                String[] nameValue = pair.trim().split("=", 2);
                if (nameValue.length == 2 && nameValue[0].equals(COOKIE)) {
                    // RFC 6265 allows the value in quotes (the JDK's own client sends it so)
                    return nameValue[1].replaceAll("^\"(.*)\"$", "$1");
                }
            }
        }
        return null;
    }

    /** A listener's fault must not break the phone's answer. */
    private static void quietly(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException ignored) {
            // the facilitator's screen misses one update; the next one corrects it
        }
    }
}
