package org.hurdleboard.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.SourceCredit;
import org.hurdleboard.domain.report.CategoryTally;
import org.hurdleboard.domain.report.ComparedSession;
import org.hurdleboard.domain.report.Comparison;
import org.hurdleboard.domain.report.HurdleAcross;
import org.hurdleboard.domain.report.Movement;
import org.hurdleboard.domain.report.RankedHurdle;
import org.hurdleboard.domain.report.RoundReport;
import org.hurdleboard.domain.report.SessionReport;

/**
 * One self-contained HTML file: inline CSS and an inline SVG chart, no scripts, no external
 * resources, and no link but the deck's credit. Everything typed in the room is escaped, and
 * wrapped in {@code <bdi>} so right-to-left text cannot reorder the text around it.
 */
final class HtmlWriter implements ReportWriter {
    private static final String CSS = """
            :root{color-scheme:light}
            body{margin:0;background:#fff;color:#0f1419;font-family:"Atkinson Hyperlegible Next",system-ui,sans-serif;\
            line-height:1.45;overflow-wrap:anywhere}
            main{max-width:60rem;margin:0 auto;padding:1rem}
            h1{font-size:1.8rem;margin:.5rem 0}h2{font-size:1.35rem;margin-top:2rem}h3{font-size:1.1rem}h4{font-size:1rem;margin:.8rem 0 .2rem}
            dl.details{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
            dt{font-weight:bold}dd{margin:0}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}
            th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #d0d7de}
            .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .statement{display:block;color:#424a53;font-size:.9em}
            .status{display:block;font-weight:bold;font-size:.9em}
            .swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.4em;\
            border:1px solid #0f1419}
            .wide{overflow-x:auto}.wide table{width:auto}
            svg{max-width:100%;height:auto}
            footer{margin-top:2rem;color:#424a53;font-size:.9em}
            @page{size:A4;margin:16mm}
            @media print{main{max-width:none;padding:0}section+section{break-before:page}\
            tr{break-inside:avoid}.wide{overflow:visible}a{color:inherit}}
            """;

    private final ReportText text;
    private final Phrases phrases;

    HtmlWriter(ReportText text) {
        this.text = text;
        this.phrases = new Phrases(text);
    }

    @Override
    public void write(SessionReport report, OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        start(html, text.get("report.documentTitle", report.details().title()));
        html.write("<header>\n<h1>" + user(report.details().title()) + "</h1>\n");
        details(html, report.details(), report.deck().title());
        html.write("</header>\n");
        for (RoundReport round : report.rounds()) {
            round(html, report, round);
        }
        new FollowUpSections(text).html(html, report);
        new DiscussionHtml(text, phrases).write(html, report);
        credit(html, report.deck().source());
        end(html);
    }

    private void details(Writer html, SessionDetails details, String deckTitle) throws IOException {
        html.write("<dl class=\"details\">\n");
        if (!details.team().isEmpty()) {
            html.write("<dt>" + esc(text.get("report.team")) + "</dt><dd>" + user(details.team()) + "</dd>\n");
        }
        html.write("<dt>" + esc(text.get("report.date")) + "</dt><dd>" + esc(text.date(details.date())) + "</dd>\n");
        if (!details.facilitator().isEmpty()) {
            html.write("<dt>" + esc(text.get("report.facilitator")) + "</dt><dd>" + user(details.facilitator())
                    + "</dd>\n");
        }
        html.write("<dt>" + esc(text.get("report.participants")) + "</dt><dd>" + details.participants() + "</dd>\n");
        html.write("<dt>" + esc(text.get("report.deck")) + "</dt><dd>" + user(deckTitle) + "</dd>\n</dl>\n");
    }

    private void round(Writer html, SessionReport report, RoundReport round) throws IOException {
        html.write("<section>\n<h2>" + esc(text.get("report.round", round.roundId(), "\u0000"))
                .replace("\u0000", user(round.question())) + "</h2>\n");
        html.write("<p>" + esc(text.get("report.totalVotes", round.totalVotes())) + "</p>\n");
        html.write("<p>" + esc(text.method(round)) + "</p>\n");
        if (round.totalVotes() == 0) {
            html.write("<p>" + esc(text.get("report.noVotesYet")) + "</p>\n</section>\n");
            return;
        }
        html.write("<h3>" + esc(text.get("report.byCategory")) + "</h3>\n");
        chart(html, round.byCategory());
        html.write("<table>\n<thead><tr><th>" + esc(text.get("report.category")) + "</th><th class=\"num\">"
                + esc(text.get("report.votes")) + "</th><th class=\"num\">" + esc(text.get("report.share"))
                + "</th></tr></thead>\n<tbody>\n");
        for (CategoryTally tally : round.byCategory()) {
            html.write("<tr><td><span class=\"swatch\" style=\"background:" + CategoryColours.hex(tally.colour())
                    + "\"></span>" + user(tally.name()) + "</td><td class=\"num\">" + tally.votes()
                    + "</td><td class=\"num\">" + esc(text.percent(tally.share())) + "</td></tr>\n");
        }
        html.write("</tbody>\n</table>\n");
        html.write("<h3>" + esc(text.get("report.ranked")) + "</h3>\n<table>\n<thead><tr><th class=\"num\">"
                + esc(text.get("report.rank")) + "</th><th class=\"num\">" + esc(text.get("report.card"))
                + "</th><th>" + esc(text.get("report.hurdle")) + "</th><th>" + esc(text.get("report.category"))
                + "</th><th class=\"num\">" + esc(text.get("report.votes")) + "</th></tr></thead>\n<tbody>\n");
        for (RankedHurdle hurdle : round.ranked()) {
            Category category = report.deck().category(hurdle.categoryId());
            html.write("<tr><td class=\"num\">" + hurdle.rank() + "</td><td class=\"num\">" + hurdle.cardNumber()
                    + "</td><td><strong>" + user(hurdle.title()) + "</strong><span class=\"statement\">"
                    + user(hurdle.statement()) + "</span>" + statusHtml(hurdle) + "</td><td>" + user(category.name())
                    + "</td><td class=\"num\">" + hurdle.votes() + "</td></tr>\n");
        }
        html.write("</tbody>\n</table>\n");
        if (!round.unvoted().isEmpty()) {
            html.write("<p>" + esc(phrases.unvoted(round.unvoted())) + "</p>\n");
        }
        if (!round.overcome().isEmpty()) {
            html.write("<p>" + user(phrases.overcome(round.overcome())) + "</p>\n");
        }
        html.write("</section>\n");
    }

    private String statusHtml(RankedHurdle hurdle) {
        String status = text.status(hurdle.status());
        return status.isEmpty() ? "" : "<span class=\"status\">" + esc(text.get("report.status", status)) + "</span>";
    }

    /** Horizontal bars, one per category, longest for the category with most votes. */
    private void chart(Writer html, List<CategoryTally> tallies) throws IOException {
        int max = tallies.stream().mapToInt(CategoryTally::votes).max().orElse(0);
        int rowHeight = 28;
        int height = rowHeight * tallies.size();
        html.write("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 640 " + height
                + "\" width=\"640\" height=\"" + height + "\"><title>" + esc(text.get("report.byCategory.chart"))
                + "</title>\n");
        for (int i = 0; i < tallies.size(); i++) {
            CategoryTally tally = tallies.get(i);
            double width = max == 0 ? 0 : 300.0 * tally.votes() / max;
            int y = i * rowHeight;
            html.write(String.format(Locale.ROOT,
                    "<text x=\"0\" y=\"%d\" font-size=\"14\" fill=\"#0f1419\">%s</text>"
                            + "<rect x=\"250\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\" stroke=\"#0f1419\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" font-size=\"14\" fill=\"#0f1419\">%d (%s)</text>\n",
                    y + 18, esc(shortened(tally.name(), 30)), y + 4, width, CategoryColours.hex(tally.colour()),
                    256 + width, y + 18, tally.votes(), esc(text.percent(tally.share()))));
        }
        html.write("</svg>\n");
    }

    /** A chart label cut to fit beside its bar; the table below gives the whole name. */
    private static String shortened(String name, int length) {
        return name.codePointCount(0, name.length()) <= length ? name
                : name.substring(0, name.offsetByCodePoints(0, length - 1)) + "\u2026";
    }

    private void credit(Writer html, SourceCredit source) throws IOException {
        String credit = phrases.credit(source);
        if (credit.isEmpty() && source.url().isEmpty() && source.note().isEmpty()) {
            return;
        }
        html.write("<footer>\n<h2>" + esc(text.get("report.credit")) + "</h2>\n");
        if (!credit.isEmpty()) {
            html.write("<p>" + user(credit) + "</p>\n");
        }
        String url = Phrases.safeUrl(source);
        if (!url.isEmpty()) {
            html.write("<p><a href=\"" + esc(url) + "\" rel=\"noreferrer\">" + esc(url) + "</a></p>\n");
        } else if (!source.url().isEmpty()) {
            html.write("<p>" + user(source.url()) + "</p>\n");
        }
        if (!source.note().isEmpty()) {
            html.write("<p>" + user(source.note()) + "</p>\n");
        }
        html.write("<p>" + esc(text.get("report.madeWith")) + "</p>\n</footer>\n");
    }

    @Override
    public void write(Comparison comparison, OutputStream out) throws IOException {
        Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String title = text.get("comparison.documentTitle", comparison.sessions().size());
        start(html, title);
        html.write("<header>\n<h1>" + esc(title) + "</h1>\n</header>\n");
        html.write("<section>\n<h2>" + esc(text.get("comparison.sessions")) + "</h2>\n<div class=\"wide\"><table>\n"
                + "<thead><tr><th>" + esc(text.get("comparison.file")) + "</th><th>"
                + esc(text.get("comparison.session")) + "</th><th>" + esc(text.get("report.date")) + "</th><th>"
                + esc(text.get("report.team")) + "</th><th class=\"num\">" + esc(text.get("comparison.totalVotes"))
                + "</th></tr></thead>\n<tbody>\n");
        for (ComparedSession session : comparison.sessions()) {
            html.write("<tr><td>" + user(session.label()) + "</td><td>" + user(session.details().title())
                    + "</td><td>" + esc(text.date(session.details().date())) + "</td><td>"
                    + user(session.details().team()) + "</td><td class=\"num\">" + session.totalVotes()
                    + "</td></tr>\n");
        }
        html.write("</tbody>\n</table></div>\n</section>\n");
        blockingEverywhere(html, comparison);
        html.write("<section>\n<h2>" + esc(text.get("comparison.overcome.heading")) + "</h2>\n<p>"
                + user(phrases.overcomeSinceFirst(comparison.overcomeSinceFirst())) + "</p>\n</section>\n");
        moved(html, comparison);
        matrix(html, comparison);
        end(html);
    }

    private void blockingEverywhere(Writer html, Comparison comparison) throws IOException {
        html.write("<section>\n<h2>" + esc(text.get("comparison.blockingEverywhere")) + "</h2>\n");
        List<HurdleAcross> everywhere = comparison.blockingEverywhere();
        if (everywhere.isEmpty()) {
            html.write("<p>" + esc(text.get("comparison.blockingEverywhere.none")) + "</p>\n</section>\n");
            return;
        }
        html.write("<table>\n<thead><tr><th class=\"num\">" + esc(text.get("report.card")) + "</th><th>"
                + esc(text.get("report.hurdle")) + "</th><th>" + esc(text.get("report.category"))
                + "</th><th class=\"num\">" + esc(text.get("comparison.totalVotes")) + "</th></tr></thead>\n<tbody>\n");
        for (HurdleAcross hurdle : everywhere) {
            html.write("<tr><td class=\"num\">" + hurdle.cardNumber() + "</td><td>" + user(hurdle.title())
                    + "</td><td>" + user(hurdle.categoryName()) + "</td><td class=\"num\">" + hurdle.totalVotes()
                    + "</td></tr>\n");
        }
        html.write("</tbody>\n</table>\n</section>\n");
    }

    private void moved(Writer html, Comparison comparison) throws IOException {
        html.write("<section>\n<h2>" + esc(text.get("comparison.moved")) + "</h2>\n");
        List<Movement> moved = comparison.moved();
        if (moved.isEmpty()) {
            html.write("<p>" + esc(text.get("comparison.moved.none")) + "</p>\n</section>\n");
            return;
        }
        html.write("<table>\n<thead><tr><th class=\"num\">" + esc(text.get("report.card")) + "</th><th>"
                + esc(text.get("report.hurdle")) + "</th><th class=\"num\">" + esc(text.get("comparison.from"))
                + "</th><th class=\"num\">" + esc(text.get("comparison.to")) + "</th><th>"
                + esc(text.get("comparison.change")) + "</th></tr></thead>\n<tbody>\n");
        for (Movement move : moved) {
            html.write("<tr><td class=\"num\">" + move.cardNumber() + "</td><td>" + user(move.title())
                    + "</td><td class=\"num\">" + esc(phrases.rank(move.fromRank())) + "</td><td class=\"num\">"
                    + esc(phrases.rank(move.toRank())) + "</td><td>" + esc(phrases.change(move)) + "</td></tr>\n");
        }
        html.write("</tbody>\n</table>\n</section>\n");
    }

    private void matrix(Writer html, Comparison comparison) throws IOException {
        html.write("<section>\n<h2>" + esc(text.get("comparison.allHurdles")) + "</h2>\n<div class=\"wide\"><table>\n"
                + "<thead><tr><th class=\"num\">" + esc(text.get("report.card")) + "</th><th>"
                + esc(text.get("report.hurdle")) + "</th>");
        for (int s = 0; s < comparison.sessions().size(); s++) {
            html.write("<th class=\"num\">" + (s + 1) + "</th>");
        }
        html.write("</tr></thead>\n<tbody>\n");
        for (HurdleAcross hurdle : comparison.hurdles()) {
            html.write("<tr><td class=\"num\">" + hurdle.cardNumber() + "</td><td>" + user(hurdle.title()) + "</td>");
            for (var placing : hurdle.placings()) {
                html.write("<td class=\"num\">" + esc(phrases.placing(placing)) + "</td>");
            }
            html.write("</tr>\n");
        }
        html.write("</tbody>\n</table></div>\n</section>\n");
    }

    private void start(Writer html, String title) throws IOException {
        html.write("<!DOCTYPE html>\n<html lang=\"" + esc(text.locale().toLanguageTag()) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n");
    }

    private static void end(Writer html) throws IOException {
        html.write("</main>\n</body>\n</html>\n");
        html.flush();
    }

    /** Text typed by people: escaped, and isolated so its direction (RTL or LTR) stays its own. */
    private static String user(String value) {
        return "<bdi>" + esc(value) + "</bdi>";
    }

    static String esc(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
