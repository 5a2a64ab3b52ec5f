package org.hurdleboard.ui.board;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.report.CardMove;
import org.hurdleboard.domain.report.FollowUpReport;
import org.hurdleboard.ui.common.Messages;

/**
 * A card's movement since the last workshop in words and an arrow ("▲ up 2 places, last time 3rd
 * with 5 votes"), never colour alone; and, under a follow-up's ranking, what moved most, what has
 * gone and what was marked overcome since.
 */
final class MovementText {
    private MovementText() {
    }

    static String of(CardMove move, Messages messages) {
        return switch (move.direction()) {
            case UP -> messages.get("rank.move.up", move.places(), move.lastTime().rank(), move.lastTime().votes());
            case DOWN -> messages.get("rank.move.down", -move.places(), move.lastTime().rank(),
                    move.lastTime().votes());
            case SAME -> messages.get("rank.move.same", move.lastTime().rank(), move.lastTime().votes());
            case NEW -> messages.get("rank.move.new");
            case GONE -> messages.get("rank.move.gone", move.lastTime().rank(), move.lastTime().votes());
        };
    }

    /** Below the ranking: moved most, gone since last time, overcome since last time. */
    static VBox sinceLastTime(FollowUpReport report, Messages messages) {
        VBox box = new VBox();
        box.setId("sinceLastMovement");
        box.getStyleClass().add("rank-since-last");
        box.getChildren().add(line("rankSinceHeading", "rank-question",
                messages.get("rank.since.heading", report.previousTitle())));
        if (!report.movedMost().isEmpty()) {
            box.getChildren().add(line("rankMovedMost", "rank-since-line", messages.get("rank.since.movedMost",
                    names(report.movedMost(), move -> messages.get(move.places() > 0 ? "rank.since.rose" : "rank.since.fell",
                            move.cardNumber(), move.title(), Math.abs(move.places()))))));
        }
        List<CardMove> gone = report.moves().stream().filter(move -> move.direction() == CardMove.Direction.GONE)
                .toList();
        if (!gone.isEmpty()) {
            box.getChildren().add(line("rankGone", "rank-since-line", messages.get("rank.since.gone",
                    names(gone, move -> move.cardNumber() + " " + move.title()))));
        }
        if (!report.overcomeSince().isEmpty()) {
            box.getChildren().add(line("rankOvercome", "rank-since-line", messages.get("rank.since.overcome",
                    names(report.overcomeSince(), move -> move.cardNumber() + " " + move.title()))));
        }
        return box;
    }

    private static String names(List<CardMove> moves, java.util.function.Function<CardMove, String> name) {
        return moves.stream().map(name).collect(Collectors.joining("; "));
    }

    private static Label line(String id, String style, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
