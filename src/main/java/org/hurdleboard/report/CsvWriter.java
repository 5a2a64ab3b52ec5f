package org.hurdleboard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hurdleboard.domain.report.ComparedSession;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.CarriedAction;
import org.hurdleboard.domain.report.CardMove;
import org.hurdleboard.domain.report.DiscussionReport;
import org.hurdleboard.domain.report.FollowUpReport;
import org.hurdleboard.domain.report.HurdleAcross;
import org.hurdleboard.domain.report.Placing;
import org.hurdleboard.domain.report.RankedHurdle;
import org.hurdleboard.domain.report.RoundReport;
import org.hurdleboard.domain.report.SessionReport;

/**
 * CSV after RFC 4180 (CRLF, quotes doubled), in UTF-8 with a byte order mark so Excel reads
 * accents and scripts correctly. One row per card and round; a comparison has one row per card
 * and workshop. Unranked cards have an empty rank.
 */
final class CsvWriter implements ReportWriter {
    private final ReportText text;

    CsvWriter(ReportText text) {
        this.text = text;
    }

    @Override
    public void write(SessionReport report, OutputStream out) throws IOException {
        Writer csv = open(out);
        // later columns come last (the discuss stage's, then how each round was voted), so the
        // columns before them stay where they always were
        row(csv, List.of(text.get("csv.round"), text.get("csv.question"), text.get("csv.rank"), text.get("csv.card"),
                text.get("csv.category"), text.get("csv.title"), text.get("csv.statement"), text.get("csv.votes"),
                text.get("csv.status"), text.get("csv.section"), text.get("csv.champions"), text.get("csv.text"),
                text.get("csv.owner"), text.get("csv.due"), text.get("csv.state"), text.get("csv.method"),
                text.get("csv.ballots")));
        for (RoundReport round : report.rounds()) {
            for (RankedHurdle hurdle : round.hurdles()) {
                row(csv, List.of(String.valueOf(round.roundId()), round.question(), rank(hurdle.rank()),
                        String.valueOf(hurdle.cardNumber()), report.deck().category(hurdle.categoryId()).name(),
                        hurdle.title(), hurdle.statement(), String.valueOf(hurdle.votes()),
                        text.status(hurdle.status()), text.get("csv.section.votes"), "", "", "", "", "",
                        text.get("report.method." + round.method().name()), String.valueOf(round.ballots())));
            }
        }
        discussion(csv, report);
        followUp(csv, report);
        csv.flush();
    }

    /**
     * One row per note, idea and action of each discussed card (and one for its champions), per
     * parking-lot item and per card the room added; the "section" column says which.
     */
    private void discussion(Writer csv, SessionReport report) throws IOException {
        DiscussionReport discussion = report.discussion();
        for (DiscussionReport.DiscussedCard card : discussion.cards()) {
            discussionRow(csv, "csv.section.champions", card.cardNumber(), card.title(),
                    String.valueOf(card.champions()), "", "", "", "");
            for (String note : card.notes()) {
                discussionRow(csv, "csv.section.note", card.cardNumber(), card.title(), "", note, "", "", "");
            }
            for (String idea : card.ideas()) {
                discussionRow(csv, "csv.section.idea", card.cardNumber(), card.title(), "", idea, "", "", "");
            }
        }
        for (DiscussionReport.ReportedAction action : discussion.actions()) {
            discussionRow(csv, "csv.section.action", action.cardNumber(), action.cardTitle(), "", action.what(),
                    action.owner(), action.due() == null ? "" : action.due().toString(),
                    text.actionState(action.state()));
        }
        for (String parked : discussion.parkingLot()) {
            row(csv, List.of("", "", "", "", "", "", "", "", "", text.get("csv.section.parked"), "", parked, "", "", "", "", ""));
        }
        for (DiscussionReport.AddedCard card : discussion.addedCards()) {
            row(csv, List.of("", "", "", String.valueOf(card.cardNumber()),
                    report.deck().category(card.categoryId()).name(), card.title(), card.statement(), "", "",
                    text.get("csv.section.added"), "", "", "", "", "", "", ""));
        }
    }

    /**
     * A follow-up's rows: each carried-over action (its outcome in the state column, its note in
     * the text column) and each card's movement since last time (last time's rank and votes in the
     * text column, this time's in the rank and votes columns).
     */
    private void followUp(Writer csv, SessionReport report) throws IOException {
        FollowUpReport followUp = report.followUp();
        if (!followUp.isFollowUp()) {
            return;
        }
        FollowUpTables words = new FollowUpTables(text);
        for (CarriedAction action : followUp.carried()) {
            row(csv, List.of("", "", "", action.cardNumber() == 0 ? "" : String.valueOf(action.cardNumber()), "",
                    action.what(), "", "", "", text.get("csv.section.carried"), "", action.note(), action.owner(),
                    action.due() == null ? "" : action.due().toString(), words.outcome(action)));
        }
        for (CardMove move : followUp.moves()) {
            row(csv, List.of("", "", rank(move.now().rank()), String.valueOf(move.cardNumber()), "", move.title(), "",
                    String.valueOf(move.now().votes()), "", text.get("csv.section.movement"), "",
                    words.movement(move) + "; " + text.get("report.followUp.lastTime") + ": "
                            + words.standing(move.lastTime()), "", "", ""));
        }
    }

    private void discussionRow(Writer csv, String sectionKey, int card, String title, String champions, String itemText,
                               String owner, String due, String state) throws IOException {
        row(csv, List.of("", "", "", String.valueOf(card), "", title, "", "", "", text.get(sectionKey), champions,
                itemText, owner, due, state, "", ""));
    }

    @Override
    public void write(Comparison comparison, OutputStream out) throws IOException {
        Writer csv = open(out);
        row(csv, List.of(text.get("csv.file"), text.get("csv.workshop"), text.get("csv.date"), text.get("csv.team"),
                text.get("csv.card"), text.get("csv.category"), text.get("csv.title"), text.get("csv.votes"),
                text.get("csv.rank"), text.get("csv.status")));
        for (int s = 0; s < comparison.sessions().size(); s++) {
            ComparedSession session = comparison.sessions().get(s);
            for (HurdleAcross hurdle : comparison.hurdles()) {
                Placing placing = hurdle.placings().get(s);
                row(csv, List.of(session.label(), session.details().title(), session.details().date().toString(),
                        session.details().team(), String.valueOf(hurdle.cardNumber()), hurdle.categoryName(),
                        hurdle.title(), String.valueOf(placing.votes()), rank(placing.rank()),
                        text.status(placing.status())));
            }
        }
        csv.flush();
    }

    private static Writer open(OutputStream out) throws IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write('\uFEFF');
        return csv;
    }

    private static String rank(int rank) {
        return rank == 0 ? "" : String.valueOf(rank);
    }

    private static void row(Writer csv, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(cell(cells.get(i)));
        }
        csv.write("\r\n");
    }

    /**
     * A cell a spreadsheet shows as the text typed, never runs as a formula: text starting with
     * = + - @ tab or CR gets a leading apostrophe (the OWASP advice), and any cell with a comma,
     * quote or line break is quoted. Numbers we write ourselves never start that way.
     */
    static String cell(String value) {
        String safe = value;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            safe = "'" + value;
        }
        if (safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0
                || safe.startsWith("'")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
