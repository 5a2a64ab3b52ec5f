package org.hurdleboard.report;

import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.CardStatus;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of every report, from {@code org/hurdleboard/report/report-messages.properties}. */
public final class ReportText {
    private static final String BUNDLE = "org.hurdleboard.report.report-messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    public ReportText(Locale locale) {
        this.locale = locale;
        // no fallback to the computer's language: an English report stays English on a Welsh computer
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** How the room gave its votes in a round, and how many ballots came in when it voted by phone. */
    public String method(org.hurdleboard.domain.report.RoundReport round) {
        String how = get("report.method." + round.method().name());
        return round.method() == org.hurdleboard.domain.VotingMethod.PHONES
                ? get("report.method.ballots", how, round.ballots()) : get("report.method", how);
    }

    /** What the room said of a hurdle, in words; empty when it said nothing. */
    public String status(CardStatus status) {
        return status == CardStatus.NONE ? "" : get("report.status." + status.name());
    }

    /** How far an action has got, in words. */
    public String actionState(ActionState state) {
        return switch (state) {
            case OPEN -> get("report.actionState.open");
            case DOING -> get("report.actionState.doing");
            case DONE -> get("report.actionState.done");
        };
    }

    /** A share from 0 to 1 as a whole percentage, as people read it: "25%". */
    public String percent(double share) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    public Locale locale() {
        return locale;
    }
}
