package org.hurdleboard.ui.workshop;

import java.nio.file.Path;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.store.SessionFileException;
import org.hurdleboard.ui.common.FileReasons;
import org.hurdleboard.ui.common.Messages;

/** Puts a failure to open or create a session file into words a facilitator can act on. */
final class OpenErrors {
    private OpenErrors() {
    }

    static String describe(Messages messages, Throwable error, Path file) {
        String name = String.valueOf(file.getFileName());
        if (error instanceof SessionFileException problem) {
            // the detail: why a file could not be created (CANNOT_WRITE); a version, a folder or who holds it otherwise
            String detail = problem.problem() == SessionFileException.Problem.CANNOT_WRITE
                    ? FileReasons.of(messages, problem.getCause(), problem.detail()) : problem.detail();
            return messages.get("open.error." + problem.problem().name(), name, file.toAbsolutePath(),
                    detail, SessionFile.FORMAT_VERSION);
        }
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return messages.get("open.error.unexpected", name, reason);
    }
}
