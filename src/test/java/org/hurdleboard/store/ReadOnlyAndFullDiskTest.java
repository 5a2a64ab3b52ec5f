package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hurdleboard.store.StoreTestFiles.closedFileWithOneVote;
import static org.hurdleboard.store.StoreTestFiles.pragma;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hurdleboard.domain.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be written: shown, never harmed; what was saved stays saved. */
class ReadOnlyAndFullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlySessionKeepsChangesInMemoryAndNeverTouchesTheFile() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("view.hurdles"), "View", 2);
        byte[] before = Files.readAllBytes(path);

        try (SessionFile file = SessionFile.openReadOnly(path)) {
            file.session().setVotes(1, 1, 9);
            file.flush();
            assertThat(file.session().votes(1, 1)).isEqualTo(9);
        }

        assertThat(Files.readAllBytes(path)).isEqualTo(before);
        assertThat(SessionLock.lockFileOf(path)).doesNotExist();
    }

    @Test
    void aFileInAFolderThatCannotBeWrittenOpensReadOnly() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root may write anywhere").isNotEqualTo("root");
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path path = closedFileWithOneVote(folder.resolve("shared.hurdles"), "Shared", 2);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (SessionFile file = SessionFile.open(path)) {
            assertThat(file.isReadOnly()).isTrue();
            assertThat(file.session().votes(1, 1)).isEqualTo(2);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * A full disk, staged with SQLite's own page limit, which fails a write with SQLITE_FULL just
     * as a full USB stick does: the failure is reported as a full disk, the session keeps every
     * vote in memory, the file keeps every vote saved before, and "Save a copy" elsewhere works.
     */
    @Test
    void aFullDiskIsReportedAndNothingSavedBeforeIsLost() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("full.hurdles"), "Full", 4);
        List<WriteProblem> problems = new CopyOnWriteArrayList<>();
        Session session;
        try (SessionFile file = SessionFile.open(path)) {
            file.setWriteListener(WriteProblems.collectInto(problems));
            session = file.session();
            session.setVotes(1, 2, 1);
            file.flush();
            file.onWriter(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("PRAGMA max_page_count = " + pageCount(connection));
                }
            });
            for (int i = 1; i <= 300 && problems.isEmpty(); i++) {
                session.setVotes(1, 3, i);
                file.flush();
            }
            assertThat(problems).first().isEqualTo(WriteProblem.DISK_FULL);
            assertThat(session.votes(1, 2)).isEqualTo(1);

            Path copy = dir.resolve("elsewhere").resolve("full copy.hurdles");
            SessionFile.create(copy, session).close();
            try (SessionFile saved = SessionFile.open(copy)) {
                assertThat(saved.session().votesOf(1)).isEqualTo(session.votesOf(1));
            }
        }

        assertThat(pragma(path, "integrity_check")).isEqualTo("ok");
        try (SessionFile reopened = SessionFile.open(path)) {
            assertThat(reopened.session().votes(1, 1)).isEqualTo(4);
            assertThat(reopened.session().votes(1, 2)).isEqualTo(1);
        }
    }

    private static int pageCount(java.sql.Connection connection) throws java.sql.SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery("PRAGMA page_count")) {
            return result.getInt(1);
        }
    }
}
