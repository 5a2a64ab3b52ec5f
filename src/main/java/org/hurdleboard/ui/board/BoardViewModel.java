package org.hurdleboard.ui.board;

import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.hurdleboard.domain.Applied;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.DotMoved;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.RevealSet;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionChange;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.Votes;
import org.hurdleboard.domain.VotesSet;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.store.WriteProblem;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.discuss.DiscussModel;

/**
 * The board's state for the view: the round shown, the selected card, each card's votes (and
 * what the room may see of them), and whether the file has kept up. A vote changes the session
 * at once (the board shows it in the same frame); the session file commits it on its own writer
 * thread and reports back here. Dot voting, reveals, statuses and rounds are in {@link VotingModel}.
 */
public final class BoardViewModel {
    public enum SaveState { SAVED, SAVING, FAILED, READ_ONLY }

    private final SessionFile file;
    private final Session session;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Round> round = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Card> selected = new SimpleObjectProperty<>();
    private final Map<Integer, ReadOnlyIntegerWrapper> votes = new HashMap<>();
    private final Map<Integer, ReadOnlyIntegerWrapper> shownVotes = new HashMap<>();
    private final Map<Integer, ReadOnlyIntegerWrapper> consoleVotes = new HashMap<>();
    private final BooleanProperty peekHidden = new SimpleBooleanProperty();
    private final Map<Integer, ReadOnlyObjectWrapper<CardStatus>> statuses = new HashMap<>();
    private final Map<Integer, ReadOnlyBooleanWrapper> inRound = new HashMap<>();
    private final Map<Integer, ReadOnlyObjectWrapper<Plan>> plans = new HashMap<>();
    private final ReadOnlyIntegerWrapper totalVotes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper countsHidden = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper maxShownVotes = new ReadOnlyIntegerWrapper();
    private final BooleanProperty heatView = new SimpleBooleanProperty();
    private final BooleanProperty presenting = new SimpleBooleanProperty();
    private final BooleanProperty presentStripHidden = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final BooleanProperty animateReveal = new SimpleBooleanProperty(true);
    private final BooleanProperty rankingView = new SimpleBooleanProperty();
    private final DoubleProperty textScale = new SimpleDoubleProperty(1);
    private final BooleanProperty projectorBlanked = new SimpleBooleanProperty();
    private final BooleanProperty projectorShown = new SimpleBooleanProperty();
    private final StageTimer timer = new StageTimer(System::nanoTime);
    private final BooleanProperty timerSound = new SimpleBooleanProperty();
    private final IntegerProperty projectorScreen = new SimpleIntegerProperty();
    private final ObservableList<Rectangle2D> screens = FXCollections.observableArrayList();
    private Runnable timeUpSound = () -> { };
    private boolean revealing;
    private final VotingModel voting;
    private final DiscussModel discussion;
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final boolean readOnly;
    private int pendingWrites;

    public BoardViewModel(SessionFile file, Messages messages) {
        this.file = file;
        this.session = file.session();
        this.messages = messages;
        readOnly = file.isReadOnly();
        discussion = new DiscussModel(this, session);
        voting = new VotingModel(this, session, messages);
        round.set(session.currentRound());
        refresh();
        if (readOnly) {
            saveState.set(SaveState.READ_ONLY);
        }
        updateHistory();
        timer.finishedProperty().addListener((obs, was, finished) -> {
            if (finished && timerSound.get()) {
                timeUpSound.run();
            }
        });
        session.addListener(this::changed);
        peekHidden.addListener((obs, was, now) -> refresh());
        projectorShown.addListener((obs, was, now) -> refresh());
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

    /** The card's real count in the round shown: for the controls that change it. */
    public ReadOnlyIntegerProperty votesProperty(Card card) {
        return votes.get(card.number()).getReadOnlyProperty();
    }

    /** What the room may see of the card's count: 0 while the round hides it. */
    public ReadOnlyIntegerProperty shownVotesProperty(Card card) {
        return shownVotes.get(card.number()).getReadOnlyProperty();
    }

    /**
     * The count a view shows: the room's is {@link #shownVotesProperty}; the facilitator's is the
     * same, unless the facilitator peeks at hidden counts while the room looks at the projector.
     */
    ReadOnlyIntegerProperty votesFor(Audience audience, Card card) {
        return (audience == Audience.ROOM ? shownVotes : consoleVotes).get(card.number()).getReadOnlyProperty();
    }

    /**
     * H: the facilitator sees hidden counts on the console, as the vote goes; only while the board
     * is on the projector, where the room still sees none of them.
     */
    public BooleanProperty peekHiddenProperty() {
        return peekHidden;
    }

    /** True while the console shows counts the room cannot see. */
    public boolean isPeeking() {
        return peekHidden.get() && projectorShown.get();
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

    /**
     * Presentation mode (F5), for a laptop with one screen: the board full screen, the
     * facilitator's buttons out of the room's sight until F5 or Esc.
     */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** The heat view: each card shaded by its votes (only those the room may see). */
    /** The small control strip of presentation mode, hidden (Ctrl+H) for a clean board. */
    public BooleanProperty presentStripHiddenProperty() {
        return presentStripHidden;
    }

    public BooleanProperty heatViewProperty() {
        return heatView;
    }

    /** The ranking instead of the board, on the facilitator's screen and the room's alike. */
    public BooleanProperty rankingViewProperty() {
        return rankingView;
    }

    /**
     * True while the room must not see which card is selected: while counts are hidden, the
     * selection shows where a participant's dots (or a typed count) go.
     */
    public ReadOnlyBooleanProperty selectionPrivateProperty() {
        return countsHiddenProperty();
    }

    /** The facilitator's text size for large rooms, as a factor of the normal size (1 = 100%). */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** The projector window is showing this board (so B blacks it out, not the facilitator's screen). */
    public BooleanProperty projectorShownProperty() {
        return projectorShown;
    }

    /** Which screen the projector window goes on: 0 automatic, -1 none, or a screen's number from 1. */
    public IntegerProperty projectorScreenProperty() {
        return projectorScreen;
    }

    /** The screens plugged in now, to choose the projector's from; kept up to date by the window. */
    public ObservableList<Rectangle2D> screens() {
        return screens;
    }

    /** The projector shows black while the room talks (B). */
    public BooleanProperty projectorBlankedProperty() {
        return projectorBlanked;
    }

    /** The stage timer, one for the workshop: the facilitator sets it, the projector shows it. */
    StageTimer timer() {
        return timer;
    }

    /** Whether the timer also sounds when time is up (it always shows it). */
    public BooleanProperty timerSoundProperty() {
        return timerSound;
    }

    /** What plays when time is up and the sound is on: the app's chime, or a test's counter. */
    public void setTimeUpSound(Runnable sound) {
        timeUpSound = sound;
    }

    /** Whether counts fade in when revealed; off for rooms (or tests) that want them at once. */
    public BooleanProperty animateRevealProperty() {
        return animateReveal;
    }

    /** True while the board is showing the effect of a reveal: the moment counts may fade in. */
    boolean isRevealing() {
        return revealing;
    }

    /** Goes up with every change the board shows, for views that redraw as a whole (the ranking). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** True while any count of the round shown is hidden from the room. */
    public ReadOnlyBooleanProperty countsHiddenProperty() {
        return countsHidden.getReadOnlyProperty();
    }

    /** The total the room may see: 0 while any count is hidden, so the total gives nothing away. */
    public ReadOnlyIntegerProperty totalVotesProperty() {
        return totalVotes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Round> roundProperty() {
        return round.getReadOnlyProperty();
    }

    public VotingModel voting() {
        return voting;
    }

    /** The discuss stage: the top cards talked through, and what the room said of them. */
    public DiscussModel discussion() {
        return discussion;
    }

    /** What the room has found for a card in the discuss stage: nothing yet, ideas, or actions. */
    public enum Plan { NONE, IDEAS, ACTIONS }

    public ReadOnlyObjectProperty<Plan> planProperty(Card card) {
        return plans.get(card.number()).getReadOnlyProperty();
    }

    /** Shows another round of the session; votes then go to it. */
    public void showRound(Round shown) {
        round.set(shown);
        refresh();
    }

    boolean canChange() {
        return !readOnly;
    }

    Session session() {
        return session;
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

    /** Shows a problem the facilitator must know about, such as a copy that could not be saved. */
    public void reportProblem(String message) {
        saveError.set(message);
    }

    /** + on the selected card: a vote in a tally, a dot of the participant whose turn it is in a dot vote. */
    public void addVote() {
        if (isDotRound()) {
            voting.takeDot();
        } else {
            changeSelectedBy(1);
        }
    }

    /** - on the selected card: a vote off a tally, or the participant takes back one of their own dots. */
    public void removeVote() {
        if (isDotRound()) {
            voting.returnDot();
        } else {
            changeSelectedBy(-1);
        }
    }

    private boolean isDotRound() {
        return session.settings(round.get().id()).rule().isDots();
    }

    /** Whether the room may see this card's count in the round shown. */
    public boolean isShown(Card card) {
        return session.isVisible(round.get().id(), card.number());
    }

    /** Sets the selected card's votes to a typed count; false when the count is not allowed. */
    public boolean setVotes(int count) {
        Card card = selected.get();
        if (readOnly || card == null || !Votes.isValid(count)) {
            return false;
        }
        return setVotes(card, count);
    }

    /** Sets a card's count in the round shown, as typed from a paper wall; false when not allowed. */
    public boolean setVotes(Card card, int count) {
        if (readOnly || isDotRound() || !Votes.isValid(count)
                || !session.settings(round.get().id()).includes(card.number())) {
            return false;
        }
        session.setVotes(round.get().id(), card.number(), count);
        return true;
    }

    private void changeSelectedBy(int delta) {
        Card card = selected.get();
        if (!readOnly && card != null) {
            setVotes(card, Votes.clamp((long) votes.get(card.number()).get() + delta));
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

    /** Reads the round shown back from the session: cheap for a deck of cards, and never out of step. */
    private void refresh() {
        int roundId = round.get().id();
        boolean hidden = false;
        int max = 0;
        for (Card card : session.deck().cards()) {
            addCardIfNew(card.number());
            plans.get(card.number()).set(planOf(card.number()));
            int count = session.votes(roundId, card.number());
            boolean visible = session.isVisible(roundId, card.number());
            hidden |= !visible;
            votes.get(card.number()).set(count);
            shownVotes.get(card.number()).set(visible ? count : 0);
            consoleVotes.get(card.number()).set(visible || isPeeking() ? count : 0);
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
        voting.refresh();
        revision.set(revision.get() + 1);
    }

    /** A card the room added gets its properties the first time the board sees it. */
    private void addCardIfNew(int number) {
        if (!votes.containsKey(number)) {
            votes.put(number, new ReadOnlyIntegerWrapper());
            shownVotes.put(number, new ReadOnlyIntegerWrapper());
            consoleVotes.put(number, new ReadOnlyIntegerWrapper());
            statuses.put(number, new ReadOnlyObjectWrapper<>(CardStatus.NONE));
            inRound.put(number, new ReadOnlyBooleanWrapper(true));
            plans.put(number, new ReadOnlyObjectWrapper<>(Plan.NONE));
        }
    }

    private Plan planOf(int number) {
        if (!session.discussion().items(ItemKind.ACTION, number).isEmpty()) {
            return Plan.ACTIONS;
        }
        return session.discussion().hasIdeasOrActions(number) ? Plan.IDEAS : Plan.NONE;
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
