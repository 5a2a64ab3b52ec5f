package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.store.StoreTestFiles.closedFileWithOneVote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;

/**
 * A commit waits for the disk: on a USB stick or a network drive, tens of milliseconds. The
 * changes made while one is under way (a room's phones sending at once) go into the next commit
 * together, each told it is saved only once that commit is in the file.
 */
class GroupCommitTest {
    private static final int CHANGES = SessionFile.MOST_CHANGES_PER_COMMIT + 100;

    @TempDir
    Path dir;

    @Test
    void changesMadeDuringACommitGoIntoTheNextOneTogetherInOrder() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("burst.hurdles"), "Burst", 0);
        Session session;
        List<SessionChange> made = new ArrayList<>();
        List<SessionChange> written = new CopyOnWriteArrayList<>();
        List<WriteProblem> problems = new CopyOnWriteArrayList<>();
        AtomicInteger commits = new AtomicInteger();
        try (SessionFile file = SessionFile.open(path)) {
            file.setWriteListener(WriteProblems.collectInto(written, problems));
            file.onWriter(connection -> connection.unwrap(SQLiteConnection.class).addCommitListener(countInto(commits)));
            session = file.session();
            session.addListener(applied -> made.add(applied.change()));
            try (HeldWriter held = HeldWriter.hold(file)) {
                for (int i = 1; i <= CHANGES; i++) {
                    session.setVotes(1, 1 + i % 50, 1 + i % 7);
                }
            }
            file.flush();
        }
        assertThat(commits).as("commits for %d changes, at most %d a commit", CHANGES,
                SessionFile.MOST_CHANGES_PER_COMMIT).hasValue(2);
        assertThat(problems).isEmpty();
        assertThat(written).containsExactlyElementsOf(made);
        try (SessionFile reopened = SessionFile.open(path)) {
            Session again = reopened.session();
            for (int card = 1; card <= 50; card++) {
                assertThat(again.votes(1, card)).as("card %d", card).isEqualTo(session.votes(1, card));
            }
            int undone = 0;
            while (again.canUndo()) {
                again.undo();
                undone++;
            }
            assertThat(undone).isEqualTo(made.size()).isEqualTo(CHANGES);
        }
    }

    @Test
    void aCommitThatFailsSavesNoneOfItsChangesAndKeepsWhatWasSavedBefore() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("full.hurdles"), "Full", 0);
        List<WriteProblem> problems = new CopyOnWriteArrayList<>();
        List<SessionChange> written = new CopyOnWriteArrayList<>();
        try (SessionFile file = SessionFile.open(path)) {
            Session session = file.session();
            session.setVotes(1, 2, 3);
            file.flush();
            file.setWriteListener(WriteProblems.collectInto(written, problems));
            try (HeldWriter held = HeldWriter.hold(file)) {
                // the disk is full by the time the writer comes back to the votes waiting
                held.thenOnWriter(connection -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute("PRAGMA max_page_count = " + pageCount(connection));
                    }
                });
                for (int i = 1; i <= 400; i++) {
                    session.setVotes(1, 1 + i % 50, 1 + (i / 50) % 5);
                }
            }
            file.flush();
            assertThat(written).isEmpty();
            assertThat(problems).hasSize(400).containsOnly(WriteProblem.DISK_FULL);
            assertThat(file.writesStopped()).contains(WriteProblem.DISK_FULL);
        }
        try (SessionFile reopened = SessionFile.open(path)) {
            Session again = reopened.session();
            assertThat(again.votes(1, 2)).isEqualTo(3);
            assertThat(again.votes(1, 3)).isZero();
            again.undo();
            assertThat(again.votes(1, 2)).isZero();
        }
    }

    private static SQLiteCommitListener countInto(AtomicInteger commits) {
        return new SQLiteCommitListener() {
            @Override
            public void onCommit() {
                commits.incrementAndGet();
            }

            @Override
            public void onRollback() {
            }
        };
    }

    private static int pageCount(java.sql.Connection connection) throws java.sql.SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("PRAGMA page_count")) {
            return result.getInt(1);
        }
    }

    /** Keeps the writer busy, as a slow commit does, until closed; then lets it go on. */
    private static final class HeldWriter implements AutoCloseable {
        private final CountDownLatch release = new CountDownLatch(1);
        private final List<SessionFile.SqlWork> onRelease = new CopyOnWriteArrayList<>();
        private final CompletableFuture<Void> done;

        private HeldWriter(SessionFile file, CountDownLatch holding) {
            done = CompletableFuture.runAsync(() -> {
                try {
                    file.onWriter(connection -> {
                        holding.countDown();
                        try {
                            release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        for (SessionFile.SqlWork work : onRelease) {
                            work.run(connection);
                        }
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        static HeldWriter hold(SessionFile file) throws InterruptedException {
            CountDownLatch holding = new CountDownLatch(1);
            HeldWriter held = new HeldWriter(file, holding);
            assertThat(holding.await(10, TimeUnit.SECONDS)).as("writer held").isTrue();
            return held;
        }

        /** Runs on the writer, after the hold and before the changes made during it. */
        void thenOnWriter(SessionFile.SqlWork work) {
            onRelease.add(work);
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            done.get(30, TimeUnit.SECONDS);
        }
    }
}
