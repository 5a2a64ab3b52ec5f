package org.hurdleboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.store.StoreTestFiles.newSession;
import static org.hurdleboard.store.StoreTestFiles.pragma;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Capture;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Item;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything captured in the discuss stage is in the file at once, with its undo history. */
class DiscussionStoreTest {
    private static final String ODD = "مرحبا 🚀 <script>alert(1)</script>\r\n=HYPERLINK(\"http://x\")\n"
            + "a".repeat(930);

    @TempDir
    Path dir;

    /** What a reopen must bring back. */
    private record Snapshot(List<Item> items, Map<Integer, Integer> champions, Deck deck, Set<Integer> added,
                            Map<Integer, Integer> votes) {
        static Snapshot of(Session session) {
            return new Snapshot(session.discussion().all(), session.discussion().allChampions(), session.deck(),
                    Set.copyOf(session.addedCards()), session.votesOf(1));
        }
    }

    /** Every kind of item, edited, deleted and moved, and the room's own card voted on and discussed. */
    private static void captureAWorkshop(Session session) {
        Capture capture = new Capture(session);
        Item first = capture.add(ItemKind.NOTE, 33, "We are not allowed on Facebook at work");
        capture.add(ItemKind.NOTE, 33, ODD);
        Item third = capture.add(ItemKind.NOTE, 33, "third, to be deleted");
        capture.add(ItemKind.IDEA, 33, "Ask the CIO for a pilot");
        Item action = capture.addAction(33, "Write to the CIO", "Head of digital", LocalDate.of(2027, 1, 15),
                ActionState.OPEN);
        capture.addAction(33, "Draft a social media policy", "Sam", null, ActionState.OPEN);
        capture.champions(33, 4);
        capture.add(ItemKind.PARKED, 0, "Budget for training");
        capture.edit(action, action.withState(ActionState.DOING).withDue(LocalDate.of(2027, 2, 1)));
        capture.edit(first, first.withText(first.text() + " (or LinkedIn)"));
        capture.delete(third);
        capture.move(session.discussion().items(ItemKind.NOTE, 33).get(1), -1);
        Card ours = capture.addCard("policy-and-guidance", "No time to learn", "Nobody gives us an hour");
        session.setVotes(1, ours.number(), 6);
        capture.add(ItemKind.IDEA, ours.number(), "A protected learning hour");
        capture.champions(ours.number(), 2);
    }

    @Test
    void everyKindOfItemSurvivesAReopenExactly() throws Exception {
        Path path = dir.resolve("discuss.hurdles");
        Snapshot before;
        try (SessionFile file = SessionFile.create(path, newSession("Discuss"))) {
            captureAWorkshop(file.session());
            before = Snapshot.of(file.session());
        }

        try (SessionFile file = SessionFile.open(path)) {
            Session session = file.session();
            assertThat(Snapshot.of(session)).isEqualTo(before);
            assertThat(session.discussion().items(ItemKind.NOTE, 33)).extracting(Item::text)
                    .containsExactly(ODD, "We are not allowed on Facebook at work (or LinkedIn)");
            assertThat(session.addedCards()).containsExactly(51);
            assertThat(session.deck().card(51).orElseThrow().title()).isEqualTo("No time to learn");
            assertThat(session.votes(1, 51)).isEqualTo(6);
        }
        assertThat(pragma(path, "integrity_check")).isEqualTo("ok");
    }

    @Test
    void undoReachesBackThroughEveryCaptureAfterAReopenAndRedoComesForwardAgain() throws Exception {
        Path path = dir.resolve("undo.hurdles");
        Snapshot captured;
        Snapshot empty;
        try (SessionFile file = SessionFile.create(path, newSession("Undo"))) {
            empty = Snapshot.of(file.session());
            captureAWorkshop(file.session());
            captured = Snapshot.of(file.session());
        }

        try (SessionFile file = SessionFile.open(path)) {
            while (file.session().canUndo()) {
                file.session().undo();
            }
            assertThat(Snapshot.of(file.session())).isEqualTo(empty);
        }
        try (SessionFile file = SessionFile.open(path)) {
            assertThat(Snapshot.of(file.session())).isEqualTo(empty);
            while (file.session().canRedo()) {
                file.session().redo();
            }
        }
        try (SessionFile file = SessionFile.open(path)) {
            assertThat(Snapshot.of(file.session())).isEqualTo(captured);
        }
    }

    @Test
    void aCopyCarriesTheDiscussionAndItsHistory() throws Exception {
        Path original = dir.resolve("original.hurdles");
        Path copy = dir.resolve("copy.hurdles");
        Snapshot captured;
        try (SessionFile file = SessionFile.create(original, newSession("Copy"))) {
            captureAWorkshop(file.session());
            captured = Snapshot.of(file.session());
            SessionFile.create(copy, file.session()).close();
        }

        try (SessionFile file = SessionFile.open(copy)) {
            assertThat(Snapshot.of(file.session())).isEqualTo(captured);
            file.session().undo();
            assertThat(file.session().discussion().champions(51)).isZero();
        }
    }

    @Test
    void aVersion4FileUpgradesAndTakesADiscussion() throws Exception {
        Path path = dir.resolve("v4.hurdles");
        try (var in = getClass().getResourceAsStream("/store/fixtures/session-v4.hurdles")) {
            java.nio.file.Files.copy(in, path);
        }
        try (SessionFile file = SessionFile.open(path)) {
            Session session = file.session();
            assertThat(session.discussion().all()).isEmpty();
            new Capture(session).add(ItemKind.IDEA, 12, "Pair up with IT");
            new Capture(session).addCard("policy-and-guidance", "Ours", "");
        }
        try (SessionFile file = SessionFile.open(path)) {
            assertThat(file.session().discussion().items(ItemKind.IDEA, 12)).extracting(Item::text)
                    .containsExactly("Pair up with IT");
            assertThat(file.session().addedCards()).containsExactly(51);
            file.session().undo();
            file.session().undo();
            assertThat(file.session().deck().cards()).hasSize(50);
        }
    }
}
