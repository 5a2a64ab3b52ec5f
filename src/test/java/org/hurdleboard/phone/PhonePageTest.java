package org.hurdleboard.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page as it leaves the server: only what its policy allows runs, in JavaScript an old phone reads. */
class PhonePageTest {
    private final PhonePage page = new PhonePage();

    @Test
    void theInlineStyleAndScriptAreTheOnesThePolicyAllowsByHash() throws Exception {
        String html = page.ballot("en");
        assertThat(page.securityPolicy()).contains("'" + hash(between(html, "<style>", "</style>")) + "'",
                "'" + hash(between(html, "<script>", "</script>")) + "'");
        assertThat(html).doesNotContain(" style=\"", "<link", "<img", "http://", "https://");
        assertThat(Pattern.compile("<[^>]*\\son[a-z]+=").matcher(html).find()).as("an inline handler").isFalse();
        String plain = page.closed("cy");
        assertThat(page.securityPolicy()).contains(hash(between(plain, "<style>", "</style>")));
        assertThat(plain).doesNotContain("<script");
    }

    @Test
    void theScriptIsPlainEs5ThatBuildsThePageFromTextNodesOnly() throws IOException {
        String script;
        try (InputStream in = PhonePage.class.getResourceAsStream("page.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String code = script.replaceAll("(?m)//.*$", "");
        assertThat(code).doesNotContain("=>", "`", "...", "class ", "async ", "await ", "fetch(", "WebSocket",
                "innerHTML", "outerHTML", "insertAdjacentHTML", "eval(", "new Function", "document.write");
        assertThat(Pattern.compile("\\b(let|const)\\s").matcher(code).find()).as("let/const").isFalse();
        assertThat(code).contains("XMLHttpRequest");
    }

    @Test
    void theWordsOfBothLanguagesTravelWithThePageAndTheRoundsLanguageComesFirst() {
        assertThat(page.ballot("cy")).contains("<html lang=\"cy\">", "\"Anfon\"", "\"Send\"");
        assertThat(page.ballot("fr")).contains("<html lang=\"en\">");
        assertThat(page.closed("cy").indexOf("Mae'r bleidlais hon wedi cau"))
                .isLessThan(page.closed("cy").indexOf("This vote is closed"));
    }

    private static String between(String text, String start, String end) {
        Matcher matcher = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL).matcher(text);
        assertThat(matcher.find()).as(start).isTrue();
        return matcher.group(1);
    }

    private static String hash(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
