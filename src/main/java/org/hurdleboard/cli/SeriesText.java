package org.hurdleboard.cli;

import java.nio.file.Path;
import org.hurdleboard.store.Series;
import org.hurdleboard.store.SessionFileException;

/** Series of workshops on the command line: found, and why a chain stops short, in words. */
final class SeriesText {
    private SeriesText() {
    }

    static Series chain(CliText text, Path file) throws CliException {
        try {
            return Series.of(file);
        } catch (SessionFileException e) {
            throw new CliException(HurdleBoardCli.FAILED, new SessionFiles(text).describe(e));
        }
    }

    /** "The series stops before “Autumn” (2026-09-15): …" */
    static String broken(CliText text, Series.Break broken) {
        String reason = switch (broken.reason()) {
            case NOT_FOUND -> text.get("series.notFound", broken.link().lastPath());
            case ANOTHER_WORKSHOP -> text.get("series.another", broken.link().lastPath());
            case UNREADABLE -> broken.problem().map(e -> new SessionFiles(text).describe(e)).orElse("");
        };
        return text.get("series.broken", broken.link().title(), broken.link().date().toString(), reason);
    }
}
