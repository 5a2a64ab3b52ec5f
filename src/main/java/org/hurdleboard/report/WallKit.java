package org.hurdleboard.report;

import java.util.List;
import java.util.Objects;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Round;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.VotingRule;

/**
 * What a printed wall kit holds: the deck (every card goes on the wall), the cards the round votes
 * on (the tally sheet and the ballots list these), how many a ballot may tick, the round's
 * question, and how many ballots to print.
 */
public record WallKit(Deck deck, List<Card> votedCards, int ticks, String question, int ballots) {
    /** A deck on its own: every card voted on, three ticks, eight ballots (a page of the smallest slips). */
    public static final int DEFAULT_BALLOTS = BallotSlips.PER_PAGE;

    public WallKit {
        Objects.requireNonNull(deck, "deck");
        votedCards = List.copyOf(votedCards);
        question = question == null ? "" : question;
        if (votedCards.isEmpty()) {
            throw new IllegalArgumentException("a wall kit needs at least one card to vote on");
        }
        if (ticks < 1 || ticks > VotingRule.MAX_DOTS) {
            throw new IllegalArgumentException("ticks must be between 1 and " + VotingRule.MAX_DOTS + ": " + ticks);
        }
        if (ballots < 1) {
            throw new IllegalArgumentException("at least one ballot: " + ballots);
        }
    }

    public static WallKit of(Deck deck) {
        return new WallKit(deck, deck.cards(), VotingRule.DEFAULT_DOTS, "", DEFAULT_BALLOTS);
    }

    /**
     * The session's own copy of the deck (with the room's cards), and its current round: the cards
     * it votes on, its dots each (three for a show of hands), its question, a ballot a participant.
     */
    public static WallKit of(Session session) {
        Round round = session.currentRound();
        RoundSettings settings = session.settings(round.id());
        Deck deck = session.deck();
        List<Card> voted = deck.cards().stream().filter(card -> settings.includes(card.number())).toList();
        int ticks = settings.rule().isDots() ? settings.rule().dotsEach() : VotingRule.DEFAULT_DOTS;
        return new WallKit(deck, voted.isEmpty() ? deck.cards() : voted, ticks, round.question(),
                Math.max(1, session.details().participants()));
    }

    public WallKit withTicks(int newTicks) {
        return new WallKit(deck, votedCards, newTicks, question, ballots);
    }
}
