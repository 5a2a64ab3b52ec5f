package org.hurdleboard.store;

import java.nio.file.Path;
import org.hurdleboard.domain.Session;

/**
 * Run in a child JVM by {@link KillTest}: votes on a session file without end and prints each
 * vote once the file has it ("saved card count"), until it is killed.
 */
public final class VotingChild {
    private VotingChild() {
    }

    public static void main(String[] args) throws Exception {
        try (SessionFile file = SessionFile.open(Path.of(args[0]))) {
            Session session = file.session();
            int round = session.currentRound().id();
            for (int i = 0; ; i++) {
                int card = 1 + i % 50;
                int count = session.votes(round, card) + 1;
                session.setVotes(round, card, count);
                file.flush();
                System.out.println("saved " + card + " " + count);
                System.out.flush();
            }
        }
    }
}
