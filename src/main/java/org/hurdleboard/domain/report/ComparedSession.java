package org.hurdleboard.domain.report;

import java.util.Objects;
import org.hurdleboard.domain.SessionDetails;

/** One workshop in a comparison: a label to tell it apart (its file name) and its details. */
public record ComparedSession(String label, SessionDetails details, String deckTitle, int totalVotes) {
    public ComparedSession {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(deckTitle, "deckTitle");
    }
}
