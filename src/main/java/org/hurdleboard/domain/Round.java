package org.hurdleboard.domain;

import java.util.Objects;

/** One voting round of a session, for example "What blocks us?". */
public record Round(int id, String question) {
    public Round {
        if (id < 1) {
            throw new IllegalArgumentException("round id must be at least 1: " + id);
        }
        Objects.requireNonNull(question, "question");
    }
}
