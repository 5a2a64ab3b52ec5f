package org.hurdleboard.store;

import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Why a change could not be written to the session file, in the terms a facilitator can act on. */
public enum WriteProblem {
    DISK_FULL, READ_ONLY, DRIVE_UNAVAILABLE, LOCKED, DAMAGED,
    /** The file was deleted, moved or renamed while open, or its drive was unmounted. */
    MOVED,
    /** Another copy of the app, or another program, changed the file since this copy last wrote it. */
    CHANGED_ELSEWHERE,
    OTHER;

    /** SQLite's primary result codes (the low byte of the extended code). */
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;

    /** SQLITE_READONLY_DBMOVED: the file is no longer where it was opened (deleted, moved, unmounted). */
    private static final int SQLITE_READONLY_DBMOVED = SQLITE_READONLY | (4 << 8);

    static WriteProblem of(Exception error) {
        if (error instanceof ChangedElsewhere) {
            return CHANGED_ELSEWHERE;
        }
        if (!(error instanceof SQLException sql)) {
            return OTHER;
        }
        // the extended code, which getErrorCode() leaves out
        if (sql instanceof SQLiteException lite && lite.getResultCode() != null
                && lite.getResultCode().code == SQLITE_READONLY_DBMOVED) {
            return MOVED;
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

    /** Thrown by a write that finds the file changed by someone else since this copy last saw it. */
    static final class ChangedElsewhere extends SQLException {
        private static final long serialVersionUID = 1L;

        ChangedElsewhere() {
            super("another writer has committed to the file");
        }
    }
}
