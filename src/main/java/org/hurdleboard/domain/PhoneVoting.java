package org.hurdleboard.domain;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Voting by phone on a session: the facilitator opens the current round to phones and closes it;
 * phones cast ballots, each checked against the round's rule, its cards and the ballot limit.
 * Ballots are filed under random ids (from the phone server) and nothing else: no address, no
 * device, no time. When voting closes only the counts and the number of ballots stay: the only
 * use of a ballot's contents is letting its phone change its mind, and a pattern of choices kept
 * after that could point at the one person who would choose it.
 */
public final class PhoneVoting {
    /** The ballot limit of a session that has no participant count and no limit of the facilitator's. */
    public static final int DEFAULT_MAX_BALLOTS = 300;
    private static final Pattern BALLOT_ID = Pattern.compile("[A-Za-z0-9._-]{8,80}");

    /** Why a round cannot be opened to phones, or {@link #NONE}. */
    public enum Refusal {
        NONE,
        /** Phones vote in the round being voted on: the latest one. */
        NOT_CURRENT,
        /** Votes were counted in the round already: phones' ballots would be mixed in with them. */
        HAS_VOTES,
        /** Phones voted in the round and voting closed: a phone that voted could vote again. */
        CLOSED,
        /** A tally has no ballot to send: phones need dots or ticks. */
        NEEDS_BALLOT_RULE
    }

    private final Session session;

    public PhoneVoting(Session session) {
        this.session = session;
    }

    public Refusal whyNotOpen(int roundId, VotingRule rule) {
        if (session.currentRound().id() != roundId) {
            return Refusal.NOT_CURRENT;
        }
        PhoneState state = session.phoneState(roundId);
        if (state == PhoneState.CLOSED) {
            return Refusal.CLOSED;
        }
        if (state == PhoneState.OPEN) {
            return Refusal.NONE;
        }
        if (session.totalVotes(roundId) > 0 || !session.turn(roundId).equals(Turn.FIRST)) {
            return Refusal.HAS_VOTES;
        }
        return rule.isPersonal() ? Refusal.NONE : Refusal.NEEDS_BALLOT_RULE;
    }

    /**
     * Opens the round to phones with this rule and at most {@code limit} ballots (0: the
     * participants), as one change the facilitator can undo until the first ballot. A round
     * already open stays as it is (the app was closed while it was open: phones carry on).
     */
    public Refusal open(int roundId, VotingRule rule, int limit) {
        Refusal refusal = whyNotOpen(roundId, rule);
        if (refusal == Refusal.NONE && session.phoneState(roundId) == PhoneState.NOT_OPENED) {
            RoundSettings before = session.settings(roundId);
            session.apply(new PhonesOpened(roundId, before, before.withRule(rule).withMethod(VotingMethod.PHONES),
                    limit, true));
        }
        return refusal;
    }

    /** Closes voting by phone, dropping the ballots' contents; false when the round was not open. */
    public boolean close(int roundId) {
        if (session.phoneState(roundId) != PhoneState.OPEN) {
            return false;
        }
        session.record(new PhonesClosed(roundId, session.ballotsIn(roundId)));
        return true;
    }

    public boolean isOpen(int roundId) {
        return session.phoneState(roundId) == PhoneState.OPEN;
    }

    /** The most ballots the round takes: the facilitator's limit, else the participants, else {@link #DEFAULT_MAX_BALLOTS}. */
    public int maxBallots(int roundId) {
        int limit = session.ballotLimit(roundId);
        int participants = session.details().participants();
        return limit > 0 ? limit : participants > 0 ? participants : DEFAULT_MAX_BALLOTS;
    }

    public static boolean isBallotId(String ballotId) {
        return ballotId != null && BALLOT_ID.matcher(ballotId).matches();
    }

    /** Why this ballot (card number to dots; 1 a ticked card) would be refused, or NONE. */
    public BallotRefusal whyNot(int roundId, String ballotId, Map<Integer, Integer> dots) {
        if (session.round(roundId).isEmpty() || !isOpen(roundId) || session.currentRound().id() != roundId) {
            return BallotRefusal.NOT_OPEN;
        }
        if (!isBallotId(ballotId)) {
            return BallotRefusal.BAD_ID;
        }
        RoundSettings settings = session.settings(roundId);
        VotingRule rule = settings.rule();
        Map<Integer, Integer> before = session.ballots(roundId).getOrDefault(ballotId, Map.of());
        long total = 0;
        for (Map.Entry<Integer, Integer> card : dots.entrySet()) {
            if (card.getKey() == null || card.getValue() == null || !settings.includes(card.getKey())
                    || session.deck().card(card.getKey()).isEmpty()) {
                return BallotRefusal.NOT_IN_ROUND;
            }
            int count = card.getValue();
            if (count < 1 || rule.isApproval() && count > 1) {
                return BallotRefusal.BAD_COUNT;
            }
            if (count > rule.mostOnOneCard()) {
                return BallotRefusal.CARD_FULL;
            }
            total += count;
            if (session.votes(roundId, card.getKey()) - before.getOrDefault(card.getKey(), 0) + count > Votes.MAX) {
                return BallotRefusal.TOO_MANY_VOTES;
            }
        }
        if (rule.isDots() && total > rule.dotsEach()) {
            return BallotRefusal.TOO_MANY_DOTS;
        }
        if (!session.ballots(roundId).containsKey(ballotId) && session.ballotsIn(roundId) >= maxBallots(roundId)) {
            return BallotRefusal.FULL;
        }
        return BallotRefusal.NONE;
    }

    /** Records the ballot, replacing what it cast before; what stopped it, if anything. */
    public BallotRefusal cast(int roundId, String ballotId, Map<Integer, Integer> dots) {
        BallotRefusal refusal = whyNot(roundId, ballotId, dots);
        if (refusal == BallotRefusal.NONE) {
            Map<Integer, Integer> before = session.ballots(roundId).get(ballotId);
            if (before == null || !before.equals(dots)) {
                session.record(new BallotCast(roundId, ballotId, before == null, before == null ? Map.of() : before, dots));
            }
        }
        return refusal;
    }
}
