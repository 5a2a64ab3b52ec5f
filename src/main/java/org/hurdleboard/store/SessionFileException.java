package org.hurdleboard.store;

import java.nio.file.Path;

/**
 * A session file that cannot be created or opened, and why, in terms the UI can word for a
 * facilitator. {@code detail} carries a value for the message, such as the version a file needs.
 */
public final class SessionFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** There is no file at that path (moved, renamed, or a USB stick that is not plugged in). */
        MISSING,
        /** The path is a folder, or the file cannot be read. */
        UNREADABLE,
        /** Not an SQLite database at all. */
        NOT_SQLITE,
        /** An SQLite database, but not a Hurdle Board session. */
        NOT_A_SESSION,
        /** A session file from a newer Hurdle Board; {@code detail} is its schema version. */
        NEWER_VERSION,
        /** A session file whose contents are damaged. */
        DAMAGED,
        /** A new session would replace an existing file; the app never overwrites a workshop. */
        ALREADY_EXISTS,
        /** Creating or writing failed (disk full, drive gone, no permission). */
        CANNOT_WRITE,
        /** Open in another window or another copy of the app; {@code detail} says who has it. */
        LOCKED,
        /**
         * The database library cannot run on this computer (a locked-down folder): the file is
         * not at fault. {@code detail} is the folder the library was unpacked into.
         */
        NO_DATABASE_LIBRARY
    }

    private final Problem problem;
    private final transient Path path;
    private final String detail;

    public SessionFileException(Problem problem, Path path, String detail, Throwable cause) {
        super(problem + ": " + path + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"), cause);
        this.problem = problem;
        this.path = path;
        this.detail = detail == null ? "" : detail;
    }

    public SessionFileException(Problem problem, Path path, String detail) {
        this(problem, path, detail, null);
    }

    public Problem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }

    public String detail() {
        return detail;
    }
}
