package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.store.StoreTestFiles.closedFileWithOneVote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a write fails, the file stays one the app can reopen and undo in, and says why it stopped. */
class WriteFailureTest {
    @TempDir
    Path dir;

    /**
     * A USB stick pulled for a second: one write fails (staged with SQLite's page limit), the next
     * ones would work. Writing them would leave a gap in the undo history; undo after a reopen must
     * still go back to the first vote.
     */
    @Test
    void writesAfterAFailedOneNeverLeaveAGapInTheUndoHistory() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("gap.hurdles"), "Gap", 0);
        List<WriteProblem> problems = new CopyOnWriteArrayList<>();
        Session session;
        try (SessionFile file = SessionFile.open(path)) {
            file.setWriteListener(WriteProblems.collectInto(problems));
            session = file.session();
            for (int i = 1; i <= 3; i++) {
                session.setVotes(1, 3, i);
            }
            file.flush();
            file.onWriter(connection -> pragma(connection, "max_page_count = " + pageCount(connection)));
            for (int i = 4; i <= 400 && problems.isEmpty(); i++) {
                session.setVotes(1, 3, i);
                file.flush();
            }
            assertThat(problems).containsExactly(WriteProblem.DISK_FULL);
            file.onWriter(connection -> pragma(connection, "max_page_count = 1000000"));
            int onScreen = session.votes(1, 3);
            session.setVotes(1, 3, onScreen + 1);
            session.setVotes(1, 4, 2);
            file.flush();
            assertThat(problems).hasSize(3).containsOnly(WriteProblem.DISK_FULL);
            assertThat(file.writesStopped()).contains(WriteProblem.DISK_FULL);
        }
        try (SessionFile file = SessionFile.open(path)) {
            Session reopened = file.session();
            List<String> failures = new CopyOnWriteArrayList<>();
            file.setWriteListener(new SessionFile.WriteListener() {
                @Override
                public void written(SessionChange change) {
                }

                @Override
                public void failed(SessionChange change, WriteProblem problem, Exception error) {
                    failures.add(error.getMessage());
                }
            });
            while (reopened.canUndo()) {
                reopened.undo();
            }
            file.flush();
            assertThat(failures).isEmpty();
            assertThat(reopened.votes(1, 3)).isZero();
        }
    }

    @Test
    void aFileDeletedWhileOpenIsReportedAsMovedNotAsReadOnly() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("gone.hurdles"), "Gone", 1);
        List<WriteProblem> problems = new CopyOnWriteArrayList<>();
        try (SessionFile file = SessionFile.open(path)) {
            file.setWriteListener(WriteProblems.collectInto(problems));
            Files.delete(path);
            file.session().setVotes(1, 1, 2);
            file.flush();
        }
        assertThat(problems).containsExactly(WriteProblem.MOVED);
    }

    private static void pragma(java.sql.Connection connection, String pragma) throws java.sql.SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("PRAGMA " + pragma);
        }
    }

    private static int pageCount(java.sql.Connection connection) throws java.sql.SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("PRAGMA page_count")) {
            return result.getInt(1);
        }
    }
}
