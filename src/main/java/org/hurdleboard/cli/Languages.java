package org.hurdleboard.cli;

import java.util.List;
import java.util.Locale;
import org.hurdleboard.domain.Session;
import org.hurdleboard.report.ReportFormat;
import org.hurdleboard.report.ReportLanguage;

/** The language a report is written in: the one asked for, else the workshops' own. */
final class Languages {
    private Languages() {
    }

    /**
     * {@code asked}, or the language the workshops ran in (their decks'): Welsh when every one
     * ran in Welsh, else English. Both languages only where the format holds two.
     */
    static ReportLanguage choose(CliText text, ReportLanguage asked, ReportFormat format, List<Session> workshops)
            throws CliException {
        ReportLanguage chosen = asked != null ? asked
                : workshops.stream().allMatch(s -> ReportLanguage.ofWorkshop(s.deck().language()) == ReportLanguage.CY)
                        ? ReportLanguage.CY : ReportLanguage.EN;
        if (!chosen.fits(format)) {
            throw new CliException(HurdleBoardCli.USAGE,
                    text.get("report.oneLanguage", format.extension().toUpperCase(Locale.ROOT)));
        }
        return chosen;
    }
}
