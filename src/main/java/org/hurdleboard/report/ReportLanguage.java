package org.hurdleboard.report;

import java.util.Locale;

/**
 * The language a report is written in: English, Welsh, or both, Welsh first and English after it
 * as Welsh public bodies publish them (HTML, PDF and Markdown; a CSV or JSON file is one language).
 */
public enum ReportLanguage {
    EN(Locale.UK), CY(Locale.forLanguageTag("cy-GB")), BOTH(null);

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    /** The locale of a one-language report; BOTH has none. */
    public Locale locale() {
        if (locale == null) {
            throw new IllegalStateException("a bilingual report has two languages");
        }
        return locale;
    }

    /** The language a workshop ran in, from its deck's language tag: Welsh for a Welsh deck, else English. */
    public static ReportLanguage ofWorkshop(String deckLanguage) {
        return Locale.forLanguageTag(deckLanguage).getLanguage().equals("cy") ? CY : EN;
    }

    /** The app's or the computer's language as a report language: Welsh for Welsh, else English. */
    public static ReportLanguage of(Locale language) {
        return language.getLanguage().equals("cy") ? CY : EN;
    }

    /** Whether a report in this language can be written in that format (CSV and JSON hold one language). */
    public boolean fits(ReportFormat format) {
        return this != BOTH || format == ReportFormat.HTML || format == ReportFormat.PDF || format == ReportFormat.MD;
    }
}
