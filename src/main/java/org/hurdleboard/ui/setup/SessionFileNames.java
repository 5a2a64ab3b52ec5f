package org.hurdleboard.ui.setup;

import java.time.LocalDate;
import org.hurdleboard.store.SessionFile;

/** Suggests a file name for a new workshop: its date and title, safe on every file system. */
final class SessionFileNames {
    private static final int MAX_TITLE_CHARACTERS = 60;

    private SessionFileNames() {
    }

    static String suggest(LocalDate date, String title) {
        String safeTitle = safe(title);
        String datePart = date == null ? "" : date.toString();
        String name = (datePart + " " + safeTitle).strip();
        return (name.isEmpty() ? "Workshop" : name) + SessionFile.EXTENSION;
    }

    /**
     * Keeps letters (any script), digits, spaces and a few marks; drops what Windows, macOS or a
     * network share refuse in a name, and trailing dots and spaces, which Windows strips.
     */
    static String safe(String title) {
        if (title == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder();
        title.strip().codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_' || c == ',' || c == '(' || c == ')'
                    || c == '&' || c == '\'') {
                safe.appendCodePoint(c);
            } else if (Character.isWhitespace(c) || c == '/' || c == '\\' || c == ':' || c == '.') {
                safe.append(' ');
            }
        });
        String collapsed = safe.toString().replaceAll(" +", " ").strip();
        if (collapsed.codePointCount(0, collapsed.length()) > MAX_TITLE_CHARACTERS) {
            collapsed = collapsed.substring(0, collapsed.offsetByCodePoints(0, MAX_TITLE_CHARACTERS)).strip();
        }
        return collapsed;
    }
}
