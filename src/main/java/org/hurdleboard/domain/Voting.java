package org.hurdleboard.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facilitator's voting actions on a session, each checked against the round's rule and
 * applied as one change (so one Ctrl+Z undoes one action). Dot voting goes participant by
 * participant: each places their dots, may take their own back, and passes to the next.
 */
public final class Voting {
    /** Why a dot cannot be placed, or {@link #NONE} when it can. */
    public enum Refusal { NONE, NOT_DOTS, ALL_VOTED, NO_DOTS_LEFT, CARD_FULL, NOT_IN_ROUND, TOO_MANY_VOTES, PHONES_OPEN }

    private final Session session;

    public Voting(Session session) {
        this.session = session;
    }

    public Refusal whyNoDot(int roundId, int cardNumber) {
        RoundSettings settings = session.settings(roundId);
        Turn turn = session.turn(roundId);
        if (session.phoneState(roundId) == PhoneState.OPEN) {
            return Refusal.PHONES_OPEN;
        }
        if (!settings.rule().isPersonal()) {
            return Refusal.NOT_DOTS;
        }
        if (allVoted(roundId)) {
            return Refusal.ALL_VOTED;
        }
        if (!settings.includes(cardNumber)) {
            return Refusal.NOT_IN_ROUND;
        }
        if (dotsLeft(roundId) == 0) {
            return Refusal.NO_DOTS_LEFT;
        }
        if (turn.on(cardNumber) >= settings.rule().mostOnOneCard()) {
            return Refusal.CARD_FULL;
        }
        if (session.votes(roundId, cardNumber) >= Votes.MAX) {
            return Refusal.TOO_MANY_VOTES;
        }
        return Refusal.NONE;
    }

    /** Places one of the current participant's dots on a card; what stopped it, if anything. */
    public Refusal takeDot(int roundId, int cardNumber) {
        Refusal refusal = whyNoDot(roundId, cardNumber);
        if (refusal == Refusal.NONE) {
            session.apply(new DotMoved(roundId, session.turn(roundId).participant(), cardNumber,
                    session.votes(roundId, cardNumber), 1));
        }
        return refusal;
    }

    /** Takes back one of the current participant's own dots; false when they have none there. */
    public boolean returnDot(int roundId, int cardNumber) {
        Turn turn = session.turn(roundId);
        if (turn.on(cardNumber) == 0 || session.phoneState(roundId) == PhoneState.OPEN) {
            return false;
        }
        session.apply(new DotMoved(roundId, turn.participant(), cardNumber, session.votes(roundId, cardNumber), -1));
        return true;
    }

    /** Ends the current participant's turn; false when everyone has voted already. */
    public boolean pass(int roundId) {
        if (!session.settings(roundId).rule().isPersonal() || allVoted(roundId)
                || session.phoneState(roundId) == PhoneState.OPEN) {
            return false;
        }
        Turn turn = session.turn(roundId);
        session.apply(new TurnChanged(roundId, turn, turn.next()));
        return true;
    }

    /** The current participant's dots left; for approval, the cards of the round they have not ticked. */
    public int dotsLeft(int roundId) {
        RoundSettings settings = session.settings(roundId);
        VotingRule rule = settings.rule();
        int each = rule.isDots() ? rule.dotsEach() : rule.isApproval() ? cardsIn(settings) : 0;
        return Math.max(0, each - session.turn(roundId).placed());
    }

    private int cardsIn(RoundSettings settings) {
        return (int) session.deck().cards().stream().filter(card -> settings.includes(card.number())).count();
    }

    /** True once the last participant has passed; a session without a participant count never ends. */
    public boolean allVoted(int roundId) {
        int participants = session.details().participants();
        return participants > 0 && session.turn(roundId).participant() > participants;
    }

    /** Changes a round's rule or hiding; only before anyone has voted in it, and never once opened to phones. */
    public boolean changeSettings(int roundId, RoundSettings settings) {
        RoundSettings before = session.settings(roundId);
        if (before.equals(settings) || session.totalVotes(roundId) > 0
                || !session.turn(roundId).equals(Turn.FIRST) || session.phoneState(roundId) != PhoneState.NOT_OPENED) {
            return false;
        }
        session.apply(new SettingsSet(roundId, before, settings));
        return true;
    }

    public boolean revealAll(int roundId) {
        Set<Integer> all = new TreeSet<>();
        session.deck().cards().forEach(card -> all.add(card.number()));
        return reveal(roundId, all);
    }

    public boolean revealCategory(int roundId, String categoryId) {
        Set<Integer> cards = new TreeSet<>();
        session.deck().cardsIn(categoryId).forEach(card -> cards.add(card.number()));
        return reveal(roundId, cards);
    }

    public boolean revealCard(int roundId, int cardNumber) {
        return reveal(roundId, Set.of(cardNumber));
    }

    /** Hides every count of the round again, for a round that hides votes. */
    public boolean hideAll(int roundId) {
        Set<Integer> before = session.revealed(roundId);
        if (before.isEmpty()) {
            return false;
        }
        session.apply(new RevealSet(roundId, before, Set.of()));
        return true;
    }

    private boolean reveal(int roundId, Set<Integer> cards) {
        if (!session.settings(roundId).hideVotes()) {
            return false;
        }
        Set<Integer> before = session.revealed(roundId);
        Set<Integer> after = new TreeSet<>(before);
        after.addAll(cards);
        if (after.equals(before)) {
            return false;
        }
        session.apply(new RevealSet(roundId, before, after));
        return true;
    }

    public boolean setStatus(int cardNumber, CardStatus status) {
        CardStatus before = session.status(cardNumber);
        if (before == status) {
            return false;
        }
        session.apply(new StatusSet(cardNumber, before, status));
        return true;
    }

    /** Gives the participants names in turn order (blank lines left out); names are never in a report. */
    public boolean setParticipantNames(List<String> names) {
        List<String> after = names.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
        List<String> before = session.participantNames();
        if (after.equals(before)) {
            return false;
        }
        session.apply(new NamesSet(before, after));
        return true;
    }

    /** Adds a round after the others and returns it; it becomes the round being voted on. */
    public Round addRound(String question, RoundSettings settings) {
        // phones vote in the round being voted on: moving on closes the last one's ballot box
        new PhoneVoting(session).close(session.currentRound().id());
        Round round = new Round(session.currentRound().id() + 1, question);
        session.apply(new RoundAdded(round, settings));
        return round;
    }
}
