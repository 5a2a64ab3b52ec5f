package org.hurdleboard.ui.phones;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hurdleboard.domain.PhoneKeys;
import org.hurdleboard.domain.PhoneVoting;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.phone.NetworkChoice;
import org.hurdleboard.phone.PhoneServer;

/**
 * Voting by phone for the round being voted on, as the facilitator's panel and the room's screen
 * show it: closed, opening (the server starting), open, or failed (it could not start); the
 * address chosen, the addresses to show, the phones that reached the laptop and the ballots in.
 * The server starts and stops off the FX thread; every property changes on it. Close voting,
 * a new round, an undone opening, or closing the workshop all stop the server.
 */
public final class PhoneRoundModel {
    /** Set (to 127.0.0.1 in tests) to offer that address only, whatever the adapters say. */
    public static final String ADDRESS_PROPERTY = "hurdleboard.phone.address";

    public enum State { CLOSED, OPENING, OPEN, FAILED }

    private final org.hurdleboard.ui.workshop.WorkshopModel workshop;
    private final PhoneBallotBox box;
    private final PhoneLine.Starter starter;
    private final Supplier<List<NetworkChoice>> network;
    private final Executor background;
    private final Executor fxThread;
    private final PhoneVoting phones;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.CLOSED);
    private final ObservableList<NetworkChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<NetworkChoice> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper roomCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper phonesReached = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper ballotsIn = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper newLinkAfterBallots = new ReadOnlyBooleanWrapper();
    /** The server while it runs; FX thread only. */
    private PhoneLine line;
    /** Address look-ups under way, and whether a start waits for one; FX thread only. */
    private int looking;
    private boolean waitingForAddress;
    /** Counts each start, so a server that comes up after it was no longer wanted is stopped at once. */
    private int starts;

    /**
     * {@code network} lists the laptop's addresses (slow: called off the FX thread);
     * {@code fxThread} runs what the server's and the background's threads hand back.
     */
    public PhoneRoundModel(org.hurdleboard.ui.workshop.WorkshopModel workshop, PhoneBallotBox box,
                           PhoneLine.Starter starter, Supplier<List<NetworkChoice>> network, Executor background,
                           Executor fxThread) {
        this.workshop = workshop;
        this.box = box;
        this.starter = starter;
        this.network = network;
        this.background = background;
        this.fxThread = fxThread;
        this.phones = new PhoneVoting(workshop.session());
        workshop.session().addListener(applied -> afterChange());
        chosen.addListener((obs, old, choice) -> {
            if (choice != null && old != null && !choice.equals(old) && line != null) {
                restart();
            }
        });
        afterChange();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The addresses phones could reach the laptop on, the recommended one first. */
    public ObservableList<NetworkChoice> choices() {
        return choices;
    }

    /** The address the server listens on; choosing another while open moves the server there. */
    public ObjectProperty<NetworkChoice> chosenProperty() {
        return chosen;
    }

    /** The short address to type, e.g. http://192.168.1.23:8123; empty unless open. */
    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** The ballot page with the round's token, for the QR code; empty unless open. */
    public ReadOnlyStringProperty linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roomCodeProperty() {
        return roomCode.getReadOnlyProperty();
    }

    /** Why the server could not start, in the server's words (the panel explains); empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** How many times a phone loaded the ballot page since voting opened: the first is "Test with one phone". */
    public ReadOnlyIntegerProperty phonesReachedProperty() {
        return phonesReached.getReadOnlyProperty();
    }

    /**
     * True while the server runs with keys no server of this round ever used, though phones have
     * voted in it: the workshop's file did not have them (a backup, a file of an older version).
     * A phone that voted before could vote again; the facilitator is told so.
     */
    public ReadOnlyBooleanProperty newLinkAfterBallotsProperty() {
        return newLinkAfterBallots.getReadOnlyProperty();
    }

    /** How many phones have voted: never a card's count. */
    public ReadOnlyIntegerProperty ballotsInProperty() {
        return ballotsIn.getReadOnlyProperty();
    }

    public int maxBallots() {
        return phones.maxBallots(workshop.session().currentRound().id());
    }

    /** The round being voted on is open to phones, whether or not the server runs (after a restart it does not). */
    public boolean isRoundOpen() {
        return phones.isOpen(workshop.session().currentRound().id());
    }

    /** Why the round shown cannot be opened with this rule, or NONE. */
    public PhoneVoting.Refusal whyNotOpen(VotingRule rule) {
        return phones.whyNotOpen(workshop.session().currentRound().id(), rule);
    }

    /** Looks for the laptop's addresses again, off the FX thread; the recommended one is chosen. */
    public void findAddresses() {
        looking++;
        background.execute(() -> {
            List<NetworkChoice> found = addresses();
            fxThread.execute(() -> {
                looking--;
                NetworkChoice keep = chosen.get();
                choices.setAll(found);
                chosen.set(keep != null && found.contains(keep) ? keep
                        : found.stream().filter(NetworkChoice::recommended).findFirst()
                                .orElse(found.isEmpty() ? null : found.get(0)));
                if (waitingForAddress && looking == 0) {
                    // voting opened before the laptop's addresses were known: start now
                    waitingForAddress = false;
                    state.set(State.CLOSED);
                    if (isRoundOpen()) {
                        start();
                    }
                }
            });
        });
    }

    private List<NetworkChoice> addresses() {
        String forced = System.getProperty(ADDRESS_PROPERTY, "");
        if (!forced.isBlank()) {
            try {
                return List.of(new NetworkChoice(InetAddress.getByName(forced), forced,
                        NetworkChoice.Kind.LOCAL_NETWORK, true));
            } catch (UnknownHostException e) {
                return List.of();
            }
        }
        try {
            return network.get();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Opens the round being voted on to phones (one change the facilitator may undo until the
     * first ballot) and starts the server on the chosen address. FX thread.
     */
    public PhoneVoting.Refusal open(VotingRule rule, int limit) {
        if (!workshop.canChange()) {
            return PhoneVoting.Refusal.NOT_CURRENT;
        }
        PhoneVoting.Refusal refusal = phones.open(workshop.session().currentRound().id(), rule, limit);
        if (refusal == PhoneVoting.Refusal.NONE) {
            if (workshop.roundProperty().get().id() != workshop.session().currentRound().id()) {
                workshop.showRound(workshop.session().currentRound());
            }
            start();
        }
        return refusal;
    }

    /** Close voting: the ballots' contents are dropped and the server stops. FX thread. */
    public void closeVoting() {
        if (workshop.canChange()) {
            phones.close(workshop.session().currentRound().id());
        }
        stop();
    }

    /** Stops the server and leaves the round open (closing the workshop or the app): it may carry on later. */
    public synchronized void stop() {
        starts++;
        waitingForAddress = false;
        PhoneLine running = line;
        line = null;
        address.set("");
        link.set("");
        roomCode.set("");
        newLinkAfterBallots.set(false);
        if (state.get() != State.FAILED || running != null) {
            state.set(State.CLOSED);
        }
        if (running != null) {
            background.execute(running::close);
        }
    }

    /**
     * The workshop's screens are going away (the workshop or the app closes): the server stops,
     * the round stays open, and no property changes, so it may be called from any thread.
     */
    public synchronized void shutDown() {
        starts++;
        PhoneLine running = line;
        line = null;
        if (running != null) {
            background.execute(running::close);
        }
    }

    /** Tries again after a failure, or on another address. */
    public void restart() {
        stop();
        if (isRoundOpen()) {
            start();
        }
    }

    private void start() {
        NetworkChoice choice = chosen.get();
        if (line != null || state.get() == State.OPENING) {
            return;
        }
        phonesReached.set(0);
        failure.set("");
        if (choice == null && looking > 0) {
            waitingForAddress = true;
            state.set(State.OPENING);
            return;
        }
        if (choice == null) {
            // no address at all: the panel says how to make one (the laptop's hotspot)
            state.set(State.FAILED);
            return;
        }
        state.set(State.OPENING);
        int start = ++starts;
        PhoneServer.Events events = new PhoneServer.Events() {
            @Override
            public void phoneReached() {
                fxThread.execute(() -> phonesReached.set(phonesReached.get() + 1));
            }

            @Override
            public void ballotsChanged(int count) {
                // the box's own count, read again on the FX thread, is the one the board shows
            }
        };
        int roundId = workshop.session().currentRound().id();
        PhoneKeys.Safe safe = workshop.phoneKeys();
        background.execute(() -> {
            Optional<PhoneLine> started;
            String why = "";
            boolean neverUsed = false;
            try {
                // the round's own keys: after a restart the link, the room code and the phones' ballots still work
                PhoneKeys keys = safe.keysFor(roundId, PhoneLine::freshKeys);
                neverUsed = keys.port() == 0;
                PhoneLine running = starter.start(choice.address(), keys, box, events);
                safe.usedPort(roundId, running.address().getPort());
                started = Optional.of(running);
            } catch (Exception e) {
                started = Optional.empty();
                why = String.valueOf(e.getMessage());
            }
            Optional<PhoneLine> result = started;
            String reason = why;
            boolean newKeys = neverUsed;
            fxThread.execute(() -> started(start, result, reason, newKeys));
        });
    }

    private synchronized void started(int start, Optional<PhoneLine> started, String why, boolean newKeys) {
        if (start != starts || !isRoundOpen()) {
            // stopped, moved or closed while it started: it is not wanted any more
            started.ifPresent(unwanted -> background.execute(unwanted::close));
            return;
        }
        if (started.isEmpty()) {
            failure.set(why);
            state.set(State.FAILED);
            return;
        }
        line = started.get();
        address.set(line.address().toString());
        link.set(line.ballotLink().toString());
        roomCode.set(line.roomCode());
        newLinkAfterBallots.set(newKeys && ballotsIn.get() > 0);
        state.set(State.OPEN);
    }

    /** A change to the session may close the round to phones (a new round, an undone opening): the server follows. */
    private void afterChange() {
        Session session = workshop.session();
        ballotsIn.set(session.ballotsIn(session.currentRound().id()));
        if (!isRoundOpen() && (line != null || state.get() == State.OPENING)) {
            stop();
        }
    }
}
