package org.hurdleboard.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hurdleboard.domain.report.RankedHurdle;
import org.hurdleboard.domain.report.RoundReport;
import org.hurdleboard.domain.report.SessionReport;

/** Starts the next workshop of a series from the last one. */
public final class FollowUps {
    private FollowUps() {
    }

    /**
     * A new workshop that follows up {@code previous}: its own copy of the previous deck (the
     * room's cards included), the previous first round's voting rule, how each earlier workshop
     * ended, and the actions still open carried over.
     */
    public static Session start(Session previous, PreviousWorkshop link, SessionDetails details, String firstQuestion) {
        RoundSettings first = previous.settings(previous.rounds().get(0).id());
        return start(previous, link, details, firstQuestion, previous.deck(),
                new RoundSettings(first.rule(), first.hideVotes(), java.util.Set.of()));
    }

    /**
     * The same with the deck and rule the facilitator chose instead; a carried action whose card
     * the chosen deck lacks is kept, for no card.
     */
    public static Session start(Session previous, PreviousWorkshop link, SessionDetails details, String firstQuestion,
                                Deck deck, RoundSettings settings) {
        Session next = Session.start(details, deck, firstQuestion, settings);
        List<EarlierWorkshop> earlier = new ArrayList<>(previous.followUp().earlier());
        earlier.add(endOf(previous));
        List<CarriedAction> carried = new ArrayList<>();
        for (CarriedAction action : carriedOver(previous)) {
            carried.add(deck.card(action.cardNumber()).isPresent() ? action : new CarriedAction(action.id(), 0,
                    action.what(), action.owner(), action.due(), action.stateLastTime(), action.outcome(),
                    action.note(), action.carryOn()));
        }
        next.restoreFollowUp(link, earlier, carried);
        return next;
    }

    /** How a workshop ended: each card's standing in its last round. */
    public static EarlierWorkshop endOf(Session session) {
        RoundReport last = SessionReport.lastRoundOf(session);
        Map<Integer, EarlierWorkshop.Standing> standings = new TreeMap<>();
        for (RankedHurdle hurdle : last.hurdles()) {
            if (hurdle.votes() > 0 || hurdle.status() != CardStatus.NONE) {
                standings.put(hurdle.cardNumber(),
                        new EarlierWorkshop.Standing(hurdle.votes(), hurdle.rank(), hurdle.status()));
            }
        }
        session.statuses().forEach((card, status) -> standings.putIfAbsent(card,
                new EarlierWorkshop.Standing(0, 0, status)));
        return new EarlierWorkshop(session.details().title(), session.details().date(), standings);
    }

    /** How many actions a follow-up of {@code previous} would carry over. */
    public static int carriedOverCount(Session previous) {
        return carriedOver(previous).size();
    }

    /**
     * What goes on to the next workshop: every action not done, and every carried action the room
     * chose to carry on again, in that order, numbered afresh.
     */
    static List<CarriedAction> carriedOver(Session previous) {
        List<CarriedAction> carried = new ArrayList<>();
        for (CarriedAction again : previous.followUp().carried()) {
            if (again.carryOn()) {
                ActionState state = again.outcome() == Outcome.STILL_DOING ? ActionState.DOING : again.stateLastTime();
                carried.add(new CarriedAction(carried.size() + 1, again.cardNumber(), again.what(), again.owner(),
                        again.due(), state, Outcome.OPEN, "", false));
            }
        }
        for (Item action : previous.discussion().actionsByOwner()) {
            if (action.state() != ActionState.DONE) {
                carried.add(new CarriedAction(carried.size() + 1, action.cardNumber(), action.text(), action.owner(),
                        action.due(), action.state(), Outcome.OPEN, "", false));
            }
        }
        return carried;
    }
}
