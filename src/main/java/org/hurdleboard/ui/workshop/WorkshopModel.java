package org.hurdleboard.ui.workshop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.hurdleboard.domain.Applied;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.DotMoved;
import org.hurdleboard.domain.RevealSet;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.PhoneKeys;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.VotesSet;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.store.WriteProblem;
import org.hurdleboard.ui.common.Messages;

/**
 * The open workshop, shared by every screen on it (the board, the discuss stage, the projector,
 * and any later client such as a phone round): the session, whether it may change, the round
 * shown and the selected card, each card's votes (and what the room may see of them) and status,
 * undo and redo, and whether the file has kept up. It is the one owner of the session: changes are
 * made on the FX thread, and a client on another thread hands them in with {@link #submit}.
 */
public final class WorkshopModel {
    public enum SaveState { SAVED, SAVING, FAILED, READ_ONLY }

    private final Session session;
    private final boolean readOnly;
    private final String fileName;
    private final Messages messages;
    private final Executor fxThread;
    private final ReadOnlyObjectWrapper<Round> round = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Card> selected = new SimpleObjectProperty<>();
    private final Map<Integer, ReadOnlyIntegerWrapper> votes = new HashMap<>();
    private final Map<Integer, ReadOnlyIntegerWrapper> shownVotes = new HashMap<>();
    private final Map<Integer, ReadOnlyObjectWrapper<CardStatus>> statuses = new HashMap<>();
    private final Map<Integer, ReadOnlyBooleanWrapper> inRound = new HashMap<>();
    private final ReadOnlyIntegerWrapper totalVotes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper countsHidden = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper maxShownVotes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    /** What the screens derive from the workshop, brought up to date before {@link #revisionProperty} moves. */
    private final List<Runnable> refreshed = new ArrayList<>();
    private final List<BiConsumer<SessionChange, Optional<WriteProblem>>> writeListeners = new ArrayList<>();
    /** Where the rounds' phone keys are kept: the file's, or memory for a workshop without one. */
    private PhoneKeys.Safe phoneKeys = PhoneKeys.inMemory();
    private boolean revealing;
    private int pendingWrites;
    /** Writes the writer thread has finished that the FX thread has not yet counted. */
    private final Queue<FinishedWrite> finishedWrites = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean countPosted = new AtomicBoolean();

    /**
     * A workshop on any session; {@code fxThread} runs what other threads hand in (the FX thread
     * in the app, the calling thread in a unit test).
     */
    public WorkshopModel(Session session, boolean readOnly, String fileName, Messages messages, Executor fxThread) {
        this.session = session;
        this.readOnly = readOnly;
        this.fileName = fileName;
        this.messages = messages;
        this.fxThread = fxThread;
        round.set(session.currentRound());
        refresh();
        if (readOnly) {
            saveState.set(SaveState.READ_ONLY);
        }
        updateHistory();
        session.addListener(this::changed);
    }

    /** The workshop in an open session file, told of each write the file's writer thread finishes. */
    public static WorkshopModel of(SessionFile file, Messages messages) {
        return of(file, messages, Platform::runLater);
    }

    /** As {@link #of(SessionFile, Messages)}, with the thread that runs what other threads hand in (a test's). */
    public static WorkshopModel of(SessionFile file, Messages messages, Executor fxThread) {
        WorkshopModel model = new WorkshopModel(file.session(), file.isReadOnly(),
                String.valueOf(file.path().getFileName()), messages, fxThread);
        model.phoneKeys = file;
        file.setWriteListener(new SessionFile.WriteListener() {
            @Override
            public void written(SessionChange change) {
                model.writeFinished(change, Optional.empty());
            }

            @Override
            public void failed(SessionChange change, WriteProblem problem, Exception error) {
                model.writeFinished(change, Optional.of(problem));
            }
        });
        return model;
    }

    /**
     * For a client on another thread (a phone round): the change is made on the FX thread, by this
     * model, so the screens see it as they see the facilitator's own; nothing happens when read-only.
     */
    public void submit(Consumer<Session> change) {
        fxThread.execute(() -> {
            if (canChange()) {
                change.accept(session);
            }
        });
    }

    /** The rounds' phone keys, kept in the workshop's file; asked off the FX thread, as it waits for the disk. */
    public PhoneKeys.Safe phoneKeys() {
        return phoneKeys;
    }

    public Session session() {
        return session;
    }

    public Deck deck() {
        return session.deck();
    }

    public SessionDetails details() {
        return session.details();
    }

    public boolean canChange() {
        return !readOnly;
    }

    /** True for a file or folder the app cannot write to: the board is shown, nothing can change. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The file that is open, for the facilitator's own eyes (never the projector's). */
    public String fileName() {
        return fileName;
    }

    public ObjectProperty<Card> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Round> roundProperty() {
        return round.getReadOnlyProperty();
    }

    /** Shows another round of the session; votes then go to it. */
    public void showRound(Round shown) {
        round.set(shown);
        refresh();
    }

    /** The card's real count in the round shown: for the controls that change it. */
    public ReadOnlyIntegerProperty votesProperty(Card card) {
        return votes.get(card.number()).getReadOnlyProperty();
    }

    /** What the room may see of the card's count: 0 while the round hides it. */
    public ReadOnlyIntegerProperty shownVotesProperty(Card card) {
        return shownVotes.get(card.number()).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CardStatus> statusProperty(Card card) {
        return statuses.get(card.number()).getReadOnlyProperty();
    }

    /** False for a card the round shown is not about (a round on the top few cards). */
    public ReadOnlyBooleanProperty inRoundProperty(Card card) {
        return inRound.get(card.number()).getReadOnlyProperty();
    }

    /** The largest count the room may see, for the heat view's shades. */
    public ReadOnlyIntegerProperty maxShownVotesProperty() {
        return maxShownVotes.getReadOnlyProperty();
    }

    /** True while any count of the round shown is hidden from the room. */
    public ReadOnlyBooleanProperty countsHiddenProperty() {
        return countsHidden.getReadOnlyProperty();
    }

    /** The total the room may see: 0 while any count is hidden, so the total gives nothing away. */
    public ReadOnlyIntegerProperty totalVotesProperty() {
        return totalVotes.getReadOnlyProperty();
    }

    /** Goes up with every change the workshop shows, for views that redraw as a whole (the ranking). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** True while the screens are showing the effect of a reveal: the moment counts may fade in. */
    public boolean isRevealing() {
        return revealing;
    }

    /** Whether the room may see this card's count in the round shown. */
    public boolean isShown(Card card) {
        return session.isVisible(round.get().id(), card.number());
    }

    /** Runs after each refresh of the cards' state and before the revision moves: for state a screen derives. */
    public void whenRefreshed(Runnable update) {
        refreshed.add(update);
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Why the last write failed and what to do, worded for the facilitator; empty when all is saved. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    /**
     * Something the facilitator should know that is not a failure to save, such as a follow-up
     * whose previous workshop's file cannot be found; empty when there is nothing to say.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void reportNotice(String message) {
        notice.set(message);
    }

    /** Shows a problem the facilitator must know about, such as a copy that could not be saved. */
    public void reportProblem(String message) {
        saveError.set(message);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Undoes the latest change and selects its card, so the room sees what went back. */
    public void undo() {
        if (!readOnly && session.undoStoppedByBallots()) {
            // nothing is undone: say why, rather than a Ctrl+Z that seems broken
            saveError.set(messages.get("board.undoStoppedByPhones"));
            return;
        }
        step(session::undo);
    }

    public void redo() {
        step(session::redo);
    }

    private void step(Supplier<Optional<SessionChange>> undoOrRedo) {
        if (readOnly) {
            return;
        }
        try {
            undoOrRedo.get().ifPresent(change -> {
                // a hidden vote's card stays unselected: the room must not see where it was
                if (change instanceof VotesSet set && session.isVisible(set.roundId(), set.cardNumber())) {
                    session.deck().card(set.cardNumber()).ifPresent(selected::set);
                } else if (change instanceof DotMoved dot && session.isVisible(dot.roundId(), dot.cardNumber())) {
                    session.deck().card(dot.cardNumber()).ifPresent(selected::set);
                }
                if (session.round(round.get().id()).isEmpty()) {
                    // the round shown was taken away by the undo
                    showRound(session.currentRound());
                }
            });
        } catch (IllegalStateException e) {
            // the file's history no longer fits the votes (edited by another tool): say so, change nothing
            saveError.set(messages.get("board.undoImpossible"));
        }
    }

    private void changed(Applied applied) {
        revealing = applied.effect() instanceof RevealSet;
        refresh();
        revealing = false;
        updateHistory();
        pendingWrites++;
        if (saveState.get() != SaveState.FAILED) {
            saveState.set(SaveState.SAVING);
        }
    }

    /**
     * Reads the round shown back from the session: cheap for a deck of cards, and never out of
     * step; also for a screen whose own state (peeking) changes what it derives.
     */
    public void refresh() {
        int roundId = round.get().id();
        boolean hidden = false;
        int max = 0;
        for (Card card : session.deck().cards()) {
            addCardIfNew(card.number());
            int count = session.votes(roundId, card.number());
            boolean visible = session.isVisible(roundId, card.number());
            hidden |= !visible;
            votes.get(card.number()).set(count);
            shownVotes.get(card.number()).set(visible ? count : 0);
            statuses.get(card.number()).set(session.status(card.number()));
            inRound.get(card.number()).set(session.settings(roundId).includes(card.number()));
            max = Math.max(max, visible ? count : 0);
        }
        Card chosen = selected.get();
        if (chosen != null && session.deck().card(chosen.number()).isEmpty()) {
            // an undo took the room's own card away: nothing selected rather than a card not on the board
            selected.set(null);
        }
        countsHidden.set(hidden);
        maxShownVotes.set(max);
        totalVotes.set(hidden ? 0 : session.totalVotes(roundId));
        refreshed.forEach(Runnable::run);
        revision.set(revision.get() + 1);
    }

    /** A card the room added gets its properties the first time the workshop sees it. */
    private void addCardIfNew(int number) {
        if (!votes.containsKey(number)) {
            votes.put(number, new ReadOnlyIntegerWrapper());
            shownVotes.put(number, new ReadOnlyIntegerWrapper());
            statuses.put(number, new ReadOnlyObjectWrapper<>(CardStatus.NONE));
            inRound.put(number, new ReadOnlyBooleanWrapper(true));
        }
    }

    private void updateHistory() {
        canUndo.set(!readOnly && session.canUndo());
        canRedo.set(!readOnly && session.canRedo());
    }

    /**
     * Hears, on the FX thread, each change the file has written ({@code problem} empty) or failed
     * to: for a client that must say when its own change is saved (a phone's ballot).
     */
    public void whenWritten(BiConsumer<SessionChange, Optional<WriteProblem>> listener) {
        writeListeners.add(listener);
    }

    /**
     * Called from the file's writer thread; the state changes on the FX thread, in one hand-off for
     * however many writes finish meanwhile: one per write queued a thousand tasks a second ahead of
     * the screen's own work in a burst of votes.
     */
    public void writeFinished(Optional<WriteProblem> problem) {
        writeFinished(null, problem);
    }

    /** As {@link #writeFinished(Optional)}, naming the change written (null when not known). */
    public void writeFinished(SessionChange change, Optional<WriteProblem> problem) {
        finishedWrites.add(new FinishedWrite(change, problem));
        if (countPosted.compareAndSet(false, true)) {
            fxThread.execute(this::countFinishedWrites);
        }
    }

    private record FinishedWrite(SessionChange change, Optional<WriteProblem> problem) {
    }

    private void countFinishedWrites() {
        // cleared first: a write finishing from here on posts another count rather than being missed
        countPosted.set(false);
        for (FinishedWrite finished = finishedWrites.poll(); finished != null; finished = finishedWrites.poll()) {
            Optional<WriteProblem> problem = finished.problem();
            SessionChange change = finished.change();
            if (change != null) {
                writeListeners.forEach(listener -> listener.accept(change, problem));
            }
            pendingWrites = Math.max(0, pendingWrites - 1);
            if (problem.isPresent()) {
                saveState.set(SaveState.FAILED);
                saveError.set(messages.get("board.saveFailed",
                        messages.get("board.writeProblem." + problem.get().name())));
            }
        }
        if (pendingWrites == 0 && saveState.get() == SaveState.SAVING) {
            saveState.set(SaveState.SAVED);
        }
    }
}
