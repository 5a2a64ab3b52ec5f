package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.store.StoreTestFiles.closedFileWithOneVote;
import static org.hurdleboard.store.StoreTestFiles.executeAndReseal;
import static org.hurdleboard.store.StoreTestFiles.pragma;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each opening leaves a consistent copy the facilitator can go back to. */
class BackupsTest {
    private static final Instant NINE_AM = Instant.parse("2026-11-29T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void openingTakesABackupWithTheVotesAtThatMoment() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("day.hurdles"), "Day", 3);
        Backups backups = backupsAt(NINE_AM);

        try (SessionFile file = SessionFile.open(path, backups)) {
            file.session().setVotes(1, 2, 5);
        }

        List<Backups.Backup> taken = backups.of(path);
        assertThat(taken).hasSize(1);
        assertThat(taken.get(0).takenAt()).isEqualTo(NINE_AM);
        assertThat(taken.get(0).votes()).isEqualTo(3);
        assertThat(pragma(taken.get(0).file(), "integrity_check")).isEqualTo("ok");
    }

    @Test
    void theNewestTenAreKeptAndListedNewestFirst() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("often.hurdles"), "Often", 0);
        for (int opening = 0; opening < 12; opening++) {
            try (SessionFile file = SessionFile.open(path, backupsAt(NINE_AM.plus(Duration.ofMinutes(opening))))) {
                file.session().setVotes(1, 1, opening + 1);
            }
        }

        List<Backups.Backup> kept = backupsAt(NINE_AM).of(path);
        assertThat(kept).hasSize(Backups.KEPT);
        assertThat(kept.get(0).takenAt()).isEqualTo(NINE_AM.plus(Duration.ofMinutes(11)));
        assertThat(kept.get(0).votes()).isEqualTo(11);
        assertThat(kept.get(9).takenAt()).isEqualTo(NINE_AM.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aDamagedFileFindsItsBackupsAndARestoreNeverReplacesIt() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("broken.hurdles"), "Broken", 6);
        Backups backups = backupsAt(NINE_AM);
        SessionFile.open(path, backups).close();
        byte[] damaged = Files.readAllBytes(path);
        for (int i = 4096; i < damaged.length; i++) {
            damaged[i] = 0;
        }
        Files.write(path, damaged);

        Backups.Backup last = backups.of(path).get(0);
        Path restored = Backups.restore(last, path, dir.resolve("fallback"));

        assertThat(restored.getParent()).isEqualTo(path.getParent());
        assertThat(restored.getFileName().toString()).startsWith("broken (restored ").endsWith(".hurdles");
        assertThat(Files.readAllBytes(path)).isEqualTo(damaged);
        try (SessionFile file = SessionFile.open(restored)) {
            assertThat(file.session().votes(1, 1)).isEqualTo(6);
        }
    }

    @Test
    void anIdFromAFileCannotPlaceABackupOutsideTheFolder() throws Exception {
        Path path = closedFileWithOneVote(dir.resolve("hostile.hurdles"), "Hostile", 1);
        executeAndReseal(path, "UPDATE session SET uid = '../../escaped'");

        SessionFile.open(path, backupsAt(NINE_AM)).close();

        assertThat(dir.resolve("escaped")).doesNotExist();
        assertThat(backupsAt(NINE_AM).of(path)).hasSize(1);
    }

    private Backups backupsAt(Instant now) {
        return new Backups(dir.resolve("backups"), Clock.fixed(now, ZoneOffset.UTC));
    }
}
