package org.hurdleboard.report;

import static org.hurdleboard.report.HtmlWriter.esc;
import static org.hurdleboard.report.MarkdownText.inline;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hurdleboard.domain.report.FollowUpReport;
import org.hurdleboard.domain.report.SessionReport;
import org.hurdleboard.report.FollowUpTables.Table;
import org.hurdleboard.report.PdfCanvas.Align;
import org.hurdleboard.report.PdfCanvas.Column;

/** A follow-up's part of a report in HTML, Markdown and PDF, from {@link FollowUpTables}; nothing for a first workshop. */
final class FollowUpSections {
    private final ReportText text;
    private final FollowUpTables tables;

    FollowUpSections(ReportText text) {
        this.text = text;
        this.tables = new FollowUpTables(text);
    }

    void html(Writer html, SessionReport report) throws IOException {
        FollowUpReport followUp = report.followUp();
        if (!followUp.isFollowUp()) {
            return;
        }
        html.write("<section class=\"follow-up\">\n<h2>" + esc(text.get("report.followUp")) + "</h2>\n<p>"
                + user(tables.intro(followUp)) + "</p>\n");
        for (Table table : tables.tables(followUp)) {
            html.write("<h3>" + esc(table.heading()) + "</h3>\n");
            if (table.rows().isEmpty()) {
                html.write("<p>" + esc(text.get("report.followUp.none")) + "</p>\n");
                continue;
            }
            html.write("<table>\n<thead><tr>");
            for (String column : table.columns()) {
                html.write("<th>" + user(column) + "</th>");
            }
            html.write("</tr></thead>\n<tbody>\n");
            for (List<String> row : table.rows()) {
                html.write("<tr>");
                for (String cell : row) {
                    html.write("<td>" + user(cell) + "</td>");
                }
                html.write("</tr>\n");
            }
            html.write("</tbody>\n</table>\n");
        }
        for (String line : tables.lines(followUp)) {
            html.write("<p>" + user(line) + "</p>\n");
        }
        html.write("</section>\n");
    }

    void markdown(Writer md, SessionReport report) throws IOException {
        FollowUpReport followUp = report.followUp();
        if (!followUp.isFollowUp()) {
            return;
        }
        md.write("## " + inline(text.get("report.followUp")) + "\n\n" + inline(tables.intro(followUp)) + "\n\n");
        for (Table table : tables.tables(followUp)) {
            md.write("### " + inline(table.heading()) + "\n\n");
            if (table.rows().isEmpty()) {
                md.write(inline(text.get("report.followUp.none")) + "\n\n");
                continue;
            }
            md.write("| " + String.join(" | ", table.columns().stream().map(MarkdownText::cell).toList()) + " |\n|"
                    + String.join("|", Collections.nCopies(table.columns().size(), "---")) + "|\n");
            for (List<String> row : table.rows()) {
                md.write("| " + String.join(" | ", row.stream().map(MarkdownText::cell).toList()) + " |\n");
            }
            md.write("\n");
        }
        for (String line : tables.lines(followUp)) {
            md.write(inline(line) + "\n\n");
        }
    }

    void pdf(PdfCanvas canvas, SessionReport report, float heading, float body) throws IOException {
        FollowUpReport followUp = report.followUp();
        if (!followUp.isFollowUp()) {
            return;
        }
        canvas.newPage();
        canvas.heading(text.get("report.followUp"), heading);
        canvas.paragraph(flat(tables.intro(followUp)), body, false);
        for (Table table : tables.tables(followUp)) {
            canvas.heading(table.heading(), heading - 2);
            if (table.rows().isEmpty()) {
                canvas.paragraph(text.get("report.followUp.none"), body, false);
                continue;
            }
            if (table.listOnPage()) {
                for (List<String> row : table.rows()) {
                    canvas.paragraph(flat(row.get(0)), body, true);
                    List<String> facts = new ArrayList<>();
                    for (int i = 1; i < row.size(); i++) {
                        if (!row.get(i).isEmpty()) {
                            facts.add(table.columns().get(i) + ": " + flat(row.get(i)));
                        }
                    }
                    canvas.paragraph(String.join(" \u00b7 ", facts), body, false);
                }
                continue;
            }
            // the page shared by the columns' weights: a card number narrow, a hurdle or an action wide
            int total = table.weights().stream().mapToInt(Integer::intValue).sum();
            List<Column> columns = new ArrayList<>();
            for (int weight : table.weights()) {
                columns.add(new Column(PdfCanvas.WIDTH * weight / total, Align.LEFT));
            }
            canvas.row(columns, table.columns(), body, true);
            for (List<String> row : table.rows()) {
                canvas.row(columns, row.stream().map(FollowUpSections::flat).toList(), body, false);
            }
        }
        for (String line : tables.lines(followUp)) {
            canvas.paragraph(flat(line), body, false);
        }
    }

    private static String user(String value) {
        return "<bdi>" + esc(value).replaceAll("\\R", "<br>") + "</bdi>";
    }

    /** A PDF line has no line breaks, and the embedded font no arrows: the words say which way. */
    private static String flat(String value) {
        return value.replaceAll("\\R", " ").replaceAll("[\u25b2\u25bc\u2605\u2716] ", "");
    }
}
