package org.hurdleboard.store;

import java.nio.file.Path;
import org.hurdleboard.domain.Session;

/**
 * Run in a child JVM by {@link KillTest}: votes on a session file without end and prints each
 * vote once the file has it ("saved card count"), until it is killed, or, given a second
 * argument, until it has saved that many. Every third vote is also undone and redone before it
 * is reported, so kills land in the undo history's writes too.
 */
public final class VotingChild {
    private VotingChild() {
    }

    public static void main(String[] args) throws Exception {
        try (SessionFile file = SessionFile.open(Path.of(args[0]))) {
            Session session = file.session();
            int round = session.currentRound().id();
            int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
            for (int i = 0; i < limit; i++) {
                int card = 1 + i % 50;
                int count = Math.min(session.votes(round, card) + 1, 9999);
                session.setVotes(round, card, count);
                if (i % 3 == 2) {
                    session.undo();
                    session.redo();
                }
                file.flush();
                System.out.println("saved " + card + " " + count);
                System.out.flush();
            }
        }
    }
}
