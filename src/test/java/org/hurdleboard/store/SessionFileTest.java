package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import static org.hurdleboard.store.StoreTestFiles.DECK;
import static org.hurdleboard.store.StoreTestFiles.closedFileWithOneVote;
import static org.hurdleboard.store.StoreTestFiles.execute;
import static org.hurdleboard.store.StoreTestFiles.newSession;
import static org.hurdleboard.store.StoreTestFiles.pragma;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.store.SessionFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFileTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileHoldsTheWholeSessionAndReopensTheSame() throws Exception {
        Path path = dir.resolve("Team day.hurdles");
        Session original = newSession("Team day \u2013 \u0645\u0631\u062d\u0628\u0627 \ud83d\ude80");
        original.restoreVotes(1, 7, 3);
        try (SessionFile file = SessionFile.create(path, original)) {
            assertThat(file.session().votes(1, 7)).isEqualTo(3);
        }

        try (SessionFile reopened = SessionFile.open(path)) {
            Session session = reopened.session();
            assertThat(session.details()).isEqualTo(original.details());
            assertThat(session.deck()).isEqualTo(DECK);
            assertThat(session.rounds()).isEqualTo(original.rounds());
            assertThat(session.votesOf(1)).containsExactlyEntriesOf(java.util.Map.of(7, 3));
        }
    }

    @Test
    void everyVoteIsInTheFileOnceWritten() throws Exception {
        Path path = dir.resolve("votes.hurdles");
        try (SessionFile file = SessionFile.create(path, newSession("Votes"))) {
            Session session = file.session();
            session.setVotes(1, 1, 1);
            session.setVotes(1, 1, 2);
            session.setVotes(1, 12, 4);
            session.setVotes(1, 33, 7);
            session.setVotes(1, 12, 0);
            file.flush();

            // read by a second, independent connection while the first is still open
            assertThat(storedVotes(path)).containsExactly("1=2", "12=0", "33=7");
        }
        try (SessionFile reopened = SessionFile.open(path)) {
            assertThat(reopened.session().votesOf(1)).containsOnlyKeys(1, 33);
            assertThat(reopened.session().totalVotes(1)).isEqualTo(9);
        }
    }

    @Test
    void closingWaitsForPendingWrites() throws Exception {
        Path path = dir.resolve("pending.hurdles");
        SessionFile file = SessionFile.create(path, newSession("Pending"));
        for (int i = 1; i <= 200; i++) {
            file.session().setVotes(1, 1 + i % 50, i);
        }
        file.close();

        try (SessionFile reopened = SessionFile.open(path)) {
            assertThat(reopened.session().votes(1, 1)).isEqualTo(200);
            assertThat(reopened.session().votes(1, 2)).isEqualTo(151);
        }
    }

    @Test
    void eachWriteIsReportedToTheListener() throws Exception {
        List<SessionChange> written = new CopyOnWriteArrayList<>();
        List<WriteProblem> problems = new CopyOnWriteArrayList<>();
        try (SessionFile file = SessionFile.create(dir.resolve("listen.hurdles"), newSession("Listen"))) {
            file.setWriteListener(WriteProblems.collectInto(written, problems));
            file.session().setVotes(1, 3, 2);
            file.flush();
        }
        assertThat(problems).isEmpty();
        assertThat(written).hasSize(1);
    }

    @Test
    void aFileSaysWhatItIsAndWhichSchemaItHas() throws Exception {
        Path path = dir.resolve("identity.hurdles");
        SessionFile.create(path, newSession("Identity")).close();

        assertThat(pragma(path, "application_id")).isEqualTo(String.valueOf(0x48425244));
        assertThat(pragma(path, "user_version")).isEqualTo(String.valueOf(Schema.CURRENT_VERSION));
        assertThat(pragma(path, "journal_mode")).isEqualTo("delete");
    }

    @Test
    void anExistingFileIsNeverReplaced() throws Exception {
        Path path = dir.resolve("taken.hurdles");
        Files.writeString(path, "precious");

        SessionFileException error = catchThrowableOfType(SessionFileException.class,
                () -> SessionFile.create(path, newSession("New")));

        assertThat(error.problem()).isEqualTo(Problem.ALREADY_EXISTS);
        assertThat(Files.readString(path)).isEqualTo("precious");
    }

    @Test
    void creatingMakesTheFolderAndLeavesNoPartialFileBehind() throws Exception {
        Path path = dir.resolve("new folder").resolve("deeper").resolve("day.hurdles");
        SessionFile.create(path, newSession("Day")).close();

        try (var files = Files.list(path.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("day.hurdles");
        }
    }

    @Test
    void aJournalLeftByAnOldCrashIsNotRolledIntoANewFile() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("reused.hurdles"), "Old", 9);
        // catch a rollback journal mid-transaction, as a crash would leave it
        Path journal = dir.resolve("reused.hurdles-journal");
        Path kept = dir.resolve("kept-journal");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            // a one-page cache makes SQLite write changed pages to the file mid-transaction, as in a crash
            statement.execute("PRAGMA cache_size = 1");
            connection.setAutoCommit(false);
            statement.executeUpdate("UPDATE vote_count SET votes = 1");
            statement.executeUpdate("DELETE FROM card WHERE number > 40");
            Files.copy(journal, kept);
            connection.rollback();
        }
        Files.delete(path);
        Files.move(kept, journal);

        try (SessionFile file = SessionFile.create(path, newSession("New"))) {
            assertThat(file.session().details().title()).isEqualTo("New");
        }
        try (SessionFile reopened = SessionFile.open(path)) {
            assertThat(reopened.session().details().title()).isEqualTo("New");
            assertThat(reopened.session().votesOf(1)).isEmpty();
            assertThat(reopened.session().deck().size()).isEqualTo(50);
        }
    }

    @Test
    void deletingASessionFileTakesItsJournalToo() throws Exception {
        Path path = dir.resolve("demo.hurdles");
        SessionFile.create(path, newSession("Demo")).close();
        Files.writeString(dir.resolve("demo.hurdles-journal"), "left by a crash");

        SessionFile.delete(path);

        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFreeNameIsFoundBesideATakenOne() throws Exception {
        Path wanted = dir.resolve("Day.hurdles");
        assertThat(SessionFile.firstFreePath(wanted)).isEqualTo(wanted);
        Files.writeString(wanted, "x");
        Files.writeString(dir.resolve("Day (2).hurdles"), "x");

        assertThat(SessionFile.firstFreePath(wanted)).isEqualTo(dir.resolve("Day (3).hurdles"));
    }

    @Test
    void aMissingFileIsReportedAsMissing() {
        assertThat(openFailure(dir.resolve("gone.hurdles"))).isEqualTo(Problem.MISSING);
    }

    @Test
    void aFolderIsNotASessionFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder.hurdles"));
        assertThat(openFailure(folder)).isEqualTo(Problem.UNREADABLE);
    }

    @Test
    void aFileThatIsNotSqliteIsReportedAsSuch() throws IOException {
        assertThat(openFailure(Files.writeString(dir.resolve("notes.hurdles"), "minutes of the meeting")))
                .isEqualTo(Problem.NOT_SQLITE);
        assertThat(openFailure(Files.write(dir.resolve("empty.hurdles"), new byte[0]))).isEqualTo(Problem.NOT_SQLITE);
    }

    @Test
    void anotherAppsDatabaseIsNotASession() throws Exception {
        Path other = dir.resolve("other.hurdles");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE contacts (name TEXT)");
        }
        byte[] before = Files.readAllBytes(other);

        assertThat(openFailure(other)).isEqualTo(Problem.NOT_A_SESSION);
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void aFileFromANewerVersionIsRefusedWithItsVersion() throws Exception {
        Path path = dir.resolve("newer.hurdles");
        SessionFile.create(path, newSession("Newer")).close();
        execute(path, "PRAGMA user_version = 11");

        SessionFileException error = catchThrowableOfType(SessionFileException.class, () -> SessionFile.open(path));

        assertThat(error.problem()).isEqualTo(Problem.NEWER_VERSION);
        assertThat(error.detail()).isEqualTo("11");
    }

    @Test
    void aDamagedFileIsReportedAsDamagedAndLeftAlone() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("damaged.hurdles"), "Damaged", 5);
        byte[] bytes = Files.readAllBytes(path);
        // scribble over every page after the first: the header says SQLite, the rest is noise
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(path, bytes);

        assertThat(openFailure(path)).isEqualTo(Problem.DAMAGED);
        assertThat(Files.readAllBytes(path)).isEqualTo(bytes);
    }

    private static Problem openFailure(Path path) {
        SessionFileException error = catchThrowableOfType(SessionFileException.class, () -> SessionFile.open(path));
        assertThat(error).as("opening %s should fail", path).isNotNull();
        return error.problem();
    }

    private static List<String> storedVotes(Path path) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT card_number, votes FROM vote_count WHERE round_id = 1 ORDER BY card_number")) {
            List<String> votes = new java.util.ArrayList<>();
            while (rows.next()) {
                votes.add(rows.getInt(1) + "=" + rows.getInt(2));
            }
            return votes;
        }
    }
}
