package org.hurdleboard.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.store.SessionFile;

/** Real session files on the built-in deck, for command-line tests and benchmarks. */
public final class Workshops {
    public static final Deck DECK = new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES);

    private Workshops() {
    }

    /** A workshop whose votes follow from {@code seed}, so each of many files differs. */
    public static Path create(Path file, String title, LocalDate date, int seed) throws Exception {
        return create(file, DECK, title, date, seed);
    }

    /** The same, on another deck (its Welsh translation, say). */
    public static Path create(Path file, Deck deck, String title, LocalDate date, int seed) throws Exception {
        Session session = Session.start(new SessionDetails(title, "Team " + seed % 7, date, "Sam", 20), deck,
                "What blocks us?");
        for (int card = 1; card <= deck.size(); card++) {
            int votes = (card * 31 + seed * 17) % 13 - 3;
            if (votes > 0) {
                session.restoreVotes(1, card, votes);
            }
        }
        SessionFile.create(file, session).close();
        return file;
    }
}
