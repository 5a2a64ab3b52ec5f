package org.hurdleboard.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hurdleboard.domain.CarriedAction;
import org.hurdleboard.domain.EarlierWorkshop.Standing;
import org.hurdleboard.domain.report.CardMove;
import org.hurdleboard.domain.report.CardTrend;
import org.hurdleboard.domain.report.FollowUpReport;

/**
 * A follow-up's part of a report as words and tables, once for every format that lays out tables
 * (HTML, Markdown, PDF): the actions carried over and what became of them, what moved since last
 * time (each card's rank and votes then and now, in words and an arrow), what moved most, what was
 * marked overcome since, and in a series of more than two each card's trend.
 */
final class FollowUpTables {
    /**
     * One table: its heading, its column headings and its rows, each cell plain text; how wide each
     * column is against the others, and whether a page (the PDF) lists its rows rather than tabling
     * them, as its long cells would wrap too narrow to read.
     */
    record Table(String heading, List<String> columns, List<List<String>> rows, List<Integer> weights,
                 boolean listOnPage) {
    }

    private final ReportText text;

    FollowUpTables(ReportText text) {
        this.text = text;
    }

    /** "This workshop follows up …", the heading's paragraph. */
    String intro(FollowUpReport report) {
        return text.get("report.followUp.intro", report.previousTitle(), text.date(report.previousDate()));
    }

    /** The lines under the tables: moved most, marked overcome since. */
    List<String> lines(FollowUpReport report) {
        List<String> lines = new ArrayList<>();
        if (!report.movedMost().isEmpty()) {
            lines.add(text.get("report.followUp.movedMost", String.join("; ", report.movedMost().stream()
                    .map(move -> move.cardNumber() + " " + move.title() + " (" + movement(move) + ")").toList())));
        }
        if (!report.overcomeSince().isEmpty()) {
            lines.add(text.get("report.followUp.overcome", String.join("; ", report.overcomeSince().stream()
                    .map(move -> move.cardNumber() + " " + move.title()).toList())));
        }
        return lines;
    }

    List<Table> tables(FollowUpReport report) {
        List<Table> tables = new ArrayList<>();
        List<List<String>> actions = new ArrayList<>();
        for (CarriedAction action : report.carried()) {
            actions.add(List.of(action.what(), action.owner(), action.dueDate().map(text::date).orElse(""),
                    text.actionState(action.stateLastTime()), outcome(action), action.note(),
                    action.carryOn() ? text.get("report.followUp.yes") : ""));
        }
        tables.add(new Table(text.get("report.followUp.actions"), List.of(text.get("report.action.what"),
                text.get("report.action.owner"), text.get("report.action.due"), text.get("report.followUp.lastTime"),
                text.get("report.followUp.thisTime"), text.get("report.followUp.note"),
                text.get("report.followUp.carryOn")), actions, List.of(4, 2, 2, 2, 2, 3, 1), true));
        List<List<String>> moves = new ArrayList<>();
        for (CardMove move : report.moves()) {
            moves.add(List.of(String.valueOf(move.cardNumber()), move.title(), standing(move.lastTime()),
                    standing(move.now()), movement(move)));
        }
        tables.add(new Table(text.get("report.followUp.moves"), List.of(text.get("report.card"),
                text.get("report.hurdle"), text.get("report.followUp.lastTime"), text.get("report.followUp.thisTime"),
                text.get("report.followUp.movement")), moves, List.of(1, 5, 3, 3, 3), false));
        if (!report.trends().isEmpty()) {
            List<String> columns = new ArrayList<>(List.of(text.get("report.card"), text.get("report.hurdle")));
            columns.addAll(report.seriesTitles());
            List<List<String>> trends = new ArrayList<>();
            for (CardTrend trend : report.trends()) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(trend.cardNumber()), trend.title()));
                trend.standings().forEach(standing -> row.add(standing(standing)));
                trends.add(row);
            }
            List<Integer> weights = new ArrayList<>(List.of(1, 4));
            report.seriesTitles().forEach(title -> weights.add(2));
            tables.add(new Table(text.get("report.followUp.trend"), columns, trends, weights, false));
        }
        return tables;
    }

    String outcome(CarriedAction action) {
        return text.get("report.outcome." + action.outcome().name().toLowerCase(Locale.ROOT));
    }

    /** "3rd, 5 votes" as "3 (5 votes)"; "no votes" when unranked. */
    String standing(Standing standing) {
        return standing.ranked() ? text.get("report.followUp.standing", standing.rank(), standing.votes())
                : text.get("report.followUp.unranked");
    }

    /** "▲ up 2", "▼ down 1", "= same", "★ new", "✖ gone": an arrow and a word, never a colour. */
    String movement(CardMove move) {
        return switch (move.direction()) {
            case UP -> text.get("report.move.up", move.places());
            case DOWN -> text.get("report.move.down", -move.places());
            case SAME -> text.get("report.move.same");
            case NEW -> text.get("report.move.new");
            case GONE -> text.get("report.move.gone");
        };
    }
}
