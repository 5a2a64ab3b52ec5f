package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hurdleboard.store.StoreTestFiles.newSession;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.hurdleboard.domain.PhoneKeys;
import org.hurdleboard.domain.PhoneVoting;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.Voting;
import org.hurdleboard.domain.VotingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round's phone keys (link token, room code, ballot-signing secret, port) are in its file while
 * it is open, so the same round reopened after a restart or a crash keeps its link and its phones;
 * they are overwritten once voting closes, and no copy or backup carries them to a second laptop.
 */
class PhoneKeysStoreTest {
    @TempDir
    Path dir;

    private static Path openRoundFile(Path path) throws Exception {
        try (SessionFile file = SessionFile.create(path, newSession("Keys"))) {
            new PhoneVoting(file.session()).open(1, VotingRule.dots(3, 0), 0);
        }
        return path;
    }

    private static PhoneKeys keysOf(SessionFile file, int roundId) {
        return file.keysFor(roundId, StoreTestFiles::freshKeys);
    }

    private static String bytesOf(Path path) throws Exception {
        return new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
    }

    @Test
    void theKeysSurviveACloseAndAReopenAndAreGoneFromTheFileOnceVotingCloses() throws Exception {
        Path path = openRoundFile(dir.resolve("keys.hurdles"));
        PhoneKeys first;
        try (SessionFile file = SessionFile.open(path)) {
            first = keysOf(file, 1);
            file.usedPort(1, 8125);
            assertThat(keysOf(file, 1)).as("asked again in the same run").isEqualTo(first.withPort(8125));
        }
        // no clean close at all, as after a crash: the keys were committed when they were made
        try (SessionFile file = SessionFile.open(path)) {
            assertThat(keysOf(file, 1)).isEqualTo(first.withPort(8125));
            assertThat(bytesOf(path)).contains(first.secret()).contains(first.token());
            new PhoneVoting(file.session()).close(1);
            file.flush();
        }

        assertThat(bytesOf(path)).as("overwritten, not left in a free page").doesNotContain(first.secret())
                .doesNotContain(first.token());
        assertThat(StoreTestFiles.pragma(path, "integrity_check")).isEqualTo("ok");
        try (SessionFile file = SessionFile.open(path)) {
            PhoneKeys afterClose = keysOf(file, 1);
            assertThat(afterClose.token()).isNotEqualTo(first.token());
            file.flush();
        }
        assertThat(StoreTestFiles.count(path, "phone_key")).as("a closed round keeps no keys").isZero();
    }

    @Test
    void aRoundNeverSharesKeysWithAnotherAndAnOpeningTakenBackForgetsThem() throws Exception {
        Path path = openRoundFile(dir.resolve("rounds.hurdles"));
        try (SessionFile file = SessionFile.open(path)) {
            Session session = file.session();
            PhoneKeys firstRound = keysOf(file, 1);
            new Voting(session).addRound("What first?", session.settings(1));
            new PhoneVoting(session).open(2, VotingRule.APPROVAL, 0);
            PhoneKeys secondRound = keysOf(file, 2);
            assertThat(secondRound.token()).isNotEqualTo(firstRound.token());
            assertThat(secondRound.secret()).isNotEqualTo(firstRound.secret());
            assertThat(bytesOf(path)).as("the first round closed when the second began")
                    .doesNotContain(firstRound.secret());

            session.undo();
            file.flush();
            assertThat(bytesOf(path)).doesNotContain(secondRound.secret());
            session.redo();
            assertThat(keysOf(file, 2).token()).as("opened again: a new link").isNotEqualTo(secondRound.token());
        }
    }

    @Test
    void aBackupHoldsNoKeysAndASavedCopyTakesThemAwayFromTheOriginal() throws Exception {
        Path path = openRoundFile(dir.resolve("original.hurdles"));
        Path copyPath = dir.resolve("copy.hurdles");
        Backups backups = new Backups(dir.resolve("backups"), Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"),
                ZoneOffset.UTC));
        PhoneKeys keys;
        try (SessionFile file = SessionFile.open(path)) {
            keys = keysOf(file, 1);
        }
        try (SessionFile file = SessionFile.open(path, backups)) {
            Path backup = backups.of(path).get(0).file();
            assertThat(bytesOf(backup)).doesNotContain(keys.secret()).doesNotContain(keys.token());
            assertThat(StoreTestFiles.pragma(backup, "integrity_check")).isEqualTo("ok");
            try (SessionFile copy = SessionFile.create(copyPath, file.session())) {
                file.movePhoneKeysTo(copy);
                assertThat(keysOf(copy, 1)).as("the copy carries on with the room's link").isEqualTo(keys);
            }
            file.flush();
            assertThat(bytesOf(path)).as("one file at a time holds them").doesNotContain(keys.secret());
        }
        try (SessionFile copy = SessionFile.open(copyPath)) {
            assertThat(keysOf(copy, 1)).isEqualTo(keys);
        }
    }

    @Test
    void keysChangedBehindTheAppsBackAreFoundLikeAnyRow() throws Exception {
        Path path = openRoundFile(dir.resolve("tampered.hurdles"));
        try (SessionFile file = SessionFile.open(path)) {
            keysOf(file, 1);
        }
        StoreTestFiles.execute(path, "UPDATE phone_key SET room_code = 'AAAAAA'");

        assertThat(catchThrowableOfType(SessionFileException.class, () -> SessionFile.open(path)).detail())
                .isEqualTo("a row of phone_key does not match its checksum");
    }
}
