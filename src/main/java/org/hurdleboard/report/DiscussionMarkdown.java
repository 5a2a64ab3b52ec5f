package org.hurdleboard.report;

import static org.hurdleboard.report.MarkdownText.cell;
import static org.hurdleboard.report.MarkdownText.inline;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.hurdleboard.domain.report.DiscussionReport;
import org.hurdleboard.domain.report.DiscussionReport.AddedCard;
import org.hurdleboard.domain.report.DiscussionReport.DiscussedCard;
import org.hurdleboard.domain.report.DiscussionReport.ReportedAction;
import org.hurdleboard.domain.report.SessionReport;

/** The discuss stage in Markdown: each discussed card, the actions table, the parking lot, the room's own cards. */
final class DiscussionMarkdown {
    private final ReportText text;
    private final Phrases phrases;

    DiscussionMarkdown(ReportText text, Phrases phrases) {
        this.text = text;
        this.phrases = phrases;
    }

    void write(Writer md, SessionReport report) throws IOException {
        DiscussionReport discussion = report.discussion();
        if (discussion.isEmpty()) {
            return;
        }
        if (!discussion.cards().isEmpty()) {
            md.write("## " + inline(text.get("report.discussion")) + "\n\n");
        }
        for (DiscussedCard card : discussion.cards()) {
            md.write("### " + inline(text.get("report.discussion.card", card.cardNumber(), card.title()))
                    + (card.added() ? " \\(" + inline(text.get("report.discussion.added")) + "\\)" : "") + "\n\n");
            if (card.champions() > 0) {
                md.write(inline(text.get("report.discussion.champions", card.champions())) + "\n\n");
            }
            list(md, "report.discussion.notes", card.notes());
            list(md, "report.discussion.ideas", card.ideas());
            list(md, "report.discussion.actions", card.actions().stream().map(phrases::action).toList());
        }
        if (!discussion.actions().isEmpty()) {
            md.write("## " + inline(text.get("report.actions")) + "\n\n");
            md.write("| " + String.join(" | ", List.of(cell(text.get("report.action.owner")),
                    cell(text.get("report.action.due")), cell(text.get("report.action.what")),
                    cell(text.get("report.card")), cell(text.get("report.action.state")))) + " |\n|---|---|---|---|---|\n");
            for (ReportedAction action : discussion.actions()) {
                md.write("| " + String.join(" | ", List.of(cell(phrases.owner(action)), cell(phrases.due(action)),
                        cell(action.what()), cell(action.cardNumber() + " " + action.cardTitle()),
                        cell(text.actionState(action.state())))) + " |\n");
            }
            md.write("\n");
        }
        if (!discussion.parkingLot().isEmpty()) {
            md.write("## " + inline(text.get("report.parkingLot")) + "\n\n");
            for (String item : discussion.parkingLot()) {
                md.write("- " + inline(item) + "\n");
            }
            md.write("\n");
        }
        if (!discussion.addedCards().isEmpty()) {
            md.write("## " + inline(text.get("report.addedCards")) + "\n\n");
            md.write("| " + cell(text.get("report.card")) + " | " + cell(text.get("report.hurdle")) + " | "
                    + cell(text.get("report.category")) + " |\n|--:|---|---|\n");
            for (AddedCard card : discussion.addedCards()) {
                md.write("| " + card.cardNumber() + " | **" + cell(card.title()) + "** " + cell(card.statement())
                        + " | " + cell(report.deck().category(card.categoryId()).name()) + " |\n");
            }
            md.write("\n");
        }
    }

    private void list(Writer md, String headingKey, List<String> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        md.write("#### " + inline(text.get(headingKey)) + "\n\n");
        for (String item : items) {
            md.write("- " + inline(item) + "\n");
        }
        md.write("\n");
    }
}
