package org.hurdleboard.ui.board;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;

/**
 * The strip above the board: which workshop this is, the total votes, whether everything is
 * saved, and, when a write has failed, a banner that says so in plain words.
 */
final class BoardHeader extends VBox {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    BoardHeader(BoardViewModel model, Messages messages, Navigator navigator) {
        SessionDetails details = model.details();
        Label title = new Label(details.title());
        title.setId("sessionTitle");
        title.getStyleClass().add("session-title");
        String date = details.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(messages.locale()));
        Label subtitle = new Label(messages.get("board.details", orDash(details.team()), date, model.deck().title()));
        subtitle.getStyleClass().add("session-details");
        VBox titles = new VBox(title, subtitle);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);

        Label total = new Label();
        total.setId("totalVotes");
        total.getStyleClass().add("total-votes");
        total.setMinWidth(Region.USE_PREF_SIZE);
        total.textProperty().bind(Bindings.createStringBinding(() -> model.totalVotesProperty().get() == 1
                ? messages.get("board.totalVotes.one")
                : messages.get("board.totalVotes", model.totalVotesProperty().get()), model.totalVotesProperty()));
        Label saved = new Label();
        saved.setId("saveStatus");
        saved.getStyleClass().add("save-status");
        saved.setMinWidth(Region.USE_PREF_SIZE);
        saved.textProperty().bind(Bindings.createStringBinding(() -> switch (model.saveStateProperty().get()) {
            case SAVED -> messages.get("board.saved");
            case SAVING -> messages.get("board.saving");
            case FAILED -> messages.get("board.saveFailed.short");
        }, model.saveStateProperty()));
        model.saveStateProperty().addListener((obs, old, state) -> saved.pseudoClassStateChanged(
                FAILED, state == BoardViewModel.SaveState.FAILED));

        Button fullScreen = new Button(messages.get("board.fullScreen"));
        fullScreen.setId("fullScreen");
        fullScreen.setAccessibleHelp(messages.get("board.fullScreen.help"));
        fullScreen.setOnAction(event -> navigator.toggleFullScreen());
        Button close = new Button(messages.get("board.close"));
        close.setId("closeWorkshop");
        close.setAccessibleHelp(messages.get("board.close.help"));
        close.setOnAction(event -> navigator.closeSession());

        HBox bar = new HBox(titles, total, saved, fullScreen, close);
        bar.getStyleClass().add("board-header");
        bar.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("saveError");
        problem.getStyleClass().add("save-error-banner");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.saveErrorProperty());
        problem.visibleProperty().bind(model.saveErrorProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        getChildren().addAll(bar, problem);
    }

    private static String orDash(String text) {
        return text.isBlank() ? "\u2013" : text;
    }
}
