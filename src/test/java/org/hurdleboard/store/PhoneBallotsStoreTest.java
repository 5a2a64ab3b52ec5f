package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hurdleboard.store.StoreTestFiles.newSession;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.PhoneState;
import org.hurdleboard.domain.PhoneVoting;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.Voting;
import org.hurdleboard.domain.VotingMethod;
import org.hurdleboard.domain.VotingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phones' ballots are saved at once like every vote, survive a reopen while open, and are gone from the file once closed. */
class PhoneBallotsStoreTest {
    private static final String ANNA = "ballot-anna-1a2b3c4d";
    private static final String BEN = "ballot-ben-5e6f7a8b";

    @TempDir
    Path dir;

    @Test
    void everyBallotIsInTheFileAtOnceAndAReopenedRoundCarriesOn() throws Exception {
        Path path = dir.resolve("phones.hurdles");
        try (SessionFile file = SessionFile.create(path, newSession("Phones"))) {
            PhoneVoting phones = new PhoneVoting(file.session());
            phones.open(1, VotingRule.dots(3, 2), 12);
            phones.cast(1, ANNA, Map.of(1, 2, 7, 1));
            phones.cast(1, BEN, Map.of(7, 1));
            phones.cast(1, ANNA, Map.of(1, 1));
            file.flush();
            assertThat(file.writesStopped()).isEmpty();
            // a second, read-only look sees what the writer committed: nothing waits for close
            Session saved = SessionFile.read(path, false).session();
            assertThat(saved.votesOf(1)).containsOnly(Map.entry(1, 1), Map.entry(7, 1));
            assertThat(saved.ballots(1)).containsOnly(Map.entry(ANNA, Map.of(1, 1)), Map.entry(BEN, Map.of(7, 1)));
        }

        try (SessionFile file = SessionFile.open(path)) {
            Session session = file.session();
            PhoneVoting phones = new PhoneVoting(session);
            assertThat(session.phoneState(1)).isEqualTo(PhoneState.OPEN);
            assertThat(session.ballotsIn(1)).isEqualTo(2);
            assertThat(session.ballotLimit(1)).isEqualTo(12);
            assertThat(session.settings(1).method()).isEqualTo(VotingMethod.PHONES);
            assertThat(session.settings(1).rule()).isEqualTo(VotingRule.dots(3, 2));
            assertThat(phones.cast(1, ANNA, Map.of(1, 2))).as("the same phone changes its mind after a restart")
                    .isEqualTo(org.hurdleboard.domain.BallotRefusal.NONE);
            assertThat(session.ballotsIn(1)).isEqualTo(2);
            assertThat(session.votesOf(1)).containsOnly(Map.entry(1, 2), Map.entry(7, 1));
        }
        assertThat(StoreTestFiles.pragma(path, "integrity_check")).isEqualTo("ok");
    }

    @Test
    void closingLeavesOnlyTheCountsAndTheNumberOfBallotsNotEvenInFreePages() throws Exception {
        Path path = dir.resolve("closed.hurdles");
        try (SessionFile file = SessionFile.create(path, newSession("Closed"))) {
            PhoneVoting phones = new PhoneVoting(file.session());
            phones.open(1, VotingRule.APPROVAL, 0);
            phones.cast(1, ANNA, Map.of(1, 1, 2, 1));
            phones.cast(1, BEN, Map.of(2, 1));
            file.flush();
            assertThat(new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1)).contains(ANNA);
            phones.close(1);
        }

        assertThat(new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1)).doesNotContain(ANNA)
                .doesNotContain(BEN);
        try (SessionFile file = SessionFile.open(path)) {
            Session session = file.session();
            assertThat(session.phoneState(1)).isEqualTo(PhoneState.CLOSED);
            assertThat(session.ballots(1)).isEmpty();
            assertThat(session.ballotsIn(1)).isEqualTo(2);
            assertThat(session.votesOf(1)).containsOnly(Map.entry(1, 1), Map.entry(2, 2));
            assertThat(session.settings(1).rule()).isEqualTo(VotingRule.APPROVAL);
        }
    }

    @Test
    void undoStopsAtTheBallotsAfterAReopenTooAndWhatCameAfterStillUndoes() throws Exception {
        Path path = dir.resolve("undo.hurdles");
        try (SessionFile file = SessionFile.create(path, newSession("Undo"))) {
            Session session = file.session();
            session.setVotes(1, 3, 4);
            Voting voting = new Voting(session);
            voting.addRound("Phones?", session.settings(1));
            PhoneVoting phones = new PhoneVoting(session);
            phones.open(2, VotingRule.dots(3, 0), 0);
            phones.cast(2, ANNA, Map.of(5, 3));
            voting.setStatus(5, CardStatus.BLOCKING);
        }

        try (SessionFile file = SessionFile.open(path)) {
            Session session = file.session();
            assertThat(session.undo()).as("the status, set after the ballot").isPresent();
            assertThat(session.status(5)).isEqualTo(CardStatus.NONE);
            assertThat(session.canUndo()).isFalse();
            assertThat(session.undoStoppedByBallots()).isTrue();
            assertThat(session.votesOf(2)).containsOnly(Map.entry(5, 3));
            assertThat(session.votesOf(1)).containsOnly(Map.entry(3, 4));
        }
    }

    @Test
    void aCopyOfAnOpenRoundKeepsItsBallotsAndItsUndoFloor() throws Exception {
        Path path = dir.resolve("original.hurdles");
        Path copy = dir.resolve("copy.hurdles");
        try (SessionFile file = SessionFile.create(path, newSession("Original"))) {
            Session session = file.session();
            session.setVotes(1, 3, 4);
            session.undo();
            new Voting(session).addRound("Phones?", session.settings(1));
            new PhoneVoting(session).open(2, VotingRule.dots(3, 0), 0);
            new PhoneVoting(session).cast(2, ANNA, Map.of(5, 3));
            SessionFile.create(copy, session).close();
        }

        try (SessionFile file = SessionFile.open(copy)) {
            assertThat(file.session().ballots(2)).containsOnly(Map.entry(ANNA, Map.of(5, 3)));
            assertThat(file.session().canUndo()).isFalse();
            assertThat(file.session().canRedo()).as("the ballot dropped the redo").isFalse();
        }
    }

    @Test
    void aBallotChangedBehindTheAppsBackIsFoundLikeAnyRow() throws Exception {
        Path path = dir.resolve("tampered.hurdles");
        try (SessionFile file = SessionFile.create(path, newSession("Tampered"))) {
            new PhoneVoting(file.session()).open(1, VotingRule.dots(3, 0), 0);
            new PhoneVoting(file.session()).cast(1, ANNA, Map.of(5, 3));
        }
        StoreTestFiles.execute(path, "UPDATE ballot SET dots = '5:1'");

        assertThat(catchThrowableOfType(SessionFileException.class, () -> SessionFile.open(path)).detail())
                .isEqualTo("a row of ballot does not match its checksum");
    }
}
