package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.store.StoreTestFiles.pragma;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.hurdleboard.domain.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written by every earlier version of the app open with all their data. Each earlier schema
 * has a fixture under src/test/resources/store/fixtures, written by the app of that time.
 */
class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void everyEarlierSchemaHasAFixtureThatOpensWithAllItsData() throws Exception {
        for (int version = 1; version < Schema.CURRENT_VERSION; version++) {
            Path path = fixture(version);
            try (SessionFile file = SessionFile.open(path)) {
                assertFixtureData(file.session(), version);
            }
            assertThat(pragma(path, "user_version")).as("upgraded from %d", version)
                    .isEqualTo(String.valueOf(Schema.CURRENT_VERSION));
        }
    }

    @Test
    void anUpgradedFileWorksLikeANewOneAndKeepsItsUndoAcrossAReopen() throws Exception {
        Path path = fixture(1);
        try (SessionFile file = SessionFile.open(path)) {
            assertThat(file.session().canUndo()).isFalse();
            file.session().setVotes(1, 2, 4);
            file.session().setVotes(1, 1, 8);
        }
        try (SessionFile file = SessionFile.open(path)) {
            file.session().undo();
            assertThat(file.session().votes(1, 1)).isEqualTo(7);
            assertThat(file.session().votes(1, 2)).isEqualTo(4);
        }
        assertThat(pragma(path, "integrity_check")).isEqualTo("ok");
    }

    @Test
    void anOlderFileOpenedReadOnlyIsShownButNotChanged() throws Exception {
        Path path = fixture(1);
        byte[] before = Files.readAllBytes(path);

        try (SessionFile file = SessionFile.openReadOnly(path)) {
            assertThat(file.isReadOnly()).isTrue();
            assertFixtureData(file.session(), 1);
        }

        assertThat(Files.readAllBytes(path)).isEqualTo(before);
    }

    private static void assertFixtureData(Session session, int version) {
        assertThat(session.details().title()).isEqualTo("Fixture v" + version + " \u2014 \u00abTeam day\u00bb \ud83d\ude80");
        assertThat(session.details().team()).isEqualTo("Digital team");
        assertThat(session.details().date()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(session.details().facilitator()).isEqualTo("Sam Facilitator");
        assertThat(session.details().participants()).isEqualTo(14);
        assertThat(session.deck().cards()).hasSize(50);
        assertThat(session.deck().source().author()).isEqualTo("Tim Davies");
        assertThat(session.deck().translationOf()).as("an original, as every deck was before layout 7").isEmpty();
        assertThat(session.rounds().get(0).question()).isEqualTo("What blocks us?");
        assertThat(session.votesOf(1)).containsOnly(Map.entry(1, 7), Map.entry(12, 3), Map.entry(23, 1),
                Map.entry(50, 9999));
    }

    @Test
    void aVersion4FileKeepsItsStatusesAndItsDotRoundAndItsUndo() throws Exception {
        try (SessionFile file = SessionFile.open(fixture(4))) {
            Session session = file.session();
            assertThat(session.status(12)).isEqualTo(org.hurdleboard.domain.CardStatus.BLOCKING);
            assertThat(session.settings(2).rule().isDots()).isTrue();
            assertThat(session.votesOf(2)).containsOnly(Map.entry(1, 1));
            session.redo();
            assertThat(session.votes(1, 2)).isEqualTo(5);
            session.undo();
            session.undo();
            assertThat(session.votesOf(2)).isEmpty();
        }
    }

    @Test
    void aVersion5FileKeepsItsDiscussionAndGetsItsTableChecks() throws Exception {
        Path path = fixture(5);
        try (SessionFile file = SessionFile.open(path)) {
            Session session = file.session();
            assertThat(session.discussion().items(org.hurdleboard.domain.ItemKind.NOTE, 12)).hasSize(1);
            assertThat(session.discussion().items(org.hurdleboard.domain.ItemKind.ACTION, 12).get(0).owner())
                    .isEqualTo("Head of digital");
            assertThat(session.discussion().champions(12)).isEqualTo(3);
        }
        StoreTestFiles.execute(path, "DELETE FROM vote_count WHERE card_number = 50");
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(SessionFileException.class,
                () -> SessionFile.open(path)).detail()).isEqualTo("rows are missing from vote_count");
    }

    @Test
    void aVersion7FileKeepsHowEachRoundWasVotedAndGetsNoPhoneVoting() throws Exception {
        try (SessionFile file = SessionFile.open(fixture(7))) {
            Session session = file.session();
            assertThat(session.settings(1).method()).isEqualTo(org.hurdleboard.domain.VotingMethod.HANDS);
            assertThat(session.settings(2).method()).as("dots were placed at the board")
                    .isEqualTo(org.hurdleboard.domain.VotingMethod.BOARD);
            assertThat(session.settings(2).rule()).isEqualTo(org.hurdleboard.domain.VotingRule.dots(3, 0));
            assertThat(session.settings(2).hideVotes()).isTrue();
            assertThat(session.phoneState(2)).isEqualTo(org.hurdleboard.domain.PhoneState.NOT_OPENED);
            assertThat(session.ballotsIn(2)).isZero();
            session.redo();
            assertThat(session.votes(1, 2)).isEqualTo(5);
            session.undo();
            session.undo();
            assertThat(session.votesOf(2)).isEmpty();
        }
    }

    @Test
    void aVersion9FileKeepsItsOpenPhoneRoundAndItsLinkAndTheRoundGetsKeysWhenVotingOpensAgain() throws Exception {
        Path path = fixture(9);
        try (SessionFile file = SessionFile.open(path)) {
            Session session = file.session();
            assertThat(session.followUp().previous()).isPresent();
            assertThat(session.followUp().previous().get().title()).isEqualTo("Team day in spring");
            assertThat(session.followUp().earlier()).hasSize(1);
            assertThat(session.phoneState(2)).isEqualTo(org.hurdleboard.domain.PhoneState.OPEN);
            assertThat(session.settings(2).rule()).isEqualTo(org.hurdleboard.domain.VotingRule.APPROVAL);
            assertThat(session.ballots(2)).containsOnly(
                    Map.entry("fixture-ballot-one-1a2b3c4d", Map.of(1, 1, 12, 1)),
                    Map.entry("fixture-ballot-two-5e6f7a8b", Map.of(12, 1)));
            assertThat(session.votesOf(2)).containsOnly(Map.entry(1, 1), Map.entry(12, 2));
            assertThat(StoreTestFiles.count(path, "phone_key")).as("layout 9 kept no keys").isZero();
            org.hurdleboard.domain.PhoneKeys keys = file.keysFor(2, StoreTestFiles::freshKeys);
            session.redo();
            assertThat(session.votes(1, 2)).isEqualTo(5);
            file.flush();
            assertThat(StoreTestFiles.count(path, "phone_key")).isEqualTo(1);
            file.close();
            try (SessionFile again = SessionFile.open(path)) {
                assertThat(again.keysFor(2, StoreTestFiles::freshKeys)).isEqualTo(keys);
            }
        }
    }

    @Test
    void theUndoHistoryOfAVersion2FileSurvivesTheUpgrade() throws Exception {
        try (SessionFile file = SessionFile.open(fixture(2))) {
            Session session = file.session();
            session.redo();
            assertThat(session.votes(1, 2)).isEqualTo(5);
            session.undo();
            session.undo();
            assertThat(session.votes(1, 50)).isZero();
        }
    }

    /** A writable copy of the checked-in fixture of a schema version. */
    private Path fixture(int version) throws Exception {
        String name = "session-v" + version + ".hurdles";
        Path copy = dir.resolve(name);
        Files.deleteIfExists(copy);
        try (InputStream in = getClass().getResourceAsStream("/store/fixtures/" + name)) {
            assertThat(in).as("fixture of schema version %d: %s", version, name).isNotNull();
            Files.copy(in, copy);
        }
        return copy;
    }
}
