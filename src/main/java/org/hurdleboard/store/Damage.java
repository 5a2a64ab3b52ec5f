package org.hurdleboard.store;

import java.sql.SQLException;

/**
 * What is wrong with a damaged file, found by the app's own checks and worded by it, so a message
 * never passes on a library's text ("no such table", a parser's position) to a facilitator.
 */
final class Damage extends SQLException {
    private static final long serialVersionUID = 1L;
    /** For any failure the app's checks did not name. */
    static final String UNREADABLE = "some of its contents cannot be read";

    Damage(String detail) {
        super(detail);
    }

    Damage(String detail, Throwable cause) {
        super(detail, cause);
    }

    /** The words for a message: the app's own, never the library's. */
    static String describe(Throwable error) {
        if (error instanceof Damage) {
            return error.getMessage();
        }
        return error instanceof Exception e && WriteProblem.of(e) == WriteProblem.DAMAGED
                ? "SQLite finds its pages damaged" : UNREADABLE;
    }
}
