package org.hurdleboard.ui.board;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.report.CategoryTally;
import org.hurdleboard.domain.report.RankedHurdle;
import org.hurdleboard.domain.report.RoundReport;
import org.hurdleboard.ui.common.Messages;

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
    private final CategoryAxis categoryAxis = new CategoryAxis();
    /** Bars across, names down the side: category names stay level and whole, even at 1280x720. */
    private final BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), categoryAxis);
    private final GridPane shares = new GridPane();

    RankView(BoardViewModel model, Messages messages, Audience audience) {
        this.model = model;
        this.audience = audience;
        this.messages = messages;
        setId("rankView");
        getStyleClass().add("rank-view");
        list.setId("ranking");
        list.getStyleClass().add("ranking");
        ScrollPane listScroller = new ScrollPane(list);
        listScroller.setFitToWidth(true);
        listScroller.getStyleClass().add("ranking-scroller");
        HBox.setHgrow(listScroller, Priority.ALWAYS);
        listScroller.setMaxWidth(Double.MAX_VALUE);

        chart.setId("categoryChart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle(messages.get("rank.chart"));
        chart.getXAxis().setLabel(messages.get("rank.chart.votes"));
        shares.setId("categoryShares");
        shares.getStyleClass().add("category-shares");
        VBox right = new VBox(chart, shares);
        right.getStyleClass().add("rank-chart-panel");
        right.setPrefWidth(620);
        right.setMinWidth(420);
        getChildren().addAll(listScroller, right);
        model.revisionProperty().addListener((obs, old, now) -> refresh());
        visibleProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        if (!isVisible()) {
            return;
        }
        list.getChildren().clear();
        chart.getData().clear();
        shares.getChildren().clear();
        if (model.countsHiddenProperty().get()) {
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
        for (RankedHurdle hurdle : round.ranked()) {
            list.getChildren().add(row(hurdle, tied(hurdle, round)));
        }
        if (round.ranked().isEmpty()) {
            list.getChildren().add(new Label(messages.get("rank.none")));
        }
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        int row = 0;
        for (CategoryTally tally : round.byCategory()) {
            series.getData().add(new XYChart.Data<>(tally.votes(), tally.name()));
            Label name = new Label(tally.name());
            Label votes = new Label(CardTile.votesText(messages, tally.votes()));
            Label share = new Label(messages.get("rank.share", Math.round(tally.share() * 100)));
            share.setId("share-" + tally.categoryId());
            share.getStyleClass().add("rank-share");
            shares.addRow(row++, name, votes, share);
        }
        // the axis lists its first category at the bottom; reversed, the chart reads top-down like the board
        List<String> names = new ArrayList<>(round.byCategory().stream().map(CategoryTally::name).toList());
        Collections.reverse(names);
        categoryAxis.setAutoRanging(false);
        categoryAxis.setCategories(FXCollections.observableArrayList(names));
        chart.getData().add(series);
        // each bar in its category's colour slot, so the chart matches the board
        for (int i = 0; i < series.getData().size(); i++) {
            String colour = round.byCategory().get(i).colour();
            XYChart.Data<Number, String> bar = series.getData().get(i);
            if (bar.getNode() != null) {
                bar.getNode().getStyleClass().add("category-" + colour.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Another hurdle has the same rank. */
    private static boolean tied(RankedHurdle hurdle, RoundReport round) {
        return round.ranked().stream().filter(other -> other.rank() == hurdle.rank()).count() > 1;
    }

    private HBox row(RankedHurdle hurdle, boolean tied) {
        Label rank = new Label(tied ? messages.get("rank.tied", hurdle.rank()) : String.valueOf(hurdle.rank()));
        rank.getStyleClass().add("rank-place");
        rank.setId("rank-" + hurdle.cardNumber());
        Label number = new Label(String.valueOf(hurdle.cardNumber()));
        number.getStyleClass().add("card-number");
        Label title = new Label(hurdle.title());
        title.getStyleClass().add("rank-title");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label votes = new Label(String.valueOf(hurdle.votes()));
        votes.getStyleClass().add("card-votes");
        votes.setId("rankVotes-" + hurdle.cardNumber());
        HBox row = new HBox(rank, number, title, votes);
        row.getStyleClass().addAll("rank-row", "category-" + model.deck().category(hurdle.categoryId()).colour());
        row.setAlignment(Pos.CENTER_LEFT);
        row.setAccessibleText(messages.get("rank.row.accessible", tied ? messages.get("rank.tied", hurdle.rank())
                : String.valueOf(hurdle.rank()), hurdle.cardNumber(), hurdle.title(),
                CardTile.votesText(messages, hurdle.votes())));
        return row;
    }
}
