package org.hurdleboard.domain;

/**
 * Where a deck's (or a card's) content comes from and under which licence; shown with the deck and
 * in every report. Any part may be empty.
 */
public record SourceCredit(String title, String author, String publisher, String url, String note,
                           String licence) {
    public static final SourceCredit NONE = new SourceCredit("", "", "", "", "", "");

    public SourceCredit {
        title = orEmpty(title);
        author = orEmpty(author);
        publisher = orEmpty(publisher);
        url = orEmpty(url);
        note = orEmpty(note);
        licence = orEmpty(licence);
    }

    public SourceCredit(String title, String author, String publisher, String url, String note) {
        this(title, author, publisher, url, note, "");
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
