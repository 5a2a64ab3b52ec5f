package org.hurdleboard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hurdleboard.store.SessionFile;

/** Where a command may write: never over a workshop, whatever name it is given. */
final class Outputs {
    private Outputs() {
    }

    /** What SQLite and the app keep beside a session file, by the end of their names. */
    private static final List<String> COMPANIONS = List.of(SessionFile.EXTENSION + ".lock",
            SessionFile.EXTENSION + "-journal", SessionFile.EXTENSION + "-wal", SessionFile.EXTENSION + "-shm");

    static void requireNotASession(CliText text, Path output, List<Path> sessions) throws CliException {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean sessionName = name.endsWith(SessionFile.EXTENSION);
        if (sessionName || sessions.stream().anyMatch(session -> isSameFile(output, session))) {
            throw new CliException(HurdleBoardCli.FAILED, text.get("output.isSession", output));
        }
        // written over, a lock file no longer locks and a journal would be rolled into the workshop
        if (COMPANIONS.stream().anyMatch(name::endsWith)) {
            throw new CliException(HurdleBoardCli.FAILED, text.get("output.isCompanion", output));
        }
    }

    /** A wall kit is never written over its own deck or workshop, nor over any workshop. */
    static void requireNotAnInput(CliText text, Path output, Path input) throws CliException {
        if (isSameFile(output, input)) {
            throw new CliException(HurdleBoardCli.FAILED, text.get("output.isInput", output));
        }
        requireNotASession(text, output, List.of(input));
    }

    private static boolean isSameFile(Path output, Path session) {
        try {
            return output.toAbsolutePath().normalize().equals(session.toAbsolutePath().normalize())
                    || Files.exists(output) && Files.exists(session) && Files.isSameFile(output, session);
        } catch (IOException e) {
            return false;
        }
    }
}
