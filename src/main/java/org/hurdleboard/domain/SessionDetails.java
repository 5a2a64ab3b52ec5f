package org.hurdleboard.domain;

import java.time.LocalDate;
import java.util.Objects;

/** What the set-up form records about a workshop. Text fields are never null; empty means not given. */
public record SessionDetails(String title, String team, LocalDate date, String facilitator, int participants) {
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_PARTICIPANTS = 1000;

    public SessionDetails {
        title = Objects.requireNonNull(title, "title").strip();
        team = team == null ? "" : team.strip();
        facilitator = facilitator == null ? "" : facilitator.strip();
        Objects.requireNonNull(date, "date");
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a workshop needs a title");
        }
        if (participants < 0 || participants > MAX_PARTICIPANTS) {
            throw new IllegalArgumentException("participants out of range: " + participants);
        }
    }
}
