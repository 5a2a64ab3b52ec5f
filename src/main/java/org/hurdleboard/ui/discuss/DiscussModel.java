package org.hurdleboard.ui.discuss;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Capture;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Item;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.report.RankedHurdle;
import org.hurdleboard.domain.report.SessionReport;
import org.hurdleboard.ui.workshop.WorkshopModel;

/**
 * The discuss stage: the cards to talk about (the top of the last round, ranked as the reports
 * rank them, plus any the facilitator adds), the one on screen, and what the room says about it.
 * Each capture is one change to the session, so it is saved at once and undone with Ctrl+Z.
 */
public final class DiscussModel {
    /** How many of the last round's top cards the room discusses unless the facilitator changes it. */
    public static final int TOP = 5;

    private final WorkshopModel workshop;
    private final Session session;
    private final Capture capture;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Card> card = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Card> agenda = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    public DiscussModel(WorkshopModel workshop) {
        this.workshop = workshop;
        this.session = workshop.session();
        this.capture = new Capture(session);
        // every change (a capture, an undo, a vote) may change what the stage shows
        session.addListener(applied -> changed());
    }

    private void changed() {
        Card shown = card.get();
        if (shown != null) {
            // an undo may take the room's own card away again
            Optional<Card> now = session.deck().card(shown.number());
            if (now.isEmpty()) {
                agenda.remove(shown);
                card.set(agenda.isEmpty() ? null : agenda.get(0));
            }
        }
        revision.set(revision.get() + 1);
    }

    /** True while the discuss stage is on, instead of the board. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** The card being discussed; null when there is none to discuss. */
    public ReadOnlyObjectProperty<Card> cardProperty() {
        return card.getReadOnlyProperty();
    }

    /** Goes up with every change to the session, so views showing what was captured redraw. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The cards to discuss, in order. */
    public ObservableList<Card> agenda() {
        return FXCollections.unmodifiableObservableList(agenda);
    }

    /** The workshop being discussed: its votes, statuses, undo and redo. */
    public WorkshopModel workshop() {
        return workshop;
    }

    public Deck deck() {
        return session.deck();
    }

    public boolean canChange() {
        return workshop.canChange();
    }

    /**
     * Starts the stage: the first time, on the top {@link #TOP} cards of the last round and any
     * card already discussed (in an earlier sitting); afterwards where the facilitator left it.
     */
    public void start() {
        if (agenda.isEmpty()) {
            agenda.setAll(firstAgenda());
        }
        if (card.get() == null && !agenda.isEmpty()) {
            card.set(agenda.get(0));
        }
        active.set(true);
    }

    private List<Card> firstAgenda() {
        Set<Integer> numbers = new java.util.LinkedHashSet<>();
        List<RankedHurdle> ranked = SessionReport.of(session).lastRound().ranked();
        ranked.stream().limit(TOP).forEach(hurdle -> numbers.add(hurdle.cardNumber()));
        numbers.addAll(new TreeSet<>(session.discussion().discussedCards()));
        List<Card> cards = new ArrayList<>();
        numbers.forEach(number -> session.deck().card(number).ifPresent(cards::add));
        return cards;
    }

    public void stop() {
        active.set(false);
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int by) {
        int at = agenda.indexOf(card.get());
        int to = at + by;
        if (at >= 0 && to >= 0 && to < agenda.size()) {
            card.set(agenda.get(to));
        }
    }

    /** Where the card shown is in the agenda, from 1; 0 when there is none. */
    public int position() {
        return agenda.indexOf(card.get()) + 1;
    }

    /** Adds a card to the agenda (after the one shown) and shows it; false for no such card. */
    public boolean discuss(int cardNumber) {
        Optional<Card> found = session.deck().card(cardNumber);
        if (found.isEmpty()) {
            return false;
        }
        Card chosen = found.get();
        if (!agenda.contains(chosen)) {
            agenda.add(position(), chosen);
        }
        card.set(chosen);
        return true;
    }

    /** Skips the card shown: takes it off the agenda (what was captured stays) and shows the next. */
    public void skip() {
        int at = agenda.indexOf(card.get());
        if (at < 0) {
            return;
        }
        agenda.remove(at);
        card.set(agenda.isEmpty() ? null : agenda.get(Math.min(at, agenda.size() - 1)));
    }

    /** The items of a kind on the card shown; the parking lot for {@link ItemKind#PARKED}. */
    public List<Item> items(ItemKind kind) {
        if (kind == ItemKind.PARKED) {
            return session.discussion().parkingLot();
        }
        Card shown = card.get();
        return shown == null ? List.of() : session.discussion().items(kind, shown.number());
    }

    public int champions() {
        Card shown = card.get();
        return shown == null ? 0 : session.discussion().champions(shown.number());
    }

    /** Every action of the workshop, by owner then due date. */
    public List<Item> actions() {
        return session.discussion().actionsByOwner();
    }

    /** The card an item is on, for the actions list. */
    public Optional<Card> cardOf(Item item) {
        return session.deck().card(item.cardNumber());
    }

    public boolean isAddedInSession(Card shown) {
        return session.isAddedInSession(shown.number());
    }

    /** Captures a note, idea or parking-lot item as typed; false when there is nothing to capture. */
    public boolean add(ItemKind kind, String text) {
        if (!canChange() || text.isBlank() || (kind.onACard() && card.get() == null)) {
            return false;
        }
        capture.add(kind, kind.onACard() ? card.get().number() : 0, text);
        return true;
    }

    /** Captures an action on the card shown; false when there is no "what" to capture. */
    public boolean addAction(String what, String owner, LocalDate due, ActionState state) {
        if (!canChange() || what.isBlank() || card.get() == null) {
            return false;
        }
        capture.addAction(card.get().number(), what, owner.strip(), due, state);
        return true;
    }

    /** Replaces an item with its edited self; an item emptied of text is left as it was. */
    public void edit(Item before, Item after) {
        if (canChange() && !after.text().isBlank()) {
            capture.edit(before, after);
        }
    }

    public void delete(Item item) {
        if (canChange()) {
            capture.delete(item);
        }
    }

    /** Moves an item up (negative) or down its list; false at either end. */
    public boolean move(Item item, int by) {
        return canChange() && capture.move(item, by);
    }

    public void changeChampions(int by) {
        Card shown = card.get();
        if (canChange() && shown != null) {
            capture.champions(shown.number(), champions() + by);
        }
    }

    /**
     * Adds the room's own hurdle to the session's deck; it is put on the agenda and shown when
     * the stage is on. Empty when there is no title or nothing may change.
     */
    public Optional<Card> addCard(String categoryId, String title, String statement) {
        if (!canChange() || title.isBlank() || categoryId == null) {
            return Optional.empty();
        }
        Card added = capture.addCard(categoryId, title.strip(), statement.strip());
        if (active.get()) {
            discuss(added.number());
        }
        return Optional.of(added);
    }
}
