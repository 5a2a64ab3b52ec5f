package org.hurdleboard.ui.followup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hurdleboard.domain.CarriedAction;
import org.hurdleboard.domain.CarriedActions;
import org.hurdleboard.domain.FollowUp;
import org.hurdleboard.domain.Outcome;
import org.hurdleboard.domain.PreviousWorkshop;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.Session;
import org.hurdleboard.store.Series;
import org.hurdleboard.ui.common.Background;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.workshop.WorkshopModel;

/**
 * The first stage of a follow-up, "Since last time": the actions carried over from the last
 * workshop, what the room says of each now (done, still doing, dropped, or left open; a note;
 * carry on again), whether the room's screen shows owners (never unless the facilitator says),
 * and whether the link to the last workshop still leads to its file. Each mark is one change of
 * the session: saved at once, undone with Ctrl+Z.
 */
public final class SinceLastModel {
    private final WorkshopModel workshop;
    private final Session session;
    private final Messages messages;
    private final LocalDate today;
    private final CarriedActions actions;
    private final ObservableList<CarriedAction> carried = FXCollections.observableArrayList();
    /** One view for every listener: a view made per call would be collected, and its listeners with it. */
    private final ObservableList<CarriedAction> carriedView = FXCollections.unmodifiableObservableList(carried);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper();
    private final BooleanProperty showOwners = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper linkProblem = new ReadOnlyStringWrapper("");

    public SinceLastModel(WorkshopModel workshop, Messages messages, LocalDate today) {
        this.workshop = workshop;
        this.session = workshop.session();
        this.messages = messages;
        this.today = today;
        this.actions = new CarriedActions(session);
        carried.setAll(session.followUp().carried());
        // an undo, a redo or a mark: the list always shows the session as it is
        session.addListener(applied -> carried.setAll(session.followUp().carried()));
    }

    /** Whether the workshop follows one up: the stage exists only then. */
    public boolean isFollowUp() {
        return session.followUp().isFollowUp();
    }

    /**
     * Whether the workshop should open on this stage: a follow-up with actions carried over, before
     * the room has voted (afterwards it opens on the board, where the votes are).
     */
    public boolean opensFirst() {
        return isFollowUp() && !carried.isEmpty()
                && session.rounds().stream().mapToInt(round -> session.totalVotes(round.id())).sum() == 0;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public void start() {
        if (isFollowUp()) {
            active.set(true);
        }
    }

    public void stop() {
        active.set(false);
    }

    public ObservableList<CarriedAction> carried() {
        return carriedView;
    }

    /** Whether the room's screen shows each action's owner: off unless the facilitator turns it on. */
    public BooleanProperty showOwnersProperty() {
        return showOwners;
    }

    /** Why the link to the last workshop cannot be followed, in words; empty while it can. */
    public ReadOnlyStringProperty linkProblemProperty() {
        return linkProblem.getReadOnlyProperty();
    }

    public WorkshopModel workshop() {
        return workshop;
    }

    public boolean canChange() {
        return workshop.canChange();
    }

    public void mark(CarriedAction action, Outcome outcome) {
        if (canChange()) {
            actions.mark(action.id(), outcome);
        }
    }

    public void note(CarriedAction action, String note) {
        if (canChange()) {
            actions.note(action.id(), note);
        }
    }

    public void carryOn(CarriedAction action, boolean again) {
        if (canChange()) {
            actions.carryOn(action.id(), again);
        }
    }

    public boolean isOverdue(CarriedAction action) {
        return action.isOverdue(today);
    }

    /** "Since last time: Autumn, 15 Sept 2026". */
    public String heading() {
        return session.followUp().previous().map(previous -> messages.get("sinceLast.heading", previous.title(),
                date(previous.date()))).orElse(messages.get("sinceLast.title"));
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(date);
    }

    public String outcomeName(Outcome outcome) {
        return messages.get("sinceLast.outcome." + outcome.name().toLowerCase(Locale.ROOT));
    }

    public String stateLastTime(CarriedAction action) {
        return messages.get("sinceLast.lastTime", messages.get("actions.state."
                + action.stateLastTime().name().toLowerCase(Locale.ROOT)));
    }

    /** The due date in words, "Overdue" first when it has passed and the action is not finished. */
    public String due(CarriedAction action) {
        if (action.dueDate().isEmpty()) {
            return messages.get("sinceLast.noDue");
        }
        String due = messages.get("sinceLast.due", date(action.due()));
        return isOverdue(action) ? messages.get("sinceLast.overdue", due) : due;
    }

    /**
     * Checks, off the FX thread, that the link to the last workshop still leads to its file (at
     * its last path, or renamed or moved beside this one); says why not when it does not.
     */
    public void checkLink(Path file, Background background) {
        Optional<PreviousWorkshop> link = session.followUp().previous();
        if (link.isEmpty()) {
            return;
        }
        background.run(() -> Series.check(link.get(), file), problem -> {
            String words = problem.map(this::describe).orElse("");
            linkProblem.set(words);
            workshop.reportNotice(words);
        }, error -> { });
    }

    /**
     * The facilitator found the last workshop's file where it is now: read off the FX thread, it
     * becomes the link (one step of undo) when it is that workshop, and is refused in words when not.
     */
    public void relink(Path chosen, Path file, Background background) {
        Optional<PreviousWorkshop> link = session.followUp().previous();
        if (link.isEmpty() || !canChange()) {
            return;
        }
        background.run(() -> FollowUpSource.read(chosen), found -> {
            if (!found.uid().equals(link.get().uid())) {
                linkProblem.set(messages.get("sinceLast.link.notThatOne", chosen.getFileName(), link.get().title()));
                return;
            }
            actions.relink(link.get().at(found.path().toString()));
            checkLink(file, background);
        }, error -> linkProblem.set(messages.get("sinceLast.link.unreadable", chosen, error.getMessage())));
    }

    private String describe(Series.Break problem) {
        PreviousWorkshop link = problem.link();
        String reason = switch (problem.reason()) {
            case NOT_FOUND -> messages.get("sinceLast.link.notFound", link.lastPath());
            case ANOTHER_WORKSHOP -> messages.get("sinceLast.link.another", link.lastPath());
            case UNREADABLE -> messages.get("sinceLast.link.unreadable", link.lastPath(),
                    problem.problem().map(e -> messages.get("sinceLast.link.problem." + e.problem().name()))
                            .orElse(""));
        };
        return messages.get("sinceLast.link.broken", link.title(), date(link.date()), reason);
    }

    /** The first round, for views that say what the room votes on next. */
    public Round firstRound() {
        return session.rounds().get(0);
    }

    FollowUp followUp() {
        return session.followUp();
    }
}
