package org.hurdleboard.ui.board;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.PhoneState;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.Votes;
import org.hurdleboard.domain.VotingMethod;
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
    private final Map<Integer, ReadOnlyObjectWrapper<Plan>> plans = new HashMap<>();
    private final BooleanProperty heatView = new SimpleBooleanProperty();
    private final BooleanProperty rankingView = new SimpleBooleanProperty();
    private final VotingModel voting;
    private final PresentingModel presenting = new PresentingModel();

    public BoardViewModel(WorkshopModel workshop, Messages messages) {
        this.workshop = workshop;
        this.session = workshop.session();
        voting = new VotingModel(this, session, messages);
        workshop.whenRefreshed(this::refresh);
        refresh();
        // the console's counts depend on the peek and on whether the room has the projector
        presenting.peekHiddenProperty().addListener((obs, was, now) -> workshop.refresh());
        presenting.projectorShownProperty().addListener((obs, was, now) -> workshop.refresh());
    }

    /** How the board is put before the room: projector, presentation mode, text size, timer. */
    public PresentingModel presenting() {
        return presenting;
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

    /** Dots (or ticks) placed at the board in turn; a round voted by phones takes no turns. */
    private boolean isDotRound() {
        RoundSettings settings = session.settings(roundId());
        return settings.rule().isPersonal() && settings.method() != VotingMethod.PHONES;
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
        if (session.phoneState(roundId()) == PhoneState.OPEN) {
            // the counts of a round open to phones come from phones only
            voting.refusePhonesOpen();
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
            consoleVotes.get(card.number()).set(workshop.isShown(card) || presenting.isPeeking() ? count : 0);
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
