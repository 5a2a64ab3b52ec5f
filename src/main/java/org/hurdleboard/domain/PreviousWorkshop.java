package org.hurdleboard.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The workshop this one follows up: the file's identity (which follows it through copies and
 * renames), where it was last seen, and its title and date, so a broken link still says what it was.
 */
public record PreviousWorkshop(String uid, String lastPath, String title, LocalDate date) {
    public PreviousWorkshop {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(lastPath, "lastPath");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
    }

    /** The same workshop, found again at another path. */
    public PreviousWorkshop at(String path) {
        return new PreviousWorkshop(uid, path, title, date);
    }
}
