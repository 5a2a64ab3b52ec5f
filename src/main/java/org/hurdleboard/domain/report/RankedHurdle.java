package org.hurdleboard.domain.report;

import java.util.Objects;
import org.hurdleboard.domain.CardStatus;

/**
 * One card's place in a round. Cards with the same votes share a rank ("1, 2, 2, 4"), so a tie
 * reads as a tie; {@code rank} is 0 for a card nobody voted for. {@code status} is what the room
 * said of the hurdle (blocking us, partly, ...), NONE when nothing was said.
 */
public record RankedHurdle(int rank, int cardNumber, String categoryId, String title, String statement, int votes,
                           CardStatus status) {
    public RankedHurdle {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(statement, "statement");
    }

    public boolean ranked() {
        return rank > 0;
    }
}
