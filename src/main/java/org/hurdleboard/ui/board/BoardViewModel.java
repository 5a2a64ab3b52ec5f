package org.hurdleboard.ui.board;

import java.util.HashMap;
import java.util.Map;
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
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.Votes;
import org.hurdleboard.domain.VotesSet;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.store.WriteProblem;
import org.hurdleboard.ui.common.Messages;

/**
 * The board's state for the view: the selected card, each card's votes, and whether the file has
 * kept up. A vote changes the session at once (the board shows it in the same frame); the
 * session file commits it on its own writer thread and reports back here.
 */
public final class BoardViewModel {
    public enum SaveState { SAVED, SAVING, FAILED, READ_ONLY }

    private final SessionFile file;
    private final Session session;
    private final Round round;
    private final Messages messages;
    private final ObjectProperty<Card> selected = new SimpleObjectProperty<>();
    private final Map<Integer, ReadOnlyIntegerWrapper> votes = new HashMap<>();
    private final ReadOnlyIntegerWrapper totalVotes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final boolean readOnly;
    private int pendingWrites;

    public BoardViewModel(SessionFile file, Messages messages) {
        this.file = file;
        this.session = file.session();
        this.round = session.currentRound();
        this.messages = messages;
        for (Card card : session.deck().cards()) {
            votes.put(card.number(), new ReadOnlyIntegerWrapper(session.votes(round.id(), card.number())));
        }
        totalVotes.set(session.totalVotes(round.id()));
        readOnly = file.isReadOnly();
        if (readOnly) {
            saveState.set(SaveState.READ_ONLY);
        }
        updateHistory();
        session.addListener(this::changed);
        file.setWriteListener(new SessionFile.WriteListener() {
            @Override
            public void written(SessionChange change) {
                Platform.runLater(() -> writeFinished(null));
            }

            @Override
            public void failed(SessionChange change, WriteProblem problem, Exception error) {
                Platform.runLater(() -> writeFinished(problem));
            }
        });
    }

    public Deck deck() {
        return session.deck();
    }

    public SessionDetails details() {
        return session.details();
    }

    public ObjectProperty<Card> selectedProperty() {
        return selected;
    }

    public void select(Card card) {
        selected.set(card);
    }

    public ReadOnlyIntegerProperty votesProperty(Card card) {
        return votes.get(card.number()).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalVotesProperty() {
        return totalVotes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Why the last write failed and what to do, worded for the facilitator; empty when all is saved. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    /** True for a file or folder the app cannot write to: the board is shown, nothing can change. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** The file that is open, for the facilitator's own eyes (never the projector's). */
    public String fileName() {
        return String.valueOf(file.path().getFileName());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Undoes the latest change and selects its card, so the room sees what went back. */
    public void undo() {
        step(session::undo);
    }

    public void redo() {
        step(session::redo);
    }

    private void step(java.util.function.Supplier<java.util.Optional<SessionChange>> undoOrRedo) {
        if (readOnly) {
            return;
        }
        try {
            undoOrRedo.get().ifPresent(change -> {
                if (change instanceof VotesSet set) {
                    session.deck().card(set.cardNumber()).ifPresent(selected::set);
                }
            });
        } catch (IllegalStateException e) {
            // the file's history no longer fits the votes (edited by another tool): say so, change nothing
            saveError.set(messages.get("board.undoImpossible"));
        }
    }

    /** Shows a problem the facilitator must know about, such as a copy that could not be saved. */
    public void reportProblem(String message) {
        saveError.set(message);
    }

    public void addVote() {
        changeSelectedBy(1);
    }

    public void removeVote() {
        changeSelectedBy(-1);
    }

    /** Sets the selected card's votes to a typed count; false when the count is not allowed. */
    public boolean setVotes(int count) {
        Card card = selected.get();
        if (readOnly || card == null || !Votes.isValid(count)) {
            return false;
        }
        session.setVotes(round.id(), card.number(), count);
        return true;
    }

    private void changeSelectedBy(int delta) {
        Card card = selected.get();
        if (!readOnly && card != null) {
            session.setVotes(round.id(), card.number(), Votes.clamp((long) votes.get(card.number()).get() + delta));
        }
    }

    private void changed(Applied applied) {
        if (applied.effect() instanceof VotesSet set && set.roundId() == round.id()) {
            votes.get(set.cardNumber()).set(set.after());
            totalVotes.set(totalVotes.get() + set.after() - set.before());
        }
        updateHistory();
        pendingWrites++;
        if (saveState.get() != SaveState.FAILED) {
            saveState.set(SaveState.SAVING);
        }
    }

    private void updateHistory() {
        canUndo.set(!readOnly && session.canUndo());
        canRedo.set(!readOnly && session.canRedo());
    }

    private void writeFinished(WriteProblem problem) {
        pendingWrites = Math.max(0, pendingWrites - 1);
        if (problem != null) {
            saveState.set(SaveState.FAILED);
            saveError.set(messages.get("board.saveFailed", messages.get("board.writeProblem." + problem.name())));
        } else if (pendingWrites == 0 && saveState.get() == SaveState.SAVING) {
            saveState.set(SaveState.SAVED);
        }
    }
}
