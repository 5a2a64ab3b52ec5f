package org.hurdleboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hurdleboard.domain.FollowUps;
import org.hurdleboard.domain.PreviousWorkshop;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.store.SessionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --series} and {@code series}: a chain of follow-up workshops, in order. */
class SeriesCommandTest {
    @TempDir
    Path dir;

    /**
     * Five workshops, each following up the one before; their dates out of order on purpose (the
     * third is dated before the second), so only the chain gives their order.
     */
    private List<Path> seriesOfFive() throws Exception {
        LocalDate[] dates = {LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 10), LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 10, 10), LocalDate.of(2027, 1, 10)};
        List<Path> files = new ArrayList<>();
        files.add(Workshops.create(dir.resolve("w1.hurdles"), "Workshop 1", dates[0], 1));
        for (int i = 1; i < 5; i++) {
            Path previous = files.get(i - 1);
            SessionFile.Contents last = SessionFile.read(previous, false);
            Session next = FollowUps.start(last.session(), new PreviousWorkshop(last.uid(), previous.toString(),
                    last.session().details().title(), last.session().details().date()),
                    new SessionDetails("Workshop " + (i + 1), "Digital team", dates[i], "Sam", 12), "What blocks us?");
            next.restoreVotes(1, i + 1, 10 + i);
            Path file = dir.resolve("w" + (i + 1) + ".hurdles");
            SessionFile.create(file, next).close();
            files.add(file);
        }
        return files;
    }

    @Test
    void aSeriesOfFiveComparesInOrderFromAnyFileInIt() throws Exception {
        List<Path> files = seriesOfFive();
        Path out = dir.resolve("series.json");

        CliRun run = CliRun.of("compare", "--series", files.get(2).toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode sessions = new ObjectMapper().readTree(out.toFile()).path("sessions");
        List<String> titles = new ArrayList<>();
        sessions.forEach(session -> titles.add(session.path("title").asText()));
        assertThat(titles).as("the chain's order, not the dates'")
                .containsExactly("Workshop 1", "Workshop 2", "Workshop 3", "Workshop 4", "Workshop 5");
    }

    @Test
    void theCommandLineListsAFoldersSeriesAndSaysWhereAChainIsBroken() throws Exception {
        List<Path> files = seriesOfFive();
        Workshops.create(dir.resolve("other.hurdles"), "A one-off", LocalDate.of(2026, 6, 1), 3);

        CliRun list = CliRun.of("series", dir.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("Series 1: 5 workshops", "1. 2026-01-10  Workshop 1  (file w1.hurdles)",
                "5. 2027-01-10  Workshop 5  (file w5.hurdles)", "Series 2: 1 workshop", "A one-off");

        Files.delete(files.get(0));
        Path out = dir.resolve("series.html");
        CliRun broken = CliRun.of("compare", "--series", files.get(4).toString(), "-o", out.toString());
        assertThat(broken.exitCode()).as("written, but the chain stops short").isEqualTo(3);
        assertThat(broken.err()).contains("The series stops before \u201cWorkshop 1\u201d", "w1.hurdles");
        assertThat(Files.readString(out)).contains("Workshop 2", "Workshop 5");
    }

    @Test
    void filesAndASeriesTogetherAreRefusedWithWhatToDo() throws Exception {
        List<Path> files = seriesOfFive();
        CliRun run = CliRun.of("compare", files.get(0).toString(), "--series", files.get(1).toString(), "-o",
                dir.resolve("x.html").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not both");
    }
}
