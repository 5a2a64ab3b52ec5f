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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One workshop: its details, its own copy of the deck, its voting rounds and their votes.
 * Every change goes through {@link #apply(SessionChange)}, {@link #undo()} or {@link #redo()},
 * which tell the listeners, so the board and the store see the same sequence of changes. Undo
 * reaches back to the first change of the session. Not thread-safe: one thread owns it.
 */
public final class Session {
    private final SessionDetails details;
    private final Deck deck;
    private final List<Round> rounds;
    private final Map<Integer, Map<Integer, Integer>> votesByRound = new HashMap<>();
    private final List<Consumer<Applied>> listeners = new CopyOnWriteArrayList<>();
    /** Changes that can be undone, the latest first. */
    private final Deque<SessionChange> undoable = new ArrayDeque<>();
    /** Changes undone that can be redone, the latest undone first. */
    private final Deque<SessionChange> redoable = new ArrayDeque<>();

    public Session(SessionDetails details, Deck deck, List<Round> rounds) {
        this.details = Objects.requireNonNull(details, "details");
        this.deck = Objects.requireNonNull(deck, "deck");
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a session needs at least one round");
        }
        this.rounds = List.copyOf(rounds);
        for (Round round : this.rounds) {
            if (votesByRound.put(round.id(), new HashMap<>()) != null) {
                throw new IllegalArgumentException("duplicate round id: " + round.id());
            }
        }
    }

    /** A new session with one round, "What blocks us?" in the caller's words. */
    public static Session start(SessionDetails details, Deck deck, String firstQuestion) {
        return new Session(details, deck, List.of(new Round(1, firstQuestion)));
    }

    public SessionDetails details() {
        return details;
    }

    public Deck deck() {
        return deck;
    }

    public List<Round> rounds() {
        return rounds;
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
        if (change == null) {
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
        return !undoable.isEmpty();
    }

    public boolean canRedo() {
        return !redoable.isEmpty();
    }

    /**
     * Restores the history loaded with the session, without telling listeners: {@code done} in
     * the order the changes were made, {@code undone} in the order they would be redone.
     */
    public void restoreHistory(List<SessionChange> done, List<SessionChange> undone) {
        undoable.clear();
        redoable.clear();
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
            applyVotes(set);
        } else {
            throw new IllegalArgumentException("unknown change: " + change);
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

    private Map<Integer, Integer> roundVotes(int roundId) {
        Map<Integer, Integer> votes = votesByRound.get(roundId);
        if (votes == null) {
            throw new IllegalArgumentException("no round " + roundId + " in this session");
        }
        return votes;
    }
}
