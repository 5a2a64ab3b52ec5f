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

    static void requireNotASession(CliText text, Path output, List<Path> sessions) throws CliException {
        boolean sessionName = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SessionFile.EXTENSION);
        if (sessionName || sessions.stream().anyMatch(session -> isSameFile(output, session))) {
            throw new CliException(HurdleBoardCli.FAILED, text.get("output.isSession", output));
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
