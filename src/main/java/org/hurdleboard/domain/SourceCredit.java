package org.hurdleboard.domain;

/** Where a deck's content comes from; shown with the deck and in every report. Any part may be empty. */
public record SourceCredit(String title, String author, String publisher, String url, String note) {
    public static final SourceCredit NONE = new SourceCredit("", "", "", "", "");

    public SourceCredit {
        title = orEmpty(title);
        author = orEmpty(author);
        publisher = orEmpty(publisher);
        url = orEmpty(url);
        note = orEmpty(note);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
