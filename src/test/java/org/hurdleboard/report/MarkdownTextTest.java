package org.hurdleboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that starts a line, as a credit or a note does, never turns into a list, quote or code block. */
class MarkdownTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"1. first", "- item", "+ item", "> quoted", "    indented code", "# heading",
            "---", "===", "``` fence", "<div>block</div>", "[a]: http://x", "| a | b |", "www.example.org",
            "mail me@example.org", "![x](y.png)", "~~struck~~", "a\\b", "1) first"})
    void aLineOfTypedTextStaysOneParagraphOfThatText(String typed) {
        var extensions = List.of(AutolinkExtension.create());
        String html = HtmlRenderer.builder().extensions(extensions).build()
                .render(Parser.builder().extensions(extensions).build().parse(MarkdownText.inline(typed) + "\n"));
        Document page = Jsoup.parse(html);

        assertThat(page.body().children()).hasSize(1);
        assertThat(page.body().child(0).tagName()).isEqualTo("p");
        assertThat(page.select("a, img, del, h1, pre, ol, ul, blockquote")).isEmpty();
        assertThat(page.body().child(0).text()).isEqualTo(typed.strip());
    }
}
