package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hurdleboard.store.StoreTestFiles.closedFileWithOneVote;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hurdleboard.store.SessionFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per session file: a second window or a second copy of the app is told who has it. */
class LockTest {
    @TempDir
    Path dir;

    @Test
    void aFileOpenInThisAppCannotBeOpenedAgainUntilClosed() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("twice.hurdles"), "Twice", 1);
        try (SessionFile first = SessionFile.open(path)) {
            SessionFileException error = catchThrowableOfType(SessionFileException.class, () -> SessionFile.open(path));
            assertThat(error.problem()).isEqualTo(Problem.LOCKED);
            assertThat(first.session().votes(1, 1)).isEqualTo(1);
        }
        try (SessionFile again = SessionFile.open(path)) {
            assertThat(again.session().votes(1, 1)).isEqualTo(1);
        }
        assertThat(SessionLock.lockFileOf(path)).doesNotExist();
    }

    @Test
    void anotherCopyOfTheAppIsNamedAndItsLockGoesWhenItIsKilled() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("shared.hurdles"), "Shared", 1);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), VotingChild.class.getName(), path.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("saved ");

            SessionFileException error = catchThrowableOfType(SessionFileException.class, () -> SessionFile.open(path));

            assertThat(error.problem()).isEqualTo(Problem.LOCKED);
            assertThat(error.detail()).contains(System.getProperty("user.name"));
        } finally {
            other.destroyForcibly().waitFor();
        }
        assertThat(SessionLock.lockFileOf(path)).exists();
        try (SessionFile file = SessionFile.open(path)) {
            assertThat(file.isReadOnly()).isFalse();
        }
        assertThat(Files.exists(SessionLock.lockFileOf(path))).isFalse();
    }
}
