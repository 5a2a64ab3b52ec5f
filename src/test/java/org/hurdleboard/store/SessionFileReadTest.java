package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.store.SessionFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a session file for a report or a check never changes it, even when it may not be written. */
class SessionFileReadTest {
    @TempDir
    Path dir;

    private Path workshop() throws Exception {
        Path path = dir.resolve("Team day.hurdles");
        Session session = Session.start(new SessionDetails("Team day", "Digital", LocalDate.of(2026, 11, 29), "Sam",
                12), new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What blocks us?");
        session.restoreVotes(1, 33, 12);
        SessionFile.create(path, session).close();
        return path;
    }

    @Test
    void readingGivesTheSessionAndItsLayoutVersionAndLeavesTheFileAsItWas() throws Exception {
        Path path = workshop();
        byte[] before = Files.readAllBytes(path);
        FileTime modified = Files.getLastModifiedTime(path);

        SessionFile.Contents contents = SessionFile.read(path, true);

        assertThat(contents.formatVersion()).isEqualTo(Schema.CURRENT_VERSION);
        assertThat(contents.session().votes(1, 33)).isEqualTo(12);
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(path)).isEqualTo(modified);
        assertThat(dir.resolve("Team day.hurdles-journal")).doesNotExist();
    }

    @Test
    void aReadOnlyFileCanStillBeRead() throws Exception {
        Path path = workshop();
        assertThat(path.toFile().setWritable(false)).isTrue();
        try {
            assertThat(SessionFile.read(path, false).session().details().title()).isEqualTo("Team day");
        } finally {
            path.toFile().setWritable(true);
        }
    }

    @Test
    void aFileThatIsNotASessionIsRefusedAsOpenRefusesIt() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.hurdles"), "not a database");

        assertThat(catchThrowableOfType(SessionFileException.class, () -> SessionFile.read(text, false)).problem())
                .isEqualTo(Problem.NOT_SQLITE);
        assertThat(catchThrowableOfType(SessionFileException.class,
                () -> SessionFile.read(dir.resolve("gone.hurdles"), false)).problem()).isEqualTo(Problem.MISSING);
    }
}
