package org.hurdleboard.report;

import static org.hurdleboard.report.MarkdownText.cell;
import static org.hurdleboard.report.MarkdownText.inline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

/** Markdown with GitHub-style tables, for wikis and intranets; nothing typed in the room becomes markup. */
final class MarkdownWriter implements ReportWriter {
    private final ReportText text;
    private final Phrases phrases;

    MarkdownWriter(ReportText text) {
        this.text = text;
        this.phrases = new Phrases(text);
    }

    @Override
    public void write(SessionReport report, OutputStream out) throws IOException {
        Writer md = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        md.write("# " + inline(report.details().title()) + "\n\n");
        details(md, report.details(), report.deck().title());
        for (RoundReport round : report.rounds()) {
            md.write("## " + inline(text.get("report.round", round.roundId(), round.question())) + "\n\n");
            md.write(inline(text.get("report.totalVotes", round.totalVotes())) + "\n\n");
            md.write(inline(text.method(round)) + "\n\n");
            if (round.totalVotes() == 0) {
                md.write(inline(text.get("report.noVotesYet")) + "\n\n");
                continue;
            }
            md.write("### " + inline(text.get("report.byCategory")) + "\n\n");
            List<List<String>> rows = new ArrayList<>();
            for (CategoryTally tally : round.byCategory()) {
                rows.add(List.of(cell(tally.name()), String.valueOf(tally.votes()), cell(text.percent(tally.share()))));
            }
            table(md, List.of(text.get("report.category"), text.get("report.votes"), text.get("report.share")),
                    "|---|--:|--:|", rows);
            md.write("### " + inline(text.get("report.ranked")) + "\n\n");
            rows = new ArrayList<>();
            for (RankedHurdle hurdle : round.ranked()) {
                rows.add(List.of(String.valueOf(hurdle.rank()), String.valueOf(hurdle.cardNumber()),
                        "**" + cell(hurdle.title()) + "** " + cell(hurdle.statement()) + statusMarkdown(hurdle),
                        cell(report.deck().category(hurdle.categoryId()).name()), String.valueOf(hurdle.votes())));
            }
            table(md, List.of(text.get("report.rank"), text.get("report.card"), text.get("report.hurdle"),
                    text.get("report.category"), text.get("report.votes")), "|--:|--:|---|---|--:|", rows);
            if (!round.unvoted().isEmpty()) {
                md.write(inline(phrases.unvoted(round.unvoted())) + "\n\n");
            }
            if (!round.overcome().isEmpty()) {
                md.write(inline(phrases.overcome(round.overcome())) + "\n\n");
            }
        }
        new FollowUpSections(text).markdown(md, report);
        new DiscussionMarkdown(text, phrases).write(md, report);
        credit(md, report.deck().source());
        md.flush();
    }

    private void details(Writer md, SessionDetails details, String deckTitle) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        if (!details.team().isEmpty()) {
            rows.add(List.of(cell(text.get("report.team")), cell(details.team())));
        }
        rows.add(List.of(cell(text.get("report.date")), cell(text.date(details.date()))));
        if (!details.facilitator().isEmpty()) {
            rows.add(List.of(cell(text.get("report.facilitator")), cell(details.facilitator())));
        }
        rows.add(List.of(cell(text.get("report.participants")), String.valueOf(details.participants())));
        rows.add(List.of(cell(text.get("report.deck")), cell(deckTitle)));
        // a table needs a header row; an empty one keeps the details a plain two-column list
        table(md, List.of(" ", " "), "|---|---|", rows);
    }

    private void credit(Writer md, SourceCredit source) throws IOException {
        String credit = phrases.credit(source);
        if (credit.isEmpty() && source.url().isEmpty() && source.note().isEmpty()) {
            return;
        }
        md.write("## " + inline(text.get("report.credit")) + "\n\n");
        if (!credit.isEmpty()) {
            md.write(inline(credit) + "\n\n");
        }
        String url = Phrases.safeUrl(source);
        if (!url.isEmpty()) {
            md.write("<" + url + ">\n\n");
        } else if (!source.url().isEmpty()) {
            md.write(inline(source.url()) + "\n\n");
        }
        if (!source.note().isEmpty()) {
            md.write(inline(source.note()) + "\n\n");
        }
        md.write(inline(text.get("report.madeWith")) + "\n");
    }

    @Override
    public void write(Comparison comparison, OutputStream out) throws IOException {
        Writer md = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        md.write("# " + inline(text.get("comparison.documentTitle", comparison.sessions().size())) + "\n\n");
        md.write("## " + inline(text.get("comparison.sessions")) + "\n\n");
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (ComparedSession session : comparison.sessions()) {
            rows.add(List.of(String.valueOf(number++), cell(session.label()), cell(session.details().title()),
                    cell(text.date(session.details().date())), cell(session.details().team()),
                    String.valueOf(session.totalVotes())));
        }
        table(md, List.of(" ", text.get("comparison.file"), text.get("comparison.session"), text.get("report.date"),
                text.get("report.team"), text.get("comparison.totalVotes")), "|--:|---|---|---|---|--:|", rows);

        md.write("## " + inline(text.get("comparison.blockingEverywhere")) + "\n\n");
        List<HurdleAcross> everywhere = comparison.blockingEverywhere();
        if (everywhere.isEmpty()) {
            md.write(inline(text.get("comparison.blockingEverywhere.none")) + "\n\n");
        } else {
            rows = new ArrayList<>();
            for (HurdleAcross hurdle : everywhere) {
                rows.add(List.of(String.valueOf(hurdle.cardNumber()), cell(hurdle.title()), cell(hurdle.categoryName()),
                        String.valueOf(hurdle.totalVotes())));
            }
            table(md, List.of(text.get("report.card"), text.get("report.hurdle"), text.get("report.category"),
                    text.get("comparison.totalVotes")), "|--:|---|---|--:|", rows);
        }

        md.write("## " + inline(text.get("comparison.overcome.heading")) + "\n\n"
                + inline(phrases.overcomeSinceFirst(comparison.overcomeSinceFirst())) + "\n\n");
        md.write("## " + inline(text.get("comparison.moved")) + "\n\n");
        List<Movement> moved = comparison.moved();
        if (moved.isEmpty()) {
            md.write(inline(text.get("comparison.moved.none")) + "\n\n");
        } else {
            rows = new ArrayList<>();
            for (Movement move : moved) {
                rows.add(List.of(String.valueOf(move.cardNumber()), cell(move.title()), cell(phrases.rank(move.fromRank())),
                        cell(phrases.rank(move.toRank())), cell(phrases.change(move))));
            }
            table(md, List.of(text.get("report.card"), text.get("report.hurdle"), text.get("comparison.from"),
                    text.get("comparison.to"), text.get("comparison.change")), "|--:|---|--:|--:|---|", rows);
        }
        matrix(md, comparison);
        md.flush();
    }

    private void matrix(Writer md, Comparison comparison) throws IOException {
        md.write("## " + inline(text.get("comparison.allHurdles")) + "\n\n");
        int sessions = comparison.sessions().size();
        if (sessions > Phrases.MAX_COLUMNS_ON_A_PAGE) {
            md.write(inline(text.get("comparison.tooWide", sessions)) + "\n");
            return;
        }
        List<String> header = new ArrayList<>(List.of(text.get("report.card"), text.get("report.hurdle")));
        StringBuilder alignment = new StringBuilder("|--:|---|");
        for (int s = 1; s <= sessions; s++) {
            header.add(String.valueOf(s));
            alignment.append("--:|");
        }
        List<List<String>> rows = new ArrayList<>();
        for (HurdleAcross hurdle : comparison.hurdles()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(hurdle.cardNumber()), cell(hurdle.title())));
            hurdle.placings().forEach(placing -> row.add(cell(phrases.placing(placing))));
            rows.add(row);
        }
        table(md, header, alignment.toString(), rows);
    }

    /** Cells are already escaped; header texts are ours and escaped here. */
    private static void table(Writer md, List<String> header, String alignment, List<List<String>> rows)
            throws IOException {
        md.write("| " + String.join(" | ", header.stream().map(h -> h.isBlank() ? " " : cell(h)).toList()) + " |\n");
        md.write(alignment + "\n");
        for (List<String> row : rows) {
            md.write("| " + String.join(" | ", row) + " |\n");
        }
        md.write("\n");
    }

    private String statusMarkdown(RankedHurdle hurdle) {
        String status = text.status(hurdle.status());
        return status.isEmpty() ? "" : " *" + cell(text.get("report.status", status)) + "*";
    }
}
