package org.hurdleboard.ui.board;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.Votes;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.workshop.WorkshopModel;

/**
 * The board's state for the view, on top of the {@link WorkshopModel} it shares with the other
 * screens: the views (board, ranking, heat), the facilitator's peek at hidden counts, presenting,
 * and tally votes. A vote changes the session at once (the board shows it in the same frame); the
 * session file commits it on its own writer thread. Dot voting, reveals, statuses and rounds are
 * in {@link VotingModel}.
 */
public final class BoardViewModel {
    private final WorkshopModel workshop;
    private final Session session;
    private final Map<Integer, ReadOnlyIntegerWrapper> consoleVotes = new HashMap<>();
    private final BooleanProperty peekHidden = new SimpleBooleanProperty();
    private final Map<Integer, ReadOnlyObjectWrapper<Plan>> plans = new HashMap<>();
    private final BooleanProperty heatView = new SimpleBooleanProperty();
    private final BooleanProperty presenting = new SimpleBooleanProperty();
    private final BooleanProperty presentStripHidden = new SimpleBooleanProperty();
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
    private final VotingModel voting;

    public BoardViewModel(WorkshopModel workshop, Messages messages) {
        this.workshop = workshop;
        this.session = workshop.session();
        voting = new VotingModel(this, session, messages);
        workshop.whenRefreshed(this::refresh);
        refresh();
        timer.finishedProperty().addListener((obs, was, finished) -> {
            if (finished && timerSound.get()) {
                timeUpSound.run();
            }
        });
        peekHidden.addListener((obs, was, now) -> workshop.refresh());
        projectorShown.addListener((obs, was, now) -> workshop.refresh());
    }

    /** The workshop this board shows, shared with the discuss stage and the projector. */
    public WorkshopModel workshop() {
        return workshop;
    }

    public Deck deck() {
        return session.deck();
    }

    public SessionDetails details() {
        return session.details();
    }

    public ObjectProperty<Card> selectedProperty() {
        return workshop.selectedProperty();
    }

    public void select(Card card) {
        workshop.selectedProperty().set(card);
    }

    /** The card's real count in the round shown: for the controls that change it. */
    public ReadOnlyIntegerProperty votesProperty(Card card) {
        return workshop.votesProperty(card);
    }

    /** What the room may see of the card's count: 0 while the round hides it. */
    public ReadOnlyIntegerProperty shownVotesProperty(Card card) {
        return workshop.shownVotesProperty(card);
    }

    /**
     * The count a view shows: the room's is {@link #shownVotesProperty}; the facilitator's is the
     * same, unless the facilitator peeks at hidden counts while the room looks at the projector.
     */
    ReadOnlyIntegerProperty votesFor(Audience audience, Card card) {
        return audience == Audience.ROOM ? workshop.shownVotesProperty(card)
                : consoleVotes.get(card.number()).getReadOnlyProperty();
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
        return workshop.statusProperty(card);
    }

    /** False for a card the round shown is not about (a round on the top few cards). */
    public ReadOnlyBooleanProperty inRoundProperty(Card card) {
        return workshop.inRoundProperty(card);
    }

    /** The largest count the room may see, for the heat view's shades. */
    public ReadOnlyIntegerProperty maxShownVotesProperty() {
        return workshop.maxShownVotesProperty();
    }

    /**
     * Presentation mode (F5), for a laptop with one screen: the board full screen, the
     * facilitator's buttons out of the room's sight until F5 or Esc.
     */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** The small control strip of presentation mode, hidden (Ctrl+H) for a clean board. */
    public BooleanProperty presentStripHiddenProperty() {
        return presentStripHidden;
    }

    /** The heat view: each card shaded by its votes (only those the room may see). */
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
        return workshop.isRevealing();
    }

    /** Goes up with every change the board shows, for views that redraw as a whole (the ranking). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return workshop.revisionProperty();
    }

    /** True while any count of the round shown is hidden from the room. */
    public ReadOnlyBooleanProperty countsHiddenProperty() {
        return workshop.countsHiddenProperty();
    }

    /** The total the room may see: 0 while any count is hidden, so the total gives nothing away. */
    public ReadOnlyIntegerProperty totalVotesProperty() {
        return workshop.totalVotesProperty();
    }

    public ReadOnlyObjectProperty<Round> roundProperty() {
        return workshop.roundProperty();
    }

    public VotingModel voting() {
        return voting;
    }

    /** What the room has found for a card in the discuss stage: nothing yet, ideas, or actions. */
    public enum Plan { NONE, IDEAS, ACTIONS }

    public ReadOnlyObjectProperty<Plan> planProperty(Card card) {
        return plans.get(card.number()).getReadOnlyProperty();
    }

    /** Shows another round of the session; votes then go to it. */
    public void showRound(Round shown) {
        workshop.showRound(shown);
    }

    boolean canChange() {
        return workshop.canChange();
    }

    Session session() {
        return session;
    }

    public ReadOnlyObjectProperty<WorkshopModel.SaveState> saveStateProperty() {
        return workshop.saveStateProperty();
    }

    /** Why the last write failed and what to do, worded for the facilitator; empty when all is saved. */
    public ReadOnlyStringProperty saveErrorProperty() {
        return workshop.saveErrorProperty();
    }

    /** True for a file or folder the app cannot write to: the board is shown, nothing can change. */
    public boolean isReadOnly() {
        return workshop.isReadOnly();
    }

    /** The file that is open, for the facilitator's own eyes (never the projector's). */
    public String fileName() {
        return workshop.fileName();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return workshop.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return workshop.canRedoProperty();
    }

    /** Undoes the latest change and selects its card, so the room sees what went back. */
    public void undo() {
        workshop.undo();
    }

    public void redo() {
        workshop.redo();
    }

    /** Shows a problem the facilitator must know about, such as a copy that could not be saved. */
    public void reportProblem(String message) {
        workshop.reportProblem(message);
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
        return session.settings(roundId()).rule().isDots();
    }

    private int roundId() {
        return workshop.roundProperty().get().id();
    }

    /** Whether the room may see this card's count in the round shown. */
    public boolean isShown(Card card) {
        return workshop.isShown(card);
    }

    /** Sets the selected card's votes to a typed count; false when the count is not allowed. */
    public boolean setVotes(int count) {
        Card card = selectedProperty().get();
        if (!canChange() || card == null || !Votes.isValid(count)) {
            return false;
        }
        return setVotes(card, count);
    }

    /** Sets a card's count in the round shown, as typed from a paper wall; false when not allowed. */
    public boolean setVotes(Card card, int count) {
        if (!canChange() || isDotRound() || !Votes.isValid(count)
                || !session.settings(roundId()).includes(card.number())) {
            return false;
        }
        session.setVotes(roundId(), card.number(), count);
        return true;
    }

    private void changeSelectedBy(int delta) {
        Card card = selectedProperty().get();
        if (canChange() && card != null) {
            setVotes(card, Votes.clamp((long) votesProperty(card).get() + delta));
        }
    }

    /** What only the board derives from the workshop: the console's counts, the cards' flags, the turn. */
    private void refresh() {
        for (Card card : session.deck().cards()) {
            addCardIfNew(card.number());
            plans.get(card.number()).set(planOf(card.number()));
            int count = workshop.votesProperty(card).get();
            consoleVotes.get(card.number()).set(workshop.isShown(card) || isPeeking() ? count : 0);
        }
        voting.refresh();
    }

    /** A card the room added gets its properties the first time the board sees it. */
    private void addCardIfNew(int number) {
        if (!consoleVotes.containsKey(number)) {
            consoleVotes.put(number, new ReadOnlyIntegerWrapper());
            plans.put(number, new ReadOnlyObjectWrapper<>(Plan.NONE));
        }
    }

    private Plan planOf(int number) {
        if (!session.discussion().items(ItemKind.ACTION, number).isEmpty()) {
            return Plan.ACTIONS;
        }
        return session.discussion().hasIdeasOrActions(number) ? Plan.IDEAS : Plan.NONE;
    }
}
