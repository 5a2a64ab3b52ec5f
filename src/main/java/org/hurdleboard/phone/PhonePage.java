package org.hurdleboard.phone;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The pages phones see, made once from the templates and word lists under this package's
 * resources. The style and script are inline and allowed by their hashes in the
 * Content-Security-Policy, so the page loads nothing from anywhere and nothing injected can run.
 * Pages other than the ballot are short and bilingual, the round's language first.
 */
final class PhonePage {
    static final List<String> LANGUAGES = List.of("en", "cy");

    private final String style = resource("page.css");
    private final String script = resource("page.js");
    private final String ballotTemplate = resource("ballot.html");
    private final String plainTemplate = resource("plain.html");
    private final Map<String, Map<String, String>> words = new LinkedHashMap<>();
    private final String securityPolicy;

    PhonePage() {
        for (String language : LANGUAGES) {
            words.put(language, words(language.equals("en") ? "page.properties" : "page_" + language + ".properties"));
        }
        securityPolicy = "default-src 'none'; style-src '" + hash(style) + "'; script-src '" + hash(script)
                + "'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }

    /** The header value every response carries. */
    String securityPolicy() {
        return securityPolicy;
    }

    String ballot(String language) {
        String lang = known(language);
        Map<String, String> w = words.get(lang);
        return ballotTemplate
                .replace("{{lang}}", lang)
                .replace("{{otherLang}}", lang.equals("cy") ? "en" : "cy")
                .replace("{{title}}", escape(w.get("title")))
                .replace("{{switchLanguage}}", escape(w.get("switchLanguage")))
                .replace("{{loading}}", escape(w.get("loading")))
                .replace("{{noscript}}", escape(w.get("noscript")))
                .replace("{{send}}", escape(w.get("send")))
                .replace("{{words}}", Json.write(words).replace("<", "\\u003c"))
                .replace("{{style}}", style)
                .replace("{{script}}", script);
    }

    /** The bare address: a form for the room code, which leads to the ballot page. */
    String roomCode(String language) {
        StringBuilder body = new StringBuilder();
        for (String lang : inOrder(language)) {
            Map<String, String> w = words.get(lang);
            boolean first = body.length() == 0;
            body.append(first ? "<h1" : "<div class=\"other\"><h2").append(" lang=\"").append(lang).append("\">")
                    .append(escape(w.get("codeTitle"))).append(first ? "</h1>" : "</h2>")
                    .append("<p lang=\"").append(lang).append("\">").append(escape(w.get("codePrompt"))).append("</p>");
            if (first) {
                body.append("<form method=\"get\" action=\"/join\"><label for=\"code\">").append(escape(w.get("codeLabel")))
                        .append("</label><input id=\"code\" name=\"code\" autocomplete=\"off\" autocapitalize=\"characters\""
                                + " spellcheck=\"false\" maxlength=\"12\" size=\"8\" required> <button type=\"submit\">")
                        .append(escape(w.get("codeGo"))).append("</button></form>");
            } else {
                body.append("</div>");
            }
        }
        return plain(language, words.get(known(language)).get("codeTitle"), body.toString());
    }

    String closed(String language) {
        return message(language, "closedTitle", "closedText");
    }

    String notFound(String language) {
        return message(language, "notFoundTitle", "notFoundText");
    }

    String refused(String language) {
        return message(language, "refusedTitle", "refusedText");
    }

    private String message(String language, String titleKey, String textKey) {
        StringBuilder body = new StringBuilder();
        for (String lang : inOrder(language)) {
            Map<String, String> w = words.get(lang);
            boolean first = body.length() == 0;
            body.append(first ? "<div lang=\"" : "<div class=\"other\" lang=\"").append(lang).append("\">")
                    .append(first ? "<h1>" : "<h2>").append(escape(w.get(titleKey))).append(first ? "</h1>" : "</h2>")
                    .append("<p>").append(escape(w.get(textKey))).append("</p></div>");
        }
        return plain(language, words.get(known(language)).get(titleKey), body.toString());
    }

    private String plain(String language, String title, String body) {
        return plainTemplate.replace("{{lang}}", known(language)).replace("{{title}}", escape(title))
                .replace("{{style}}", style).replace("{{body}}", body);
    }

    private static List<String> inOrder(String language) {
        return known(language).equals("cy") ? List.of("cy", "en") : List.of("en", "cy");
    }

    static String known(String language) {
        return LANGUAGES.contains(language) ? language : "en";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String hash(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Map<String, String> words(String name) {
        Properties properties = new Properties();
        try (InputStream in = open(name); InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> out.put(key, properties.getProperty(key)));
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = PhonePage.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the phone page's resource " + name + " is missing from the app");
        }
        return in;
    }
}
