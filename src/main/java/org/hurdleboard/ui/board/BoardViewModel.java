package org.hurdleboard.ui.board;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
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
    public enum SaveState { SAVED, SAVING, FAILED }

    private final SessionFile file;
    private final Session session;
    private final Round round;
    private final Messages messages;
    private final ObjectProperty<Card> selected = new SimpleObjectProperty<>();
    private final Map<Integer, ReadOnlyIntegerWrapper> votes = new HashMap<>();
    private final ReadOnlyIntegerWrapper totalVotes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
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

    public void addVote() {
        changeSelectedBy(1);
    }

    public void removeVote() {
        changeSelectedBy(-1);
    }

    /** Sets the selected card's votes to a typed count; false when the count is not allowed. */
    public boolean setVotes(int count) {
        Card card = selected.get();
        if (card == null || !Votes.isValid(count)) {
            return false;
        }
        session.setVotes(round.id(), card.number(), count);
        return true;
    }

    private void changeSelectedBy(int delta) {
        Card card = selected.get();
        if (card != null) {
            session.setVotes(round.id(), card.number(), Votes.clamp((long) votes.get(card.number()).get() + delta));
        }
    }

    private void changed(Applied applied) {
        if (applied.effect() instanceof VotesSet set && set.roundId() == round.id()) {
            votes.get(set.cardNumber()).set(set.after());
            totalVotes.set(totalVotes.get() + set.after() - set.before());
        }
        pendingWrites++;
        if (saveState.get() != SaveState.FAILED) {
            saveState.set(SaveState.SAVING);
        }
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
