package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hurdleboard.store.StoreTestFiles.execute;
import static org.hurdleboard.store.StoreTestFiles.newSession;

import java.nio.file.Path;
import org.hurdleboard.store.SessionFileException.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file changed behind the app's back by a tool that does not reseal it: rows taken away, or
 * objects the app never makes planted in it. Opening and {@code check} both refuse it, saying what
 * they found, instead of showing fewer votes or letting a trigger change votes as the app writes.
 */
class ForeignChangesTest {
    @TempDir
    Path dir;

    private Path fileWithVotes() throws Exception {
        Path path = dir.resolve("votes.hurdles");
        try (SessionFile file = SessionFile.create(path, newSession("Votes"))) {
            for (int card = 1; card <= 50; card++) {
                file.session().setVotes(1, card, card % 7);
            }
        }
        return path;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DELETE FROM vote_count WHERE card_number = 33 | rows are missing from vote_count",
        "DELETE FROM change_log WHERE seq = 3 | rows are missing from change_log",
        "DELETE FROM prompt | rows are missing from prompt",
        "DELETE FROM table_check WHERE name = 'card' | the rows of card are not the ones Hurdle Board saved",
        "CREATE TRIGGER wipe AFTER UPDATE ON vote_count BEGIN DELETE FROM vote_count WHERE card_number = 1; END"
                + " | it holds a trigger \"wipe\" that Hurdle Board did not make",
        "CREATE VIEW ranked AS SELECT * FROM vote_count | it holds a view \"ranked\" that Hurdle Board did not make",
        "CREATE INDEX by_votes ON vote_count (votes) | it holds an index \"by_votes\" that Hurdle Board did not make",
        "CREATE TABLE extra (x) | it holds a table \"extra\" that Hurdle Board did not make",
        "DROP INDEX discussion_item_list | its index discussion_item_list is missing",
    })
    void aFileChangedBehindTheAppsBackIsRefusedSayingWhatWasFound(String sql, String found) throws Exception {
        Path path = fileWithVotes();
        execute(path, sql);

        SessionFileException opening = catchThrowableOfType(SessionFileException.class, () -> SessionFile.open(path));
        SessionFileException checking = catchThrowableOfType(SessionFileException.class,
                () -> SessionFile.read(path, true));

        assertThat(opening).as("opened after: %s", sql).isNotNull();
        assertThat(opening.problem()).isEqualTo(Problem.DAMAGED);
        assertThat(opening.detail()).isEqualTo(found);
        assertThat(checking).as("check passed after: %s", sql).isNotNull();
        assertThat(checking.detail()).isEqualTo(found);
    }

    @Test
    void aDamagedFileIsDescribedInTheAppsWordsNeverTheLibrarys() throws Exception {
        Path path = fileWithVotes();
        StoreTestFiles.executeAndReseal(path, "UPDATE session SET workshop_date = 'not a date'");

        SessionFileException error = catchThrowableOfType(SessionFileException.class, () -> SessionFile.read(path, false));

        assertThat(error.problem()).isEqualTo(Problem.DAMAGED);
        assertThat(error.detail()).isEqualTo("the workshop's details cannot be read (its date, or a missing value)")
                .doesNotContain("parsed");
    }

    @Test
    void anUnreadableUndoHistoryIsDescribedWithoutTheJsonParsersText() throws Exception {
        Path path = fileWithVotes();
        StoreTestFiles.executeAndReseal(path, "UPDATE change_log SET change = '{\"kind\": nonsense' WHERE seq = 2");

        SessionFileException error = catchThrowableOfType(SessionFileException.class, () -> SessionFile.read(path, true));

        assertThat(error.detail()).isEqualTo("a change in its undo history cannot be read").doesNotContain("Source");
    }
}
