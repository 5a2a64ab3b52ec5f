package org.hurdleboard.ui.board;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.hurdleboard.ui.common.Messages;

/**
 * The board as the room sees it on the projector: the workshop, the question, whose turn it is,
 * the timer, the cards (or the ranking) and the selected card large. It takes no input and shows
 * nothing the room should not see: no menus, no file name, no errors, no hidden counts, and no
 * selection while counts are hidden. It follows the facilitator's board through the shared model.
 */
public final class RoomView {
    /** Text as a share of the screen's height: about 22 px on a 1080 px projector, readable from the back. */
    private static final double HEIGHT_SHARE = 0.02;
    /** The app's normal text size in px (the style sheet's root size): never smaller than that. */
    private static final double MIN_FONT_PX = 16;
    private final BorderPane root = new BorderPane();

    /** {@code stage} is what the room sees of the discuss stage, in the board's place while {@code discussing}. */
    public RoomView(BoardViewModel model, Messages messages, Node stage, ObservableBooleanValue discussing) {
        root.setId("roomView");
        root.getStyleClass().addAll("board-screen", "room-screen");
        HBox header = header(model, messages);
        root.setTop(header);
        BoardGrid grid = new BoardGrid(model, messages, Audience.ROOM);
        grid.columns().setId("roomBoard");
        RankView ranking = new RankView(model, messages, Audience.ROOM);
        ranking.visibleProperty().bind(model.rankingViewProperty());
        grid.node().visibleProperty().bind(model.rankingViewProperty().not());
        StackPane board = new StackPane(grid.node(), ranking);
        root.setCenter(board);
        // the board's cards size themselves to fill the screen; the rest grows with the screen and the text size
        for (Region scaled : List.of(header, ranking)) {
            scaled.styleProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                    "-fx-font-size: %.1fpx;", baseFontSize(root.getHeight()) * model.presenting().textScaleProperty().get()),
                    model.presenting().textScaleProperty(), root.heightProperty()));
        }
        Spotlight spotlight = new Spotlight(model, messages, () -> { }, Audience.ROOM);
        spotlight.setId("roomSpotlight");
        root.setBottom(spotlight);
        // the discuss stage puts one card at a time in the board's place, as large as it will go;
        // the header stays, with the timer
        Runnable showStage = () -> {
            root.setCenter(discussing.get() ? stage : board);
            root.setBottom(discussing.get() ? null : spotlight);
        };
        discussing.addListener((obs, was, active) -> showStage.run());
        showStage.run();
        root.heightProperty().addListener((obs, old, height) -> spotlight.fitTo(height.doubleValue()));
        root.setMouseTransparent(true);
    }

    public Parent root() {
        return root;
    }

    static double baseFontSize(double screenHeight) {
        return Math.max(MIN_FONT_PX, screenHeight * HEIGHT_SHARE);
    }

    private static HBox header(BoardViewModel model, Messages messages) {
        Label title = new Label(model.details().title());
        title.setId("roomTitle");
        title.getStyleClass().add("session-title");
        Label question = new Label();
        question.setId("roomQuestion");
        question.getStyleClass().add("session-details");
        question.textProperty().bind(Bindings.createStringBinding(() -> model.roundProperty().get().question(),
                model.roundProperty()));
        // one line, title then question: every line the header takes is a line the board's cards lose
        title.setMinWidth(0);
        question.setMinWidth(0);
        HBox titles = new HBox(title, question);
        titles.getStyleClass().add("room-titles");
        titles.setAlignment(Pos.BASELINE_LEFT);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);

        Label turn = new Label();
        turn.setId("roomTurn");
        turn.getStyleClass().add("room-turn");
        turn.setMinWidth(Region.USE_PREF_SIZE);
        turn.textProperty().bind(Bindings.createStringBinding(() -> model.voting().dotRoundProperty().get()
                        ? model.voting().turnTextProperty().get() : "",
                model.voting().dotRoundProperty(), model.voting().turnTextProperty()));
        turn.visibleProperty().bind(turn.textProperty().isNotEmpty());
        turn.managedProperty().bind(turn.visibleProperty());

        Label total = new Label();
        total.setId("roomTotal");
        total.getStyleClass().add("total-votes");
        total.setMinWidth(Region.USE_PREF_SIZE);
        total.textProperty().bind(Bindings.createStringBinding(() -> BoardHeader.totalText(model, messages),
                model.totalVotesProperty(), model.countsHiddenProperty()));
        HBox bar = new HBox(titles, turn, new TimerChip(model.presenting().timer(), messages), total);
        bar.getStyleClass().addAll("board-header", "room-header");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
