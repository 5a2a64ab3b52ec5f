package org.hurdleboard.ui.workshop;

import java.nio.file.Path;
import org.hurdleboard.store.Backups;
import org.hurdleboard.store.SessionFile;

/**
 * What came of opening, creating, copying or restoring a workshop: the file to show, or why not
 * in words for the facilitator and, for a damaged or locked file, the way out to offer.
 */
public sealed interface Opened {
    /** The workshop is open in this file. */
    record Workshop(SessionFile file) implements Opened {
    }

    /** It could not be opened, and there is nothing to offer but the message. */
    record Failed(String message) implements Opened {
    }

    /** The file is damaged; its last backup can be restored to a new file beside it. */
    record Damaged(String message, Backups.Backup lastBackup, Path original) implements Opened {
    }

    /** Another window or computer has it; it can be looked at without changing it. */
    record Locked(String message, Path file) implements Opened {
    }
}
