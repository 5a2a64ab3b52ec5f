package org.hurdleboard.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import org.hurdleboard.domain.CarriedAction;
import org.hurdleboard.domain.EarlierWorkshop.Standing;
import org.hurdleboard.domain.report.CardMove;
import org.hurdleboard.domain.report.CardTrend;
import org.hurdleboard.domain.report.FollowUpReport;

/** A follow-up's part of the JSON report ({@code followUp}, see docs/report-json.md); absent for a first workshop. */
final class FollowUpJson {
    private FollowUpJson() {
    }

    static void write(ObjectNode root, FollowUpReport report) {
        if (!report.isFollowUp()) {
            return;
        }
        ObjectNode node = root.putObject("followUp");
        node.putObject("previous").put("title", report.previousTitle()).put("date", report.previousDate().toString());
        ArrayNode series = node.putArray("series");
        report.seriesTitles().forEach(series::add);
        ArrayNode carried = node.putArray("carriedActions");
        for (CarriedAction action : report.carried()) {
            carried.addObject().put("card", action.cardNumber()).put("what", action.what()).put("owner", action.owner())
                    .put("due", action.dueDate().map(LocalDate::toString).orElse(""))
                    .put("stateLastTime", name(action.stateLastTime())).put("outcome", name(action.outcome()))
                    .put("note", action.note()).put("carryOn", action.carryOn());
        }
        ArrayNode moves = node.putArray("movement");
        for (CardMove move : report.moves()) {
            ObjectNode entry = moves.addObject().put("card", move.cardNumber()).put("title", move.title())
                    .put("direction", name(move.direction())).put("places", move.places());
            standing(entry.putObject("lastTime"), move.lastTime());
            standing(entry.putObject("thisTime"), move.now());
        }
        ArrayNode most = node.putArray("movedMost");
        report.movedMost().forEach(move -> most.add(move.cardNumber()));
        ArrayNode overcome = node.putArray("overcomeSince");
        report.overcomeSince().forEach(move -> overcome.add(move.cardNumber()));
        ArrayNode trends = node.putArray("trend");
        for (CardTrend trend : report.trends()) {
            ObjectNode entry = trends.addObject().put("card", trend.cardNumber()).put("title", trend.title());
            ArrayNode standings = entry.putArray("standings");
            trend.standings().forEach(standing -> standing(standings.addObject(), standing));
        }
    }

    private static void standing(ObjectNode node, Standing standing) {
        node.put("rank", standing.rank()).put("votes", standing.votes()).put("status", name(standing.status()));
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
