package org.hurdleboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscussionTest {
    /** 1,000 characters of what rooms type: right-to-left, emoji, markup, a formula, line breaks. */
    static final String ODD_TEXT = oddText();

    private final Session session = Session.start(
            new SessionDetails("Team day", "Digital", LocalDate.of(2026, 11, 29), "Sam", 12),
            TestDecks.withCategorySizes(3, 2), "What blocks us?");
    private final Discussion discussion = session.discussion();
    private final Capture capture = new Capture(session);

    static String oddText() {
        String piece = "مرحبا שלום 🚀👩🏽‍💻 <script>alert(1)</script> =HYPERLINK(\"x\")\r\nline two\ttab ";
        StringBuilder text = new StringBuilder();
        while (text.length() < 1000) {
            text.append(piece);
        }
        return text.substring(0, 999) + "!";
    }

    @Test
    void notesIdeasAndParkingLotItemsKeepTheOrderTheyWereCapturedIn() {
        Item first = capture.add(ItemKind.NOTE, 2, "We cannot install anything");
        Item second = capture.add(ItemKind.NOTE, 2, "IT says no");
        Item idea = capture.add(ItemKind.IDEA, 2, "Ask for a sandbox laptop");
        Item parked = capture.add(ItemKind.PARKED, 0, "Talk to comms about the budget");

        assertThat(discussion.items(ItemKind.NOTE, 2)).containsExactly(first, second);
        assertThat(discussion.items(ItemKind.IDEA, 2)).containsExactly(idea);
        assertThat(discussion.items(ItemKind.NOTE, 1)).isEmpty();
        assertThat(discussion.parkingLot()).containsExactly(parked);
        assertThat(discussion.discussedCards()).containsExactly(2);
        assertThat(List.of(first.id(), second.id(), idea.id(), parked.id())).doesNotHaveDuplicates();
    }

    @Test
    void oddTextIsKeptExactly() {
        Item note = capture.add(ItemKind.NOTE, 1, ODD_TEXT);

        assertThat(ODD_TEXT).hasSize(1000);
        assertThat(discussion.items(ItemKind.NOTE, 1).get(0).text()).isEqualTo(ODD_TEXT);
        assertThat(note.text()).contains("\r\n", "🚀", "مرحبا", "<script>", "=HYPERLINK(");
    }

    @Test
    void everyCaptureIsOneUndoStepAndRedoesExactly() {
        List<SessionChange> heard = new ArrayList<>();
        session.addListener(applied -> heard.add(applied.change()));
        Item note = capture.add(ItemKind.NOTE, 1, "first");
        Item action = capture.addAction(1, "Write the policy", "Head of comms", LocalDate.of(2027, 1, 31),
                ActionState.OPEN);
        capture.champions(1, 3);
        capture.edit(note, note.withText("first, edited"));
        capture.delete(action);

        assertThat(heard).hasSize(5);
        session.undo();
        assertThat(discussion.items(ItemKind.ACTION, 1)).containsExactly(action);
        session.undo();
        assertThat(discussion.items(ItemKind.NOTE, 1)).containsExactly(note);
        session.undo();
        assertThat(discussion.champions(1)).isZero();
        session.undo();
        session.undo();
        assertThat(discussion.discussedCards()).isEmpty();
        for (int i = 0; i < 5; i++) {
            session.redo();
        }
        assertThat(discussion.items(ItemKind.NOTE, 1)).containsExactly(note.withText("first, edited"));
        assertThat(discussion.items(ItemKind.ACTION, 1)).isEmpty();
        assertThat(discussion.champions(1)).isEqualTo(3);
    }

    @Test
    void anActionHasAnOwnerADueDateAndAStateThatCanEachBeEdited() {
        Item action = capture.addAction(4, "Pilot Teams in one team", "Digital lead", null, ActionState.OPEN);
        Item edited = action.withOwner("Sam").withDue(LocalDate.of(2027, 3, 1)).withState(ActionState.DOING)
                .withText("Pilot Teams in two teams");

        capture.edit(action, edited);

        assertThat(discussion.items(ItemKind.ACTION, 4)).containsExactly(edited);
        assertThat(edited.dueDate()).contains(LocalDate.of(2027, 3, 1));
        session.undo();
        assertThat(discussion.items(ItemKind.ACTION, 4).get(0).dueDate()).isEmpty();
        assertThat(capture.edit(action, action)).isEmpty();
    }

    @Test
    void itemsMoveUpAndDownTheirListAndTheMoveUndoes() {
        Item a = capture.add(ItemKind.IDEA, 3, "a");
        Item b = capture.add(ItemKind.IDEA, 3, "b");
        Item c = capture.add(ItemKind.IDEA, 3, "c");

        assertThat(capture.move(c, -2)).isTrue();
        assertThat(discussion.items(ItemKind.IDEA, 3)).containsExactly(c, a, b);
        assertThat(capture.move(c, -1)).isFalse();
        assertThat(capture.move(b, 1)).isFalse();
        session.undo();
        assertThat(discussion.items(ItemKind.IDEA, 3)).containsExactly(a, b, c);
    }

    @Test
    void aDeletedItemComesBackInItsOwnPlace() {
        Item a = capture.add(ItemKind.PARKED, 0, "a");
        Item b = capture.add(ItemKind.PARKED, 0, "b");
        Item c = capture.add(ItemKind.PARKED, 0, "c");

        capture.delete(b);
        assertThat(discussion.parkingLot()).containsExactly(a, c);
        session.undo();
        assertThat(discussion.parkingLot()).containsExactly(a, b, c);
    }

    @Test
    void championsAreNeverFewerThanNone() {
        assertThat(capture.champions(2, -1)).isEmpty();
        capture.champions(2, 4);
        capture.champions(2, -3);

        assertThat(discussion.champions(2)).isZero();
        assertThatThrownBy(() -> new ChampionsSet(2, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actionsAreListedByOwnerThenDueDateWithTheUnownedAndUndatedLast() {
        Item late = capture.addAction(1, "late", "comms", LocalDate.of(2027, 5, 1), ActionState.OPEN);
        Item undated = capture.addAction(2, "undated", "Comms", null, ActionState.DONE);
        Item early = capture.addAction(3, "early", "Comms", LocalDate.of(2027, 1, 1), ActionState.DOING);
        Item nobody = capture.addAction(1, "nobody", "", LocalDate.of(2026, 12, 1), ActionState.OPEN);
        Item alex = capture.addAction(4, "alex", "Alex", null, ActionState.OPEN);

        assertThat(discussion.actionsByOwner()).containsExactly(alex, early, late, undated, nobody);
    }

    @Test
    void theBoardKnowsWhichCardsHaveIdeasOrActions() {
        capture.add(ItemKind.NOTE, 1, "just a note");
        capture.add(ItemKind.IDEA, 2, "an idea");
        capture.addAction(3, "an action", "", null, ActionState.OPEN);

        assertThat(discussion.hasIdeasOrActions(1)).isFalse();
        assertThat(discussion.hasIdeasOrActions(2)).isTrue();
        assertThat(discussion.hasIdeasOrActions(3)).isTrue();
    }

    @Test
    void theRoomsOwnCardIsNumberedAfterTheDeckAndVotedAndDiscussedLikeAnyOther() {
        Card card = capture.addCard("category-1", "No time to learn", "");

        assertThat(card.number()).isEqualTo(6);
        assertThat(session.deck().card(6)).contains(card);
        assertThat(session.deck().cardsIn("category-1")).last().isEqualTo(card);
        assertThat(session.isAddedInSession(6)).isTrue();
        assertThat(session.isAddedInSession(5)).isFalse();
        session.setVotes(1, 6, 4);
        capture.add(ItemKind.IDEA, 6, "Protected learning hour");
        assertThat(session.votes(1, 6)).isEqualTo(4);
        assertThat(discussion.hasIdeasOrActions(6)).isTrue();

        session.undo();
        session.undo();
        session.undo();
        assertThat(session.deck().card(6)).isEmpty();
        assertThat(session.addedCards()).isEmpty();
        session.redo();
        assertThat(session.deck().card(6)).contains(card);
    }

    @Test
    void aRoomCardIsOnlyTakenOutWhenNothingIsOnItAndOnlyIfTheRoomAddedIt() {
        Card card = capture.addCard("category-2", "Ours", "Our own statement");
        session.setVotes(1, card.number(), 1);

        assertThatThrownBy(() -> session.apply(new CardRemoved(card))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.apply(new CardRemoved(session.deck().card(1).orElseThrow())))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> capture.addCard("no-such-category", "x", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itemsOnlyGoOnCardsOfTheDeckAndOnlyActionsHaveOwners() {
        assertThatThrownBy(() -> capture.add(ItemKind.NOTE, 99, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> capture.add(ItemKind.NOTE, 0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> capture.add(ItemKind.PARKED, 1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Item(1, ItemKind.NOTE, 1, "x", "Sam", null, ActionState.OPEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(discussion.discussedCards()).isEmpty();
    }

    @Test
    void anEditOrMoveThatNoLongerMatchesIsRefusedAndChangesNothing() {
        Item note = capture.add(ItemKind.NOTE, 1, "a");

        assertThatThrownBy(() -> session.apply(new ItemEdited(note.withText("not this"), note.withText("b"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.apply(new ItemMoved(note, 0, 1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> session.apply(new ItemAdded(note, 0))).isInstanceOf(IllegalStateException.class);
        assertThat(discussion.items(ItemKind.NOTE, 1)).containsExactly(note);
    }

    @Test
    void everyChangeUndoesToWhereItStarted() {
        Item note = Item.of(7, ItemKind.NOTE, 1, "x");
        List<SessionChange> changes = List.of(new ItemAdded(note, 0), new ItemRemoved(note, 2),
                new ItemEdited(note, note.withText("y")), new ItemMoved(note, 0, 3), new ChampionsSet(1, 0, 2),
                new CardAdded(new Card(9, "category-1", "t", "")));
        for (SessionChange change : changes) {
            assertThat(change.inverse().inverse()).isEqualTo(change);
            assertThat(change.inverse()).isNotEqualTo(change);
        }
    }
}
