package org.hurdleboard.domain.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.CarriedAction;
import org.hurdleboard.domain.EarlierWorkshop;
import org.hurdleboard.domain.EarlierWorkshop.Standing;
import org.hurdleboard.domain.FollowUps;
import org.hurdleboard.domain.Session;

/**
 * What a follow-up workshop reports of the ones before it: the actions carried over and what
 * became of them, each card's movement since last time (this workshop's last round against the
 * previous one's), the cards that moved most, the cards marked overcome since, and, in a series
 * of more than two, each card's trend. {@link #NONE} for a workshop that follows none.
 */
public record FollowUpReport(String previousTitle, LocalDate previousDate, List<String> seriesTitles,
                             List<CarriedAction> carried, List<CardMove> moves, List<CardTrend> trends) {
    public static final FollowUpReport NONE = new FollowUpReport("", null, List.of(), List.of(), List.of(), List.of());
    /** How many cards "moved most" lists. */
    public static final int MOST = 5;

    public FollowUpReport {
        Objects.requireNonNull(previousTitle, "previousTitle");
        seriesTitles = List.copyOf(seriesTitles);
        carried = List.copyOf(carried);
        moves = List.copyOf(moves);
        trends = List.copyOf(trends);
    }

    public boolean isFollowUp() {
        return previousDate != null;
    }

    public static FollowUpReport of(Session session) {
        List<EarlierWorkshop> earlier = session.followUp().earlier();
        if (earlier.isEmpty()) {
            return NONE;
        }
        EarlierWorkshop last = earlier.get(earlier.size() - 1);
        EarlierWorkshop now = FollowUps.endOf(session);
        TreeSet<Integer> cards = new TreeSet<>(last.standings().keySet());
        cards.addAll(now.standings().keySet());
        List<CardMove> moves = new ArrayList<>();
        for (int number : cards) {
            moves.add(CardMove.of(number, title(session, number), last.standing(number), now.standing(number)));
        }
        moves.sort(Comparator.comparing((CardMove move) -> !move.now().ranked())
                .thenComparingInt(move -> move.now().ranked() ? move.now().rank() : move.lastTime().rank())
                .thenComparingInt(CardMove::cardNumber));
        List<CardTrend> trends = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        earlier.forEach(workshop -> titles.add(workshop.title()));
        titles.add(session.details().title());
        if (earlier.size() >= 2) {
            List<EarlierWorkshop> all = new ArrayList<>(earlier);
            all.add(now);
            TreeSet<Integer> ever = new TreeSet<>();
            all.forEach(workshop -> workshop.standings().forEach((card, standing) -> {
                if (standing.ranked()) {
                    ever.add(card);
                }
            }));
            for (int number : ever) {
                trends.add(new CardTrend(number, title(session, number),
                        all.stream().map(workshop -> workshop.standing(number)).toList()));
            }
        }
        return new FollowUpReport(last.title(), last.date(), titles, session.followUp().carried(), moves, trends);
    }

    private static String title(Session session, int number) {
        return session.deck().card(number).map(Card::title).orElse("#" + number);
    }

    /** The cards that rose or fell the most places (up to {@link #MOST}), biggest first. */
    public List<CardMove> movedMost() {
        return moves.stream().filter(move -> move.places() != 0)
                .sorted(Comparator.comparingInt((CardMove move) -> -Math.abs(move.places()))
                        .thenComparingInt(CardMove::cardNumber))
                .limit(MOST).toList();
    }

    /** The cards the room says are overcome now and did not last time. */
    public List<CardMove> overcomeSince() {
        return moves.stream().filter(move -> move.now().status() == CardStatus.OVERCOME
                && move.lastTime().status() != CardStatus.OVERCOME).sorted(Comparator.comparingInt(CardMove::cardNumber))
                .toList();
    }

    /** Each card's move by number, for views that show it beside the card. */
    public Map<Integer, CardMove> byCard() {
        Map<Integer, CardMove> byCard = new java.util.HashMap<>();
        moves.forEach(move -> byCard.put(move.cardNumber(), move));
        return byCard;
    }

    /** Whether there was an earlier workshop than the previous: a series of more than two. */
    public boolean isSeries() {
        return !trends.isEmpty() || seriesTitles.size() > 2;
    }
}
