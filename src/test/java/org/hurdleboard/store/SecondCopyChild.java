package org.hurdleboard.store;

import java.nio.file.Path;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;

/**
 * Run in a child JVM by {@link OneWriterTest}: a second copy of the app that opens a session file
 * and adds a vote to card 1 a few times, printing "refused PROBLEM" when it cannot open it, then
 * for each vote "saved COUNT" only once the file has it, or "failed PROBLEM".
 */
public final class SecondCopyChild {
    private SecondCopyChild() {
    }

    public static void main(String[] args) throws Exception {
        SessionFile file;
        try {
            file = SessionFile.open(Path.of(args[0]));
        } catch (SessionFileException e) {
            System.out.println("refused " + e.problem());
            return;
        }
        try (file) {
            Session session = file.session();
            String[] outcome = new String[1];
            file.setWriteListener(new SessionFile.WriteListener() {
                @Override
                public void written(SessionChange change) {
                    outcome[0] = "saved " + session.votes(1, 1);
                }

                @Override
                public void failed(SessionChange change, WriteProblem problem, Exception error) {
                    outcome[0] = "failed " + problem;
                }
            });
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                session.setVotes(1, 1, session.votes(1, 1) + 1);
                file.flush();
                System.out.println(outcome[0]);
            }
        }
    }
}
