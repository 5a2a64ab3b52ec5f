package org.hurdleboard.domain;

import java.time.LocalDate;
import java.util.List;

/** A ready-made session with votes, so a first-time user sees a board at work. */
public final class DemoSession {
    /**
     * A room of 14 voting by show of hands: a clear top five, a long tail, some cards with none.
     * Fixed numbers, so the demo looks the same every time and in screenshots.
     */
    private static final int[][] VOTES = {
        {1, 11}, {2, 7}, {3, 2}, {5, 4}, {7, 3}, {10, 2}, {11, 5}, {13, 3}, {15, 6}, {19, 8},
        {20, 4}, {21, 2}, {23, 3}, {25, 9}, {27, 1}, {28, 5}, {30, 4}, {33, 12}, {34, 6},
        {35, 10}, {37, 7}, {40, 2}, {41, 3}, {44, 5}, {47, 6}, {48, 9}, {50, 8},
    };

    private DemoSession() {
    }

    public static Session create(Deck deck, SessionDetails details, String question) {
        Session session = new Session(details, deck, List.of(new Round(1, question)));
        for (int[] vote : VOTES) {
            if (deck.card(vote[0]).isPresent()) {
                session.restoreVotes(1, vote[0], vote[1]);
            }
        }
        return session;
    }

    public static SessionDetails details(String title, String team, LocalDate date, String facilitator) {
        return new SessionDetails(title, team, date, facilitator, 14);
    }
}
