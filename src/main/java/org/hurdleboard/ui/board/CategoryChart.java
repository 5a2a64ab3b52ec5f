package org.hurdleboard.ui.board;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.report.CategoryTally;
import org.hurdleboard.ui.common.Messages;

/**
 * Votes by category as bars, each row named: the category's name, a bar in its colour, its votes
 * and its share. Made of labels rather than a chart's axis, so no redraw can ever leave a bar
 * without its name (colour alone), and a count is always a whole number of votes.
 */
final class CategoryChart extends VBox {
    private final Messages messages;
    private final GridPane rows = new GridPane();

    CategoryChart(Messages messages) {
        this.messages = messages;
        setId("categoryChart");
        getStyleClass().add("category-chart");
        Label title = new Label(messages.get("rank.chart"));
        title.getStyleClass().add("category-chart-title");
        title.setWrapText(true);
        rows.getStyleClass().add("category-chart-rows");
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(0);
        ColumnConstraints figures = new ColumnConstraints();
        figures.setMinWidth(Region.USE_PREF_SIZE);
        rows.getColumnConstraints().setAll(name, bar, figures, figures);
        getChildren().addAll(title, rows);
    }

    /** Shows these tallies, top to bottom in the board's order; the longest bar is the most votes. */
    void show(List<CategoryTally> tallies) {
        rows.getChildren().clear();
        int most = tallies.stream().mapToInt(CategoryTally::votes).max().orElse(0);
        for (int i = 0; i < tallies.size(); i++) {
            CategoryTally tally = tallies.get(i);
            Label name = new Label(tally.name());
            name.getStyleClass().add("chart-name");
            Region bar = new Region();
            bar.getStyleClass().addAll("chart-bar", "category-" + tally.colour().toLowerCase(Locale.ROOT));
            HBox track = new HBox(bar);
            track.getStyleClass().add("chart-track");
            track.setAlignment(Pos.CENTER_LEFT);
            track.setMinWidth(0);
            double fraction = most == 0 ? 0 : (double) tally.votes() / most;
            bar.prefWidthProperty().bind(track.widthProperty().multiply(fraction));
            bar.setMinWidth(0);
            Label votes = new Label(String.valueOf(tally.votes()));
            votes.getStyleClass().add("chart-votes");
            Label share = new Label(messages.get("rank.share", Math.round(tally.share() * 100)));
            share.setId("share-" + tally.categoryId());
            share.getStyleClass().add("rank-share");
            String spoken = messages.get("rank.chart.row", tally.name(), CardTile.votesText(messages, tally.votes()),
                    share.getText());
            for (Label label : List.of(name, votes, share)) {
                label.setAccessibleText(spoken);
            }
            track.setAccessibleRole(AccessibleRole.TEXT);
            track.setAccessibleText(spoken);
            rows.addRow(i, name, track, votes, share);
        }
    }
}
