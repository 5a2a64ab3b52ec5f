package org.hurdleboard.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One workshop: its details, its own copy of the deck, its voting rounds and their votes.
 * Every change goes through {@link #apply(SessionChange)}, {@link #undo()} or {@link #redo()},
 * which tell the listeners, so the board and the store see the same sequence of changes. Undo
 * reaches back to the first change of the session, or to the last phone ballot ({@link #record}).
 * Not thread-safe: one thread owns it.
 */
public final class Session {
    private final SessionDetails details;
    /** Replaced, never changed, when the room adds a card of its own. */
    private Deck deck;
    private final Set<Integer> addedCards = new TreeSet<>();
    private final Discussion discussion = new Discussion();
    private final FollowUp followUp = new FollowUp();
    private final List<Round> rounds = new ArrayList<>();
    private final Map<Integer, Map<Integer, Integer>> votesByRound = new HashMap<>();
    private final Map<Integer, RoundState> roundStates = new HashMap<>();
    private final Map<Integer, CardStatus> statuses = new HashMap<>();
    private List<String> participantNames = List.of();
    private final List<Consumer<Applied>> listeners = new CopyOnWriteArrayList<>();
    /** Changes that can be undone, the latest first. */
    private final Deque<SessionChange> undoable = new ArrayDeque<>();
    /** Changes undone that can be redone, the latest undone first. */
    private final Deque<SessionChange> redoable = new ArrayDeque<>();
    /**
     * How many of the oldest undoable changes may no longer be undone: those made before a
     * phone's ballot came in, since undoing them could take the ballot back with them.
     */
    private int undoFloor;

    public Session(SessionDetails details, Deck deck, List<Round> rounds) {
        this.details = Objects.requireNonNull(details, "details");
        this.deck = Objects.requireNonNull(deck, "deck");
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one round");
        }
        for (Round round : rounds) {
            addRound(round, RoundSettings.TALLY);
        }
    }

    private void addRound(Round round, RoundSettings settings) {
        if (!rounds.isEmpty() && round.id() <= currentRound().id()) {
            throw new IllegalArgumentException("round ids must increase: " + round.id());
        }
        rounds.add(round);
        votesByRound.put(round.id(), new HashMap<>());
        roundStates.put(round.id(), new RoundState(settings));
    }

    /** A new session with one round, "What blocks us?" in the caller's words. */
    public static Session start(SessionDetails details, Deck deck, String firstQuestion) {
        return new Session(details, deck, List.of(new Round(1, firstQuestion)));
    }

    /** A new session whose first round follows the rule chosen at set-up. */
    public static Session start(SessionDetails details, Deck deck, String firstQuestion, RoundSettings settings) {
        Session session = start(details, deck, firstQuestion);
        session.restoreRound(1, settings, Set.of(), Turn.FIRST);
        return session;
    }

    public SessionDetails details() {
        return details;
    }

    /** The session's copy of the deck, with any cards the room added. */
    public Deck deck() {
        return deck;
    }

    /** What the room said in the discuss stage. */
    public Discussion discussion() {
        return discussion;
    }

    /** What this workshop carries over from the ones before it; empty unless it follows one up. */
    public FollowUp followUp() {
        return followUp;
    }

    /** Restores a stored follow-up without telling listeners; for loading and for starting one. */
    public void restoreFollowUp(PreviousWorkshop link, List<EarlierWorkshop> earlier, List<CarriedAction> carried) {
        for (CarriedAction action : carried) {
            if (action.cardNumber() > 0) {
                requireCard(action.cardNumber());
            }
        }
        followUp.restore(link, earlier, carried);
    }

    /** The cards the room added in this session ("a hurdle not on the list"), by number. */
    public Set<Integer> addedCards() {
        return Collections.unmodifiableSet(addedCards);
    }

    public boolean isAddedInSession(int cardNumber) {
        return addedCards.contains(cardNumber);
    }

    /** The number a card added now gets: one after the deck's highest. */
    public int nextCardNumber() {
        return deck.cardsAsListed().stream().mapToInt(Card::number).max().orElse(0) + 1;
    }

    /** Marks a stored card of the deck as added by the room, without telling listeners; for loading. */
    public void restoreAddedCard(int cardNumber) {
        requireCard(cardNumber);
        addedCards.add(cardNumber);
    }

    /** Restores a stored item at the end of its list, without telling listeners; for loading in order. */
    public void restoreItem(Item item) {
        if (item.kind().onACard()) {
            requireCard(item.cardNumber());
        }
        discussion.restore(item);
    }

    /** Restores a card's stored number of champions, without telling listeners; for loading. */
    public void restoreChampions(int cardNumber, int count) {
        requireCard(cardNumber);
        discussion.restoreChampions(cardNumber, count);
    }

    public List<Round> rounds() {
        return List.copyOf(rounds);
    }

    public Optional<Round> round(int roundId) {
        return rounds.stream().filter(round -> round.id() == roundId).findFirst();
    }

    public RoundSettings settings(int roundId) {
        return state(roundId).settings;
    }

    /** The cards whose counts the room may see, in a round that hides votes. */
    public Set<Integer> revealed(int roundId) {
        return state(roundId).revealed;
    }

    /** Whether the room may see this card's count: always, unless the round hides votes. */
    public boolean isVisible(int roundId, int cardNumber) {
        RoundState state = state(roundId);
        return !state.settings.hideVotes() || state.revealed.contains(cardNumber);
    }

    public Turn turn(int roundId) {
        return state(roundId).turn;
    }

    public CardStatus status(int cardNumber) {
        return statuses.getOrDefault(cardNumber, CardStatus.NONE);
    }

    /** The participants' names in turn order, if the facilitator gave any; empty otherwise. */
    public List<String> participantNames() {
        return participantNames;
    }

    /** Participant {@code number}'s name (numbered from 1), or empty when not given. */
    public String participantName(int number) {
        return number <= participantNames.size() ? participantNames.get(number - 1) : "";
    }

    /** Restores stored names without telling listeners; for loading. */
    public void restoreParticipantNames(List<String> names) {
        participantNames = List.copyOf(names);
    }

    /** The cards with a status other than none. */
    public Map<Integer, CardStatus> statuses() {
        return Map.copyOf(statuses);
    }

    /** The round being voted on: the latest one. */
    public Round currentRound() {
        return rounds.get(rounds.size() - 1);
    }

    public int votes(int roundId, int cardNumber) {
        return roundVotes(roundId).getOrDefault(cardNumber, 0);
    }

    public int totalVotes(int roundId) {
        return roundVotes(roundId).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Sets a card's count in a round. Returns the change that was applied, or nothing when the
     * count was already that.
     */
    public Optional<VotesSet> setVotes(int roundId, int cardNumber, int count) {
        int before = votes(roundId, cardNumber);
        if (before == count) {
            return Optional.empty();
        }
        VotesSet change = new VotesSet(roundId, cardNumber, before, count);
        apply(change);
        return Optional.of(change);
    }

    /** Applies a user's change, makes it the next one to undo and tells the listeners. */
    public void apply(SessionChange change) {
        applyEffect(change);
        undoable.push(change);
        redoable.clear();
        tell(new Applied(change, Applied.Step.DO));
    }

    /** Undoes the latest change not yet undone; returns it, or nothing when there is none. */
    public Optional<SessionChange> undo() {
        SessionChange change = undoable.peek();
        if (change == null || undoable.size() <= undoFloor) {
            return Optional.empty();
        }
        applyEffect(change.inverse());
        redoable.push(undoable.pop());
        tell(new Applied(change, Applied.Step.UNDO));
        return Optional.of(change);
    }

    /** Redoes the latest change undone; returns it, or nothing when there is none. */
    public Optional<SessionChange> redo() {
        SessionChange change = redoable.peek();
        if (change == null) {
            return Optional.empty();
        }
        applyEffect(change);
        undoable.push(redoable.pop());
        tell(new Applied(change, Applied.Step.REDO));
        return Optional.of(change);
    }

    public boolean canUndo() {
        return undoable.size() > undoFloor;
    }

    /** True when Ctrl+Z stops because phones voted since the changes before: say so rather than do nothing. */
    public boolean undoStoppedByBallots() {
        return !undoable.isEmpty() && undoable.size() <= undoFloor;
    }

    /**
     * Applies a change the facilitator did not make and cannot undo (a phone's ballot, the close
     * of phone voting), and tells the listeners. Everything done before it can no longer be
     * undone, and nothing can be redone: both could reach the counts the ballots moved.
     */
    public void record(SessionChange change) {
        if (!(change instanceof BallotCast || change instanceof PhonesClosed)) {
            throw new IllegalArgumentException("the facilitator's changes are applied, not recorded: " + change);
        }
        applyEffect(change);
        redoable.clear();
        undoFloor = undoable.size();
        tell(new Applied(change, Applied.Step.RECORD));
    }

    /** How many of the oldest done changes can no longer be undone; for the store. */
    public int undoFloor() {
        return undoFloor;
    }

    public boolean canRedo() {
        return !redoable.isEmpty();
    }

    /**
     * Restores the history loaded with the session, without telling listeners: {@code done} in
     * the order the changes were made, {@code undone} in the order they would be redone.
     */
    public void restoreHistory(List<SessionChange> done, List<SessionChange> undone) {
        restoreHistory(done, undone, 0);
    }

    /** As {@link #restoreHistory(List, List)}, with the oldest {@code floor} done changes beyond undo. */
    public void restoreHistory(List<SessionChange> done, List<SessionChange> undone, int floor) {
        if (floor < 0 || floor > done.size()) {
            throw new IllegalArgumentException("an undo floor of " + floor + " for " + done.size() + " changes");
        }
        undoable.clear();
        redoable.clear();
        undoFloor = floor;
        done.forEach(undoable::push);
        for (int i = undone.size() - 1; i >= 0; i--) {
            redoable.push(undone.get(i));
        }
    }

    /** The changes that can be undone, in the order they were made. */
    public List<SessionChange> doneChanges() {
        List<SessionChange> done = new ArrayList<>(undoable);
        Collections.reverse(done);
        return done;
    }

    /** The changes undone, in the order they would be redone. */
    public List<SessionChange> undoneChanges() {
        return List.copyOf(redoable);
    }

    private void applyEffect(SessionChange change) {
        if (change instanceof VotesSet set) {
            requireNotOpenToPhones(set.roundId());
            applyVotes(set);
        } else if (change instanceof DotMoved dot) {
            requireNotOpenToPhones(dot.roundId());
            applyDot(dot);
        } else if (change instanceof TurnChanged turn) {
            requireNotOpenToPhones(turn.roundId());
            RoundState state = state(turn.roundId());
            expect(state.turn.equals(turn.before()), "the turn is not " + turn.before());
            state.turn = turn.after();
        } else if (change instanceof SettingsSet set) {
            requireNotOpenToPhones(set.roundId());
            RoundState state = state(set.roundId());
            expect(state.settings.equals(set.before()), "round settings are not " + set.before());
            state.settings = set.after();
        } else if (change instanceof RevealSet reveal) {
            RoundState state = state(reveal.roundId());
            expect(state.revealed.equals(reveal.before()), "revealed cards are not " + reveal.before());
            state.revealed = reveal.after();
        } else if (change instanceof StatusSet status) {
            expect(status(status.cardNumber()) == status.before(), "card status is not " + status.before());
            restoreStatus(status.cardNumber(), status.after());
        } else if (change instanceof RoundAdded added) {
            addRound(added.round(), added.settings());
        } else if (change instanceof RoundRemoved removed) {
            applyRemoval(removed);
        } else if (change instanceof NamesSet names) {
            expect(participantNames.equals(names.before()), "the participants' names are not " + names.before());
            participantNames = names.after();
        } else if (change instanceof DiscussionChange discussed) {
            applyDiscussion(discussed);
        } else if (change instanceof CarriedActionSet || change instanceof LinkSet) {
            followUp.apply(change);
        } else if (change instanceof CardAdded added) {
            applyCardAdded(added.card());
        } else if (change instanceof CardRemoved removed) {
            applyCardRemoved(removed.card());
        } else if (change instanceof PhonesOpened opened) {
            applyPhonesOpened(opened);
        } else if (change instanceof BallotCast cast) {
            applyBallot(cast);
        } else if (change instanceof PhonesClosed closed) {
            PhoneRound phones = state(closed.roundId()).phones;
            expect(phones.state == PhoneState.OPEN && phones.ballotsIn == closed.ballotsIn(),
                    "round " + closed.roundId() + " is not open to phones with " + closed.ballotsIn() + " ballots");
            phones.state = PhoneState.CLOSED;
            phones.ballots.clear();
        } else {
            throw new IllegalArgumentException("unknown change: " + change);
        }
    }

    /** The votes of a round open to phones come from phones only. */
    private void requireNotOpenToPhones(int roundId) {
        expect(state(roundId).phones.state != PhoneState.OPEN, "round " + roundId + " is open to phones");
    }

    private void applyPhonesOpened(PhonesOpened opened) {
        RoundState state = state(opened.roundId());
        PhoneRound phones = state.phones;
        expect(state.settings.equals(opened.before()), "round settings are not " + opened.before());
        if (opened.open()) {
            expect(phones.state == PhoneState.NOT_OPENED && roundVotes(opened.roundId()).isEmpty(),
                    "round " + opened.roundId() + " cannot be opened to phones");
            phones.state = PhoneState.OPEN;
            phones.limit = opened.limit();
        } else {
            expect(phones.state == PhoneState.OPEN && phones.ballotsIn == 0,
                    "round " + opened.roundId() + " has ballots from phones");
            phones.state = PhoneState.NOT_OPENED;
            phones.limit = 0;
        }
        state.settings = opened.after();
    }

    /** Moves the round's counts from what the ballot cast before to what it casts now, all or nothing. */
    private void applyBallot(BallotCast cast) {
        PhoneRound phones = state(cast.roundId()).phones;
        expect(phones.state == PhoneState.OPEN, "round " + cast.roundId() + " is not open to phones");
        Map<Integer, Integer> current = phones.ballots.get(cast.ballotId());
        expect(cast.first() ? current == null : cast.before().equals(current),
                "ballot " + cast.ballotId() + " did not cast " + cast.before());
        Set<Integer> cards = new TreeSet<>(cast.before().keySet());
        cards.addAll(cast.after().keySet());
        List<VotesSet> moves = new ArrayList<>();
        for (int card : cards) {
            int before = votes(cast.roundId(), card);
            int after = before + cast.after().getOrDefault(card, 0) - cast.before().getOrDefault(card, 0);
            expect(Votes.isValid(after), "card " + card + " would have " + after + " votes");
            moves.add(new VotesSet(cast.roundId(), card, before, after));
        }
        moves.forEach(this::applyVotes);
        phones.ballots.put(cast.ballotId(), cast.after());
        if (cast.first()) {
            phones.ballotsIn++;
        }
    }

    private void applyDot(DotMoved dot) {
        RoundState state = state(dot.roundId());
        expect(state.turn.participant() == dot.participant(), "it is not participant " + dot.participant() + "'s turn");
        expect(state.turn.on(dot.cardNumber()) + dot.delta() >= 0, "no dot of theirs on card " + dot.cardNumber());
        applyVotes(new VotesSet(dot.roundId(), dot.cardNumber(), dot.votesBefore(), dot.votesAfter()));
        state.turn = state.turn.moved(dot.cardNumber(), dot.delta());
    }

    private void applyDiscussion(DiscussionChange change) {
        int card = change instanceof ChampionsSet set ? set.cardNumber() : itemOf(change).cardNumber();
        if (card != 0) {
            requireCard(card);
        }
        discussion.apply(change);
    }

    private static Item itemOf(DiscussionChange change) {
        if (change instanceof ItemAdded added) {
            return added.item();
        } else if (change instanceof ItemRemoved removed) {
            return removed.item();
        } else if (change instanceof ItemEdited edited) {
            return edited.after();
        }
        return ((ItemMoved) change).item();
    }

    private void applyCardAdded(Card card) {
        expect(deck.card(card.number()).isEmpty(), "card " + card.number() + " is in the deck already");
        deck.category(card.categoryId());
        List<Card> cards = new ArrayList<>(deck.cardsAsListed());
        cards.add(card);
        deck = deck.withCards(cards);
        addedCards.add(card.number());
    }

    private void applyCardRemoved(Card card) {
        int number = card.number();
        expect(addedCards.contains(number) && deck.card(number).equals(Optional.of(card)),
                "card " + number + " is not one the room added: " + card);
        expect(rounds.stream().allMatch(round -> votes(round.id(), number) == 0), "card " + number + " has votes");
        expect(status(number) == CardStatus.NONE && !discussion.isDiscussed(number),
                "card " + number + " has a status or a discussion");
        deck = deck.withCards(deck.cardsAsListed().stream().filter(other -> other.number() != number).toList());
        addedCards.remove(number);
    }

    private void requireCard(int cardNumber) {
        if (deck.card(cardNumber).isEmpty()) {
            throw new IllegalArgumentException("no card " + cardNumber + " in this session's deck");
        }
    }

    private void applyRemoval(RoundRemoved removed) {
        int id = removed.round().id();
        expect(rounds.size() > 1 && currentRound().equals(removed.round()), "round " + id + " is not the last");
        expect(roundVotes(id).isEmpty(), "round " + id + " has votes");
        expect(state(id).phones.state == PhoneState.NOT_OPENED, "round " + id + " was voted by phones");
        rounds.remove(rounds.size() - 1);
        votesByRound.remove(id);
        roundStates.remove(id);
    }

    private static void expect(boolean condition, String otherwise) {
        if (!condition) {
            throw new IllegalStateException(otherwise);
        }
    }

    private void tell(Applied applied) {
        for (Consumer<Applied> listener : listeners) {
            listener.accept(applied);
        }
    }

    private void applyVotes(VotesSet set) {
        Map<Integer, Integer> votes = roundVotes(set.roundId());
        if (deck.card(set.cardNumber()).isEmpty()) {
            throw new IllegalArgumentException("no card " + set.cardNumber() + " in this session's deck");
        }
        int current = votes.getOrDefault(set.cardNumber(), 0);
        if (current != set.before()) {
            throw new IllegalStateException("card " + set.cardNumber() + " has " + current
                    + " votes, not " + set.before());
        }
        if (set.after() == 0) {
            votes.remove(set.cardNumber());
        } else {
            votes.put(set.cardNumber(), set.after());
        }
    }

    /** Restores a stored count without telling listeners; for loading a session from its file. */
    public void restoreVotes(int roundId, int cardNumber, int count) {
        Votes.requireValid(count);
        if (deck.card(cardNumber).isEmpty()) {
            throw new IllegalArgumentException("no card " + cardNumber + " in this session's deck");
        }
        if (count == 0) {
            roundVotes(roundId).remove(cardNumber);
        } else {
            roundVotes(roundId).put(cardNumber, count);
        }
    }

    /** Restores a round's stored voting state without telling listeners; for loading. */
    public void restoreRound(int roundId, RoundSettings settings, Set<Integer> revealed, Turn turn) {
        RoundState state = state(roundId);
        state.settings = Objects.requireNonNull(settings, "settings");
        state.revealed = Set.copyOf(revealed);
        state.turn = Objects.requireNonNull(turn, "turn");
    }

    /** Restores a stored card status without telling listeners; for loading. */
    public void restoreStatus(int cardNumber, CardStatus status) {
        if (deck.card(cardNumber).isEmpty()) {
            throw new IllegalArgumentException("no card " + cardNumber + " in this session's deck");
        }
        if (status == CardStatus.NONE) {
            statuses.remove(cardNumber);
        } else {
            statuses.put(cardNumber, status);
        }
    }

    public PhoneState phoneState(int roundId) {
        return state(roundId).phones.state;
    }

    /** The open round's ballots (id to dots); empty once voting by phone has closed. */
    public Map<String, Map<Integer, Integer>> ballots(int roundId) {
        return state(roundId).phones.ballotsView();
    }

    /** How many ballots phones cast in the round (kept after its ballots are dropped). */
    public int ballotsIn(int roundId) {
        return state(roundId).phones.ballotsIn;
    }

    /** The facilitator's limit on the round's ballots; 0: as many as there are participants. */
    public int ballotLimit(int roundId) {
        return state(roundId).phones.limit;
    }

    /** Restores a round's phone voting without telling listeners; for loading. */
    public void restorePhones(int roundId, PhoneState phoneState, int limit, int ballotsIn) {
        PhoneRound phones = state(roundId).phones;
        if (limit < 0 || ballotsIn < 0) {
            throw new IllegalArgumentException("a negative ballot limit or count");
        }
        phones.state = Objects.requireNonNull(phoneState, "phoneState");
        phones.limit = limit;
        phones.ballotsIn = ballotsIn;
    }

    /** Restores one stored ballot of an open round without telling listeners (or moving counts); for loading. */
    public void restoreBallot(int roundId, String ballotId, Map<Integer, Integer> dots) {
        PhoneRound phones = state(roundId).phones;
        if (phones.state != PhoneState.OPEN) {
            throw new IllegalArgumentException("round " + roundId + " is not open to phones");
        }
        dots.keySet().forEach(this::requireCard);
        phones.ballots.put(Objects.requireNonNull(ballotId, "ballotId"), Map.copyOf(dots));
    }

    /** The non-zero counts of a round, by card number. */
    public Map<Integer, Integer> votesOf(int roundId) {
        return Map.copyOf(roundVotes(roundId));
    }

    public void addListener(Consumer<Applied> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Applied> listener) {
        listeners.remove(listener);
    }

    private RoundState state(int roundId) {
        RoundState state = roundStates.get(roundId);
        if (state == null) {
            throw new IllegalArgumentException("no round " + roundId + " in this session");
        }
        return state;
    }

    private Map<Integer, Integer> roundVotes(int roundId) {
        Map<Integer, Integer> votes = votesByRound.get(roundId);
        if (votes == null) {
            throw new IllegalArgumentException("no round " + roundId + " in this session");
        }
        return votes;
    }
}
