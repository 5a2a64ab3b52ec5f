package org.hurdleboard.ui.board;

import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.report.CardMove;
import org.hurdleboard.domain.report.FollowUpReport;
import org.hurdleboard.domain.report.RankedHurdle;
import org.hurdleboard.domain.report.RoundReport;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.ScrollPanes;

/**
 * The round's outcome for the room: the hurdles with votes, ranked (cards with equal votes share a
 * rank, shown "=2", and go by card number), a bar chart of votes by category and each category's
 * share. The numbers come from the reports' own ranking, so board and report always agree. While
 * any count is hidden it shows only that the votes are hidden.
 */
final class RankView extends HBox {
    private final BoardViewModel model;
    private final Messages messages;
    private final Audience audience;
    private final VBox list = new VBox();
    private final ScrollPane listScroller = ScrollPanes.uncached(list);
    /** Bars across, names down the side: category names stay level and whole, even at 1280x720. */
    private final CategoryChart chart;

    RankView(BoardViewModel model, Messages messages, Audience audience) {
        this.model = model;
        this.audience = audience;
        this.messages = messages;
        setId("rankView");
        getStyleClass().add("rank-view");
        list.setId("ranking");
        list.getStyleClass().add("ranking");
        listScroller.setFitToWidth(true);
        // the keyboard rests here in the ranking view: arrows scroll, and no key changes the workshop
        listScroller.setId("rankingScroller");
        listScroller.setAccessibleText(messages.get("rank.accessible"));
        listScroller.getStyleClass().add("ranking-scroller");
        HBox.setHgrow(listScroller, Priority.ALWAYS);
        listScroller.setMaxWidth(Double.MAX_VALUE);

        chart = new CategoryChart(messages);
        VBox right = new VBox(chart);
        right.getStyleClass().add("rank-chart-panel");
        right.setPrefWidth(620);
        right.setMinWidth(420);
        getChildren().addAll(listScroller, right);
        // hidden until its view is chosen: its 50 rows are built when it is shown, not at start-up
        setVisible(false);
        model.revisionProperty().addListener((obs, old, now) -> refresh());
        visibleProperty().addListener((obs, old, now) -> refresh());
    }

    /** Gives the keyboard to the ranking, where no key changes anything. */
    void focusList() {
        listScroller.requestFocus();
    }

    private void refresh() {
        if (!isVisible()) {
            return;
        }
        list.getChildren().clear();
        if (model.countsHiddenProperty().get()) {
            chart.setVisible(false);
            Label hidden = new Label(messages.get(audience == Audience.ROOM ? "room.rankHidden" : "rank.hidden"));
            hidden.setId("rankHidden");
            hidden.getStyleClass().add("rank-hidden");
            hidden.setWrapText(true);
            list.getChildren().add(hidden);
            return;
        }
        RoundReport round = model.voting().ranking();
        Label question = new Label(round.question());
        question.getStyleClass().add("rank-question");
        question.setWrapText(true);
        list.getChildren().add(question);
        // a follow-up's last round beside the last workshop's: what moved since last time
        boolean lastRound = model.roundProperty().get().id() == model.session().currentRound().id();
        Map<Integer, CardMove> moves = lastRound ? FollowUpReport.of(model.session()).byCard() : Map.of();
        for (RankedHurdle hurdle : round.ranked()) {
            list.getChildren().add(row(hurdle, tied(hurdle, round), moves.get(hurdle.cardNumber())));
        }
        if (round.ranked().isEmpty()) {
            list.getChildren().add(new Label(messages.get("rank.none")));
        }
        if (!moves.isEmpty()) {
            list.getChildren().add(MovementText.sinceLastTime(FollowUpReport.of(model.session()), messages));
        }
        chart.show(round.byCategory());
        chart.setVisible(true);
    }

    /** Another hurdle has the same rank. */
    private static boolean tied(RankedHurdle hurdle, RoundReport round) {
        return round.ranked().stream().filter(other -> other.rank() == hurdle.rank()).count() > 1;
    }

    private HBox row(RankedHurdle hurdle, boolean tied, CardMove move) {
        Label rank = new Label(tied ? messages.get("rank.tied", hurdle.rank()) : String.valueOf(hurdle.rank()));
        rank.getStyleClass().add("rank-place");
        rank.setId("rank-" + hurdle.cardNumber());
        Label number = new Label(String.valueOf(hurdle.cardNumber()));
        number.getStyleClass().add("card-number");
        Label title = new Label(hurdle.title());
        title.getStyleClass().add("rank-title");
        title.setMaxWidth(Double.MAX_VALUE);
        // a long title takes a second line rather than losing its end to "…" on a small screen
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label votes = new Label(String.valueOf(hurdle.votes()));
        votes.getStyleClass().add("card-votes");
        votes.setId("rankVotes-" + hurdle.cardNumber());
        for (Label whole : new Label[] {rank, number, votes}) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox row = new HBox(rank, number, title, votes);
        if (move != null) {
            Label moved = new Label(MovementText.of(move, messages));
            moved.setId("rankMove-" + hurdle.cardNumber());
            moved.getStyleClass().addAll("rank-move", "move-" + move.direction().name().toLowerCase(Locale.ROOT));
            moved.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(moved);
        }
        row.getStyleClass().addAll("rank-row", "category-" + model.deck().category(hurdle.categoryId()).colour());
        row.setAlignment(Pos.CENTER_LEFT);
        row.setAccessibleText(messages.get("rank.row.accessible", tied ? messages.get("rank.tied", hurdle.rank())
                : String.valueOf(hurdle.rank()), hurdle.cardNumber(), hurdle.title(),
                CardTile.votesText(messages, hurdle.votes()))
                + (move == null ? "" : ", " + MovementText.of(move, messages)));
        return row;
    }
}
