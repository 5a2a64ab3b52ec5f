package org.hurdleboard.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.hurdleboard.report.PdfCanvas.Align;
import org.hurdleboard.report.PdfCanvas.Cell;
import org.hurdleboard.report.PdfCanvas.Column;

/** The report as an A4 PDF with the app's font embedded and numbered pages; each round starts a page. */
final class PdfWriter implements ReportWriter {
    private static final float TITLE = 20;
    private static final float HEADING = 14;
    private static final float BODY = 10;

    private final ReportText text;
    private final Phrases phrases;

    PdfWriter(ReportText text) {
        this.text = text;
        this.phrases = new Phrases(text);
    }

    @Override
    public void write(SessionReport report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(text.get("report.documentTitle", report.details().title()));
            try (PdfCanvas canvas = new PdfCanvas(document)) {
                canvas.paragraph(report.details().title(), TITLE, true);
                details(canvas, report.details(), report.deck().title());
                boolean first = true;
                for (RoundReport round : report.rounds()) {
                    if (!first) {
                        canvas.newPage();
                    }
                    first = false;
                    round(canvas, report, round);
                }
                new FollowUpSections(text).pdf(canvas, report, HEADING, BODY);
                new DiscussionPdf(text, phrases, HEADING, BODY).write(canvas, report);
                credit(canvas, report.deck().source());
                canvas.numberPages(text);
            }
            document.save(out);
        }
    }

    private void details(PdfCanvas canvas, SessionDetails details, String deckTitle) throws IOException {
        List<Column> columns = List.of(new Column(150, Align.LEFT), new Column(PdfCanvas.WIDTH - 150, Align.LEFT));
        if (!details.team().isEmpty()) {
            canvas.row(columns, List.of(text.get("report.team"), details.team()), BODY, false);
        }
        canvas.row(columns, List.of(text.get("report.date"), text.date(details.date())), BODY, false);
        if (!details.facilitator().isEmpty()) {
            canvas.row(columns, List.of(text.get("report.facilitator"), details.facilitator()), BODY, false);
        }
        canvas.row(columns, List.of(text.get("report.participants"), String.valueOf(details.participants())), BODY,
                false);
        canvas.row(columns, List.of(text.get("report.deck"), deckTitle), BODY, false);
    }

    private void round(PdfCanvas canvas, SessionReport report, RoundReport round) throws IOException {
        canvas.heading(text.get("report.round", round.roundId(), round.question()), HEADING);
        canvas.paragraph(text.get("report.totalVotes", round.totalVotes()), BODY, false);
        canvas.paragraph(text.method(round), BODY, false);
        if (round.totalVotes() == 0) {
            canvas.paragraph(text.get("report.noVotesYet"), BODY, false);
            return;
        }
        canvas.heading(text.get("report.byCategory"), HEADING - 2);
        int max = round.byCategory().stream().mapToInt(CategoryTally::votes).max().orElse(1);
        for (CategoryTally tally : round.byCategory()) {
            canvas.bar(tally.name(), max == 0 ? 0 : 220f * tally.votes() / max,
                    Color.decode(CategoryColours.hex(tally.colour())),
                    tally.votes() + " (" + text.percent(tally.share()) + ")", BODY);
        }
        canvas.heading(text.get("report.ranked"), HEADING - 2);
        // the votes column is as wide as "Pleidleisiau", the Welsh heading
        List<Column> columns = List.of(new Column(40, Align.RIGHT), new Column(40, Align.RIGHT),
                new Column(PdfCanvas.WIDTH - 40 - 40 - 120 - 62, Align.LEFT), new Column(120, Align.LEFT),
                new Column(62, Align.RIGHT));
        canvas.row(columns, List.of(text.get("report.rank"), text.get("report.card"), text.get("report.hurdle"),
                text.get("report.category"), text.get("report.votes")), BODY, true);
        for (RankedHurdle hurdle : round.ranked()) {
            canvas.row(columns, List.of(Cell.plain(String.valueOf(hurdle.rank())),
                    Cell.plain(String.valueOf(hurdle.cardNumber())), new Cell(hurdle.title(), statementWithStatus(hurdle)),
                    Cell.plain(report.deck().category(hurdle.categoryId()).name()),
                    Cell.plain(String.valueOf(hurdle.votes()))), BODY);
        }
        if (!round.unvoted().isEmpty()) {
            canvas.space(BODY);
            canvas.paragraph(phrases.unvoted(round.unvoted()), BODY, false);
        }
        if (!round.overcome().isEmpty()) {
            canvas.space(BODY);
            canvas.paragraph(phrases.overcome(round.overcome()), BODY, false);
        }
    }

    private void credit(PdfCanvas canvas, SourceCredit source) throws IOException {
        String credit = phrases.credit(source);
        if (credit.isEmpty() && source.url().isEmpty() && source.note().isEmpty()) {
            return;
        }
        canvas.heading(text.get("report.credit"), HEADING);
        for (String line : new String[] {credit, source.url(), source.note()}) {
            if (!line.isEmpty()) {
                canvas.paragraph(line, BODY, false);
            }
        }
        canvas.paragraph(text.get("report.madeWith"), BODY, false);
    }

    @Override
    public void write(Comparison comparison, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            String title = text.get("comparison.documentTitle", comparison.sessions().size());
            document.getDocumentInformation().setTitle(title);
            try (PdfCanvas canvas = new PdfCanvas(document)) {
                canvas.paragraph(title, TITLE, true);
                sessions(canvas, comparison);
                blockingEverywhere(canvas, comparison);
                canvas.heading(text.get("comparison.overcome.heading"), HEADING);
                canvas.paragraph(phrases.overcomeSinceFirst(comparison.overcomeSinceFirst()), BODY, false);
                moved(canvas, comparison);
                matrix(canvas, comparison);
                canvas.numberPages(text);
            }
            document.save(out);
        }
    }

    private void sessions(PdfCanvas canvas, Comparison comparison) throws IOException {
        canvas.heading(text.get("comparison.sessions"), HEADING);
        List<Column> columns = List.of(new Column(30, Align.RIGHT), new Column(130, Align.LEFT),
                new Column(PdfCanvas.WIDTH - 30 - 130 - 100 - 50, Align.LEFT), new Column(100, Align.LEFT),
                new Column(50, Align.RIGHT));
        canvas.row(columns, List.of("", text.get("comparison.file"), text.get("comparison.session"),
                text.get("report.date"), text.get("comparison.totalVotes")), BODY, true);
        int number = 1;
        for (ComparedSession session : comparison.sessions()) {
            canvas.row(columns, List.of(String.valueOf(number++), session.label(), session.details().title(),
                    text.date(session.details().date()), String.valueOf(session.totalVotes())), BODY, false);
        }
    }

    private void blockingEverywhere(PdfCanvas canvas, Comparison comparison) throws IOException {
        canvas.heading(text.get("comparison.blockingEverywhere"), HEADING);
        List<HurdleAcross> everywhere = comparison.blockingEverywhere();
        if (everywhere.isEmpty()) {
            canvas.paragraph(text.get("comparison.blockingEverywhere.none"), BODY, false);
            return;
        }
        List<Column> columns = List.of(new Column(40, Align.RIGHT), new Column(PdfCanvas.WIDTH - 40 - 140 - 70,
                Align.LEFT), new Column(140, Align.LEFT), new Column(70, Align.RIGHT));
        canvas.row(columns, List.of(text.get("report.card"), text.get("report.hurdle"), text.get("report.category"),
                text.get("comparison.totalVotes")), BODY, true);
        for (HurdleAcross hurdle : everywhere) {
            canvas.row(columns, List.of(String.valueOf(hurdle.cardNumber()), hurdle.title(), hurdle.categoryName(),
                    String.valueOf(hurdle.totalVotes())), BODY, false);
        }
    }

    private void moved(PdfCanvas canvas, Comparison comparison) throws IOException {
        canvas.heading(text.get("comparison.moved"), HEADING);
        List<Movement> moved = comparison.moved();
        if (moved.isEmpty()) {
            canvas.paragraph(text.get("comparison.moved.none"), BODY, false);
            return;
        }
        List<Column> columns = List.of(new Column(40, Align.RIGHT), new Column(PdfCanvas.WIDTH - 40 - 3 * 70,
                Align.LEFT), new Column(70, Align.RIGHT), new Column(70, Align.RIGHT), new Column(70, Align.LEFT));
        canvas.row(columns, List.of(text.get("report.card"), text.get("report.hurdle"), text.get("comparison.from"),
                text.get("comparison.to"), text.get("comparison.change")), BODY, true);
        for (Movement move : moved) {
            canvas.row(columns, List.of(String.valueOf(move.cardNumber()), move.title(), phrases.rank(move.fromRank()),
                    phrases.rank(move.toRank()), phrases.change(move)), BODY, false);
        }
    }

    private void matrix(PdfCanvas canvas, Comparison comparison) throws IOException {
        canvas.heading(text.get("comparison.allHurdles"), HEADING);
        int sessions = comparison.sessions().size();
        if (sessions > Phrases.MAX_COLUMNS_ON_A_PAGE) {
            canvas.paragraph(text.get("comparison.tooWide", sessions), BODY, false);
            return;
        }
        float cell = 55;
        List<Column> columns = new ArrayList<>(List.of(new Column(40, Align.RIGHT),
                new Column(PdfCanvas.WIDTH - 40 - cell * sessions, Align.LEFT)));
        List<String> header = new ArrayList<>(List.of(text.get("report.card"), text.get("report.hurdle")));
        for (int s = 1; s <= sessions; s++) {
            columns.add(new Column(cell, Align.RIGHT));
            header.add(String.valueOf(s));
        }
        canvas.row(columns, header, BODY, true);
        for (HurdleAcross hurdle : comparison.hurdles()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(hurdle.cardNumber()), hurdle.title()));
            hurdle.placings().forEach(placing -> row.add(phrases.placing(placing)));
            canvas.row(columns, row, BODY, false);
        }
    }

    private String statementWithStatus(RankedHurdle hurdle) {
        String status = text.status(hurdle.status());
        return status.isEmpty() ? hurdle.statement() : hurdle.statement() + " " + text.get("report.status", status);
    }
}
