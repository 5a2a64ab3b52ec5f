package org.hurdleboard.report;

import java.util.List;

/**
 * What was printed: the number of pages; the cards whose text did not fit even at the smallest
 * type (printed cut short, with an ellipsis, so the message must name them); and whether the
 * ballots had to cut the cards' titles short, or leave them out, to list every card.
 */
public record WallKitResult(int pages, List<Integer> tooLong, boolean ballotTitlesCut) {
    public WallKitResult {
        tooLong = List.copyOf(tooLong);
    }

    public boolean allFit() {
        return tooLong.isEmpty() && !ballotTitlesCut;
    }
}
