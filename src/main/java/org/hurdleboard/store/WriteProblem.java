package org.hurdleboard.store;

import java.sql.SQLException;

/** Why a change could not be written to the session file, in the terms a facilitator can act on. */
public enum WriteProblem {
    DISK_FULL, READ_ONLY, DRIVE_UNAVAILABLE, LOCKED, DAMAGED, OTHER;

    /** SQLite's primary result codes (the low byte of the extended code). */
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    static WriteProblem of(Exception error) {
        if (!(error instanceof SQLException sql)) {
            return OTHER;
        }
        switch (sql.getErrorCode() & 0xFF) {
            case SQLITE_FULL:
                return DISK_FULL;
            case SQLITE_READONLY:
                return READ_ONLY;
            case SQLITE_IOERR:
            case SQLITE_CANTOPEN:
                return DRIVE_UNAVAILABLE;
            case SQLITE_BUSY:
            case SQLITE_LOCKED:
                return LOCKED;
            case SQLITE_CORRUPT:
            case SQLITE_NOTADB:
                return DAMAGED;
            default:
                return OTHER;
        }
    }
}
