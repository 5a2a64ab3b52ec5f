package org.hurdleboard.report;

import java.io.IOException;
import java.util.List;
import org.hurdleboard.domain.report.DiscussionReport;
import org.hurdleboard.domain.report.DiscussionReport.AddedCard;
import org.hurdleboard.domain.report.DiscussionReport.DiscussedCard;
import org.hurdleboard.domain.report.DiscussionReport.ReportedAction;
import org.hurdleboard.domain.report.SessionReport;
import org.hurdleboard.report.PdfCanvas.Align;
import org.hurdleboard.report.PdfCanvas.Cell;
import org.hurdleboard.report.PdfCanvas.Column;

/** The discuss stage in the PDF, on its own page: each discussed card, the actions table, the parking lot, the room's cards. */
final class DiscussionPdf {
    private final ReportText text;
    private final Phrases phrases;
    private final float heading;
    private final float body;

    DiscussionPdf(ReportText text, Phrases phrases, float heading, float body) {
        this.text = text;
        this.phrases = phrases;
        this.heading = heading;
        this.body = body;
    }

    void write(PdfCanvas canvas, SessionReport report) throws IOException {
        DiscussionReport discussion = report.discussion();
        if (discussion.isEmpty()) {
            return;
        }
        canvas.newPage();
        if (!discussion.cards().isEmpty()) {
            canvas.heading(text.get("report.discussion"), heading);
        }
        for (DiscussedCard card : discussion.cards()) {
            canvas.heading(flat(text.get("report.discussion.card", card.cardNumber(), card.title()))
                    + (card.added() ? " (" + text.get("report.discussion.added") + ")" : ""), heading - 2);
            if (card.champions() > 0) {
                canvas.paragraph(text.get("report.discussion.champions", card.champions()), body, false);
            }
            list(canvas, "report.discussion.notes", card.notes());
            list(canvas, "report.discussion.ideas", card.ideas());
            list(canvas, "report.discussion.actions", card.actions().stream().map(phrases::action).toList());
        }
        actions(canvas, discussion.actions());
        if (!discussion.parkingLot().isEmpty()) {
            canvas.heading(text.get("report.parkingLot"), heading);
            for (String item : discussion.parkingLot()) {
                canvas.paragraph("\u2022 " + flat(item), body, false);
            }
        }
        if (!discussion.addedCards().isEmpty()) {
            canvas.heading(text.get("report.addedCards"), heading);
            List<Column> columns = List.of(new Column(40, Align.RIGHT), new Column(PdfCanvas.WIDTH - 40 - 140,
                    Align.LEFT), new Column(140, Align.LEFT));
            canvas.row(columns, List.of(text.get("report.card"), text.get("report.hurdle"),
                    text.get("report.category")), body, true);
            for (AddedCard card : discussion.addedCards()) {
                canvas.row(columns, List.of(Cell.plain(String.valueOf(card.cardNumber())),
                        new Cell(flat(card.title()), flat(card.statement())),
                        Cell.plain(report.deck().category(card.categoryId()).name())), body);
            }
        }
    }

    private void actions(PdfCanvas canvas, List<ReportedAction> actions) throws IOException {
        if (actions.isEmpty()) {
            return;
        }
        canvas.heading(text.get("report.actions"), heading);
        List<Column> columns = List.of(new Column(100, Align.LEFT), new Column(90, Align.LEFT),
                new Column(PdfCanvas.WIDTH - 100 - 90 - 110 - 50, Align.LEFT), new Column(110, Align.LEFT),
                new Column(50, Align.LEFT));
        canvas.row(columns, List.of(text.get("report.action.owner"), text.get("report.action.due"),
                text.get("report.action.what"), text.get("report.card"), text.get("report.action.state")), body, true);
        for (ReportedAction action : actions) {
            canvas.row(columns, List.of(Cell.plain(flat(phrases.owner(action))), Cell.plain(phrases.due(action)),
                    Cell.plain(flat(action.what())), Cell.plain(action.cardNumber() + " " + flat(action.cardTitle())),
                    Cell.plain(text.actionState(action.state()))), body);
        }
    }

    private void list(PdfCanvas canvas, String headingKey, List<String> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        canvas.paragraph(text.get(headingKey), body, true);
        for (String item : items) {
            canvas.paragraph("\u2022 " + flat(item), body, false);
        }
    }

    /** A PDF line has no line breaks: they become spaces, as in a table cell. */
    private static String flat(String value) {
        return value.replaceAll("\\R", " ");
    }
}
