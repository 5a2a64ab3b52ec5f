package org.hurdleboard.report;

import org.hurdleboard.domain.report.HurdleAcross;
import java.util.List;
import java.util.regex.Pattern;
import org.hurdleboard.domain.SourceCredit;
import org.hurdleboard.domain.report.DiscussionReport;
import org.hurdleboard.domain.report.Movement;
import org.hurdleboard.domain.report.Placing;
import org.hurdleboard.domain.report.RankedHurdle;

/** Sentences every format words the same way, so a report reads alike in all of them. */
final class Phrases {
    /** The one kind of link a report may carry: the deck's credit, and only to a web page. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"'`\\\\]+");
    /** Above this many workshops a table with a column each does not fit a page. */
    static final int MAX_COLUMNS_ON_A_PAGE = 6;

    private final ReportText text;

    Phrases(ReportText text) {
        this.text = text;
    }

    /** "Cards from “Overcoming the Hurdles” by Tim Davies, published by ..." without the parts not given. */
    String credit(SourceCredit source) {
        StringBuilder credit = new StringBuilder();
        if (!source.title().isBlank()) {
            credit.append(text.get("report.credit.source", source.title()));
        }
        if (!source.author().isBlank()) {
            credit.append(credit.length() == 0 ? "" : " ").append(text.get("report.credit.author", source.author()));
        }
        if (!source.publisher().isBlank()) {
            credit.append(credit.length() == 0 ? "" : ", ")
                    .append(text.get("report.credit.publisher", source.publisher()));
        }
        return credit.toString();
    }

    /** The credit's address when it is a plain web address, else empty: anything else is shown as text. */
    static String safeUrl(SourceCredit source) {
        return WEB_ADDRESS.matcher(source.url()).matches() ? source.url() : "";
    }

    String unvoted(List<RankedHurdle> unvoted) {
        return text.get("report.unvoted", String.join(", ",
                unvoted.stream().map(hurdle -> String.valueOf(hurdle.cardNumber())).toList()));
    }

    /** "Already overcome: 2 No wifi; 7 Managers don't back experimenting", or empty when none is. */
    String overcome(List<RankedHurdle> overcome) {
        return overcome.isEmpty() ? "" : text.get("report.overcome", String.join("; ",
                overcome.stream().map(hurdle -> hurdle.cardNumber() + " " + hurdle.title()).toList()));
    }

    /** "Overcome since the first workshop: 2 No wifi; 7 ...", or that none was. */
    String overcomeSinceFirst(List<HurdleAcross> overcome) {
        return overcome.isEmpty() ? text.get("comparison.overcome.none") : text.get("comparison.overcome",
                String.join("; ", overcome.stream().map(hurdle -> hurdle.cardNumber() + " " + hurdle.title()).toList()));
    }

    /** "Write to the CIO — Head of digital, 15 January 2027 (Open)", saying when there is no owner or date. */
    String action(DiscussionReport.ReportedAction action) {
        return text.get("report.action.line", action.what(), owner(action), due(action),
                text.actionState(action.state()));
    }

    String owner(DiscussionReport.ReportedAction action) {
        return action.owner().isBlank() ? text.get("report.action.noOwner") : action.owner();
    }

    String due(DiscussionReport.ReportedAction action) {
        return action.due() == null ? text.get("report.action.noDue") : text.date(action.due());
    }

    String rank(int rank) {
        return rank == 0 ? text.get("comparison.unranked") : String.valueOf(rank);
    }

    String placing(Placing placing) {
        return placing.ranked() ? text.get("comparison.placing", String.valueOf(placing.votes()),
                String.valueOf(placing.rank())) : "\u2013";
    }

    String change(Movement move) {
        if (move.fromRank() == 0) {
            return text.get("comparison.newlyVoted");
        }
        if (move.toRank() == 0) {
            return text.get("comparison.noLongerVoted");
        }
        return move.rise() > 0 ? text.get("comparison.up", String.valueOf(move.rise()))
                : text.get("comparison.down", String.valueOf(-move.rise()));
    }
}
