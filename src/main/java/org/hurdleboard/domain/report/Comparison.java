package org.hurdleboard.domain.report;

import org.hurdleboard.domain.CardStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Several workshops side by side, oldest first: each hurdle's votes and rank in each workshop
 * (its last round), what moved between the first and the last, and what blocks everywhere.
 * Hurdles are matched by card number.
 */
public record Comparison(List<ComparedSession> sessions, List<HurdleAcross> hurdles) {
    public Comparison {
        sessions = List.copyOf(sessions);
        hurdles = List.copyOf(hurdles);
    }

    /** A labelled report, such as one read from a file. */
    public record Entry(String label, SessionReport report) {
        public Entry {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(report, "report");
        }
    }

    public static Comparison of(List<Entry> entries) {
        if (entries.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two workshops");
        }
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.<Entry, java.time.LocalDate>comparing(entry -> entry.report().details().date())
                .thenComparing(Entry::label));
        return inOrder(ordered);
    }

    /** The workshops in the order given, such as a series' chain of follow-ups, oldest first. */
    public static Comparison inOrder(List<Entry> ordered) {
        if (ordered.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two workshops");
        }
        Map<Integer, RankedHurdle> firstSeen = new LinkedHashMap<>();
        Map<Integer, String> categoryNames = new LinkedHashMap<>();
        List<Map<Integer, Placing>> placings = new ArrayList<>();
        List<ComparedSession> sessions = new ArrayList<>();
        for (Entry entry : ordered) {
            SessionReport report = entry.report();
            RoundReport round = report.lastRound();
            Map<Integer, Placing> inSession = new LinkedHashMap<>();
            for (RankedHurdle hurdle : round.hurdles()) {
                inSession.put(hurdle.cardNumber(), new Placing(hurdle.votes(), hurdle.rank(), hurdle.status()));
                if (firstSeen.putIfAbsent(hurdle.cardNumber(), hurdle) == null) {
                    categoryNames.put(hurdle.cardNumber(), report.deck().category(hurdle.categoryId()).name());
                }
            }
            placings.add(inSession);
            sessions.add(new ComparedSession(entry.label(), report.details(), report.deck().title(),
                    round.totalVotes()));
        }
        List<HurdleAcross> hurdles = new ArrayList<>();
        firstSeen.keySet().stream().sorted().forEach(number -> hurdles.add(new HurdleAcross(number,
                firstSeen.get(number).title(), categoryNames.get(number),
                placings.stream().map(inSession -> inSession.getOrDefault(number, Placing.NONE)).toList())));
        return new Comparison(sessions, hurdles);
    }

    /** Hurdles somebody voted for in every workshop, most votes first. */
    public List<HurdleAcross> blockingEverywhere() {
        return hurdles.stream().filter(hurdle -> hurdle.sessionsWithVotes() == sessions.size())
                .sorted(Comparator.comparingInt(HurdleAcross::totalVotes).reversed()
                        .thenComparingInt(HurdleAcross::cardNumber))
                .toList();
    }

    /** Hurdles the last workshop says are already overcome and the first did not, by card number. */
    public List<HurdleAcross> overcomeSinceFirst() {
        return hurdles.stream().filter(hurdle -> {
            List<Placing> placings = hurdle.placings();
            return placings.get(placings.size() - 1).status() == CardStatus.OVERCOME
                    && placings.get(0).status() != CardStatus.OVERCOME;
        }).toList();
    }

    /** Hurdles whose rank changed from the first workshop to the last, biggest change first. */
    public List<Movement> moved() {
        int unranked = hurdles.size() + 1;
        List<Movement> moves = new ArrayList<>();
        for (HurdleAcross hurdle : hurdles) {
            Placing first = hurdle.placings().get(0);
            Placing last = hurdle.placings().get(hurdle.placings().size() - 1);
            int from = first.ranked() ? first.rank() : unranked;
            int to = last.ranked() ? last.rank() : unranked;
            if (from != to) {
                moves.add(new Movement(hurdle.cardNumber(), hurdle.title(), first.rank(), last.rank(), from - to));
            }
        }
        moves.sort(Comparator.<Movement>comparingInt(move -> -Math.abs(move.rise()))
                .thenComparingInt(Movement::cardNumber));
        return moves;
    }
}
