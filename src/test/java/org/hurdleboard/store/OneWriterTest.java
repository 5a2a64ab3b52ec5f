package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hurdleboard.store.StoreTestFiles.closedFileWithOneVote;
import static org.hurdleboard.store.StoreTestFiles.executeAndReseal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.hurdleboard.domain.Session;
import org.hurdleboard.store.SessionFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer, whatever happens to the lock file; and if two writers ever met, the second to write
 * stops with a reason instead of overwriting what the first had saved.
 */
class OneWriterTest {
    @TempDir
    Path dir;

    /** Both copies vote on card 1: the first copy's lock file is deleted while it is open. */
    @Test
    void aDeletedLockFileDoesNotLetASecondCopyOfTheAppWrite() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("shared.hurdles"), "Shared", 10);
        List<WriteProblem> problems = new CopyOnWriteArrayList<>();
        try (SessionFile first = SessionFile.open(path)) {
            first.setWriteListener(WriteProblems.collectInto(problems));
            first.session().setVotes(1, 1, 11);
            first.flush();
            Files.delete(SessionLock.lockFileOf(path));

            List<String> second = secondCopy(path, 4);

            assertThat(second).as("what the second copy printed").noneMatch(line -> line.startsWith("saved"));
            first.session().setVotes(1, 1, 12);
            first.flush();
            assertThat(problems).as("the first copy carries on").isEmpty();
        }
        try (SessionFile file = SessionFile.openReadOnly(path)) {
            assertThat(file.session().votes(1, 1)).isEqualTo(12);
        }
    }

    /** A report written with "-o X.hurdles.lock" replaces the lock file with one nobody holds. */
    @Test
    void aLockFileReplacedByAnotherFileDoesNotLetASecondCopyIn() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("replaced.hurdles"), "Replaced", 1);
        try (SessionFile first = SessionFile.open(path)) {
            Path report = dir.resolve("report.html");
            Files.writeString(report, "<p>report</p>");
            Files.move(report, SessionLock.lockFileOf(path), StandardCopyOption.REPLACE_EXISTING);

            List<String> second = secondCopy(path, 3);

            assertThat(second).isNotEmpty().noneMatch(line -> line.startsWith("saved"));
            first.session().setVotes(1, 1, 2);
            first.flush();
        }
        try (SessionFile file = SessionFile.openReadOnly(path)) {
            assertThat(file.session().votes(1, 1)).isEqualTo(2);
        }
    }

    @Test
    void anotherProgramCannotWriteWhileTheFileIsOpen() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("held.hurdles"), "Held", 4);
        try (SessionFile file = SessionFile.open(path)) {
            Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                    () -> executeAndReseal(path, "UPDATE vote_count SET votes = 9 WHERE card_number = 1"));
            assertThat(refused).as("another program wrote to an open session").isNotNull();
            assertThat(file.session().votes(1, 1)).isEqualTo(4);
        }
    }

    /**
     * On a drive that cannot lock (staged by letting go of SQLite's lock), another writer saves a
     * vote; this copy's next write finds the file changed and stops instead of overwriting it.
     */
    @Test
    void aWriteAfterAnotherWriterChangedTheFileStopsAndLosesNothingTheOtherSaved() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("met.hurdles"), "Met", 4);
        List<WriteProblem> problems = new CopyOnWriteArrayList<>();
        try (SessionFile file = SessionFile.open(path)) {
            file.setWriteListener(WriteProblems.collectInto(problems));
            Session session = file.session();
            session.setVotes(1, 1, 5);
            file.flush();
            file.onWriter(connection -> {
                connection.setAutoCommit(true);
                executeAndReseal(path, "UPDATE vote_count SET votes = 9 WHERE card_number = 1");
                connection.setAutoCommit(false);
            });

            session.setVotes(1, 1, 6);
            session.setVotes(1, 2, 1);
            file.flush();

            assertThat(problems).containsExactly(WriteProblem.CHANGED_ELSEWHERE, WriteProblem.CHANGED_ELSEWHERE);
            assertThat(file.writesStopped()).contains(WriteProblem.CHANGED_ELSEWHERE);
        }
        try (SessionFile file = SessionFile.openReadOnly(path)) {
            assertThat(file.session().votes(1, 1)).as("the other writer's vote").isEqualTo(9);
            assertThat(file.session().votes(1, 2)).isZero();
        }
    }


    /** What a second copy of the app, in its own JVM, printed as it tried to vote. */
    private static List<String> secondCopy(Path path, int votes) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SecondCopyChild.class.getName(), path.toString(), String.valueOf(votes))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = out.lines().toList();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return lines;
        } finally {
            child.destroyForcibly();
        }
    }
}
