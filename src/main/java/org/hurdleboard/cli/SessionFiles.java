package org.hurdleboard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.store.SessionFileException;

/** Reads session files for the commands, turning each reason a file fails into a plain message. */
final class SessionFiles {
    private final CliText text;

    SessionFiles(CliText text) {
        this.text = text;
    }

    SessionFile.Contents read(Path path, boolean fullCheck) throws CliException {
        try {
            return SessionFile.read(path, fullCheck);
        } catch (SessionFileException e) {
            throw new CliException(HurdleBoardCli.FAILED, describe(e));
        }
    }

    String describe(SessionFileException e) {
        if (e.problem() == SessionFileException.Problem.DAMAGED && e.path() != null
                && Files.exists(e.path().resolveSibling(e.path().getFileName() + "-journal"))) {
            // a crash mid-vote: the app finishes the rollback on open, a read-only look cannot
            return text.get("problem.unfinished", e.path());
        }
        return text.get("problem." + e.problem().name(), String.valueOf(e.path()), e.detail());
    }
}
