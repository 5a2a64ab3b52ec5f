package org.hurdleboard.report;

import static org.hurdleboard.report.HtmlWriter.esc;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.hurdleboard.domain.report.DiscussionReport;
import org.hurdleboard.domain.report.DiscussionReport.AddedCard;
import org.hurdleboard.domain.report.DiscussionReport.DiscussedCard;
import org.hurdleboard.domain.report.DiscussionReport.ReportedAction;
import org.hurdleboard.domain.report.SessionReport;

/**
 * The discuss stage in HTML: each discussed card with what the room said, the actions table by
 * owner and due date, the parking lot and the room's own cards. Typed text is escaped and
 * isolated in {@code <bdi>}, its line breaks kept.
 */
final class DiscussionHtml {
    private final ReportText text;
    private final Phrases phrases;

    DiscussionHtml(ReportText text, Phrases phrases) {
        this.text = text;
        this.phrases = phrases;
    }

    void write(Writer html, SessionReport report) throws IOException {
        DiscussionReport discussion = report.discussion();
        if (discussion.isEmpty()) {
            return;
        }
        html.write("<section>\n");
        if (!discussion.cards().isEmpty()) {
            html.write("<h2>" + esc(text.get("report.discussion")) + "</h2>\n");
        }
        for (DiscussedCard card : discussion.cards()) {
            html.write("<h3>" + esc(text.get("report.discussion.card", card.cardNumber(), "\u0000"))
                    .replace("\u0000", user(card.title()))
                    + (card.added() ? " <em>" + esc(text.get("report.discussion.added")) + "</em>" : "") + "</h3>\n");
            if (card.champions() > 0) {
                html.write("<p>" + esc(text.get("report.discussion.champions", card.champions())) + "</p>\n");
            }
            list(html, "report.discussion.notes", card.notes());
            list(html, "report.discussion.ideas", card.ideas());
            list(html, "report.discussion.actions", card.actions().stream().map(phrases::action).toList());
        }
        actions(html, discussion.actions());
        if (!discussion.parkingLot().isEmpty()) {
            html.write("<h2>" + esc(text.get("report.parkingLot")) + "</h2>\n");
            list(html, null, discussion.parkingLot());
        }
        if (!discussion.addedCards().isEmpty()) {
            html.write("<h2>" + esc(text.get("report.addedCards")) + "</h2>\n<table>\n<thead><tr><th class=\"num\">"
                    + esc(text.get("report.card")) + "</th><th>" + esc(text.get("report.hurdle")) + "</th><th>"
                    + esc(text.get("report.category")) + "</th></tr></thead>\n<tbody>\n");
            for (AddedCard card : discussion.addedCards()) {
                html.write("<tr><td class=\"num\">" + card.cardNumber() + "</td><td><strong>" + user(card.title())
                        + "</strong><span class=\"statement\">" + user(card.statement()) + "</span></td><td>"
                        + user(report.deck().category(card.categoryId()).name()) + "</td></tr>\n");
            }
            html.write("</tbody>\n</table>\n");
        }
        html.write("</section>\n");
    }

    private void actions(Writer html, List<ReportedAction> actions) throws IOException {
        if (actions.isEmpty()) {
            return;
        }
        html.write("<h2>" + esc(text.get("report.actions")) + "</h2>\n<table>\n<thead><tr><th>"
                + esc(text.get("report.action.owner")) + "</th><th>" + esc(text.get("report.action.due")) + "</th><th>"
                + esc(text.get("report.action.what")) + "</th><th>" + esc(text.get("report.card")) + "</th><th>"
                + esc(text.get("report.action.state")) + "</th></tr></thead>\n<tbody>\n");
        for (ReportedAction action : actions) {
            html.write("<tr><td>" + user(phrases.owner(action)) + "</td><td>" + esc(phrases.due(action)) + "</td><td>"
                    + user(action.what()) + "</td><td>" + action.cardNumber() + " " + user(action.cardTitle())
                    + "</td><td>" + esc(text.actionState(action.state())) + "</td></tr>\n");
        }
        html.write("</tbody>\n</table>\n");
    }

    private void list(Writer html, String headingKey, List<String> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        if (headingKey != null) {
            html.write("<h4>" + esc(text.get(headingKey)) + "</h4>\n");
        }
        html.write("<ul>\n");
        for (String item : items) {
            html.write("<li>" + user(item) + "</li>\n");
        }
        html.write("</ul>\n");
    }

    /** Typed text, escaped, direction isolated, line breaks kept. */
    private static String user(String value) {
        return "<bdi>" + esc(value).replaceAll("\\R", "<br>") + "</bdi>";
    }
}
