package org.hurdleboard.report;

import java.util.Locale;

/**
 * Turns text typed in the room into Markdown that shows exactly that text and nothing more: no
 * emphasis, headings, HTML or links. Every mark Markdown gives a meaning is backslash-escaped; a word a
 * wiki would turn into a link by itself (an address, "www.", an e-mail) becomes a code span,
 * since escapes do not stop GitHub-style autolinks. Line breaks become spaces, as a table cell
 * cannot hold them, and spaces at either end go.
 */
final class MarkdownText {
    /** The marks Markdown (CommonMark, GitHub, common wiki extensions) gives a meaning; others stay bare. */
    private static final String PUNCTUATION = "!#$&()*+-.:<=>@[\\]^_`{|}~";

    private MarkdownText() {
    }

    /** For running text. */
    static String inline(String value) {
        return escape(value, false);
    }

    /** For a table cell, where a pipe would end the cell even inside a code span. */
    static String cell(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean inTable) {
        // leading spaces would make an indented code block, and Markdown drops them anyway
        String flat = value.replaceAll("\\R", " ").strip();
        StringBuilder out = new StringBuilder(flat.length() * 2);
        int start = 0;
        while (start < flat.length()) {
            int space = flat.indexOf(' ', start);
            int end = space < 0 ? flat.length() : space;
            String word = flat.substring(start, end);
            out.append(looksLikeALink(word) ? codeSpan(word, inTable) : escapeWord(word));
            if (space >= 0) {
                out.append(' ');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static boolean looksLikeALink(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.contains("://") || lower.contains("www.") || lower.contains("@") || lower.startsWith("mailto:");
    }

    private static String escapeWord(String word) {
        StringBuilder out = new StringBuilder(word.length() * 2);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A code span shows its content literally; its fence is longer than any run of backticks inside. */
    private static String codeSpan(String word, boolean inTable) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < word.length(); i++) {
            run = word.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String content = inTable ? word.replace("|", "\\|") : word;
        return fence + " " + content + " " + fence;
    }
}
