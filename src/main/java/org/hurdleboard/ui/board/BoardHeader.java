package org.hurdleboard.ui.board;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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

    BoardHeader(BoardViewModel model, ExportViewModel export, Messages messages, Navigator navigator) {
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

        HBox bar = new HBox(titles, total, saved, exportButton(export, messages, navigator), fullScreen, close);
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
        getChildren().addAll(bar, problem, exportStatus(export));
    }

    /** "Export report…" (Ctrl+E): asks format and place, then writes the report in the background. */
    private Button exportButton(ExportViewModel export, Messages messages, Navigator navigator) {
        Button button = new Button(messages.get("board.export"));
        button.setId("exportReport");
        button.setAccessibleHelp(messages.get("board.export.help"));
        button.disableProperty().bind(export.busyProperty());
        button.setOnAction(event -> new ExportDialog(messages, export).ask(navigator.window())
                .ifPresent(choice -> export.export(choice.format(), choice.file())));
        KeyCombination shortcut = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
        Runnable fire = button::fire;
        // the window's one scene outlives the board: the shortcut goes when the board does
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null && old.getAccelerators().get(shortcut) == fire) {
                old.getAccelerators().remove(shortcut);
            }
            if (scene != null) {
                scene.getAccelerators().put(shortcut, fire);
            }
        });
        return button;
    }

    /** Where the last export went, or in red why it failed. */
    private static Label exportStatus(ExportViewModel export) {
        Label status = new Label();
        status.setId("exportStatus");
        status.getStyleClass().add("export-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(export.statusProperty());
        status.visibleProperty().bind(export.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        export.failedProperty().addListener((obs, was, failed) -> status.pseudoClassStateChanged(FAILED, failed));
        return status;
    }

    private static String orDash(String text) {
        return text.isBlank() ? "\u2013" : text;
    }
}
