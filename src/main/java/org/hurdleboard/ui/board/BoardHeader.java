package org.hurdleboard.ui.board;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.workshop.WorkshopModel;
import org.hurdleboard.ui.common.Navigator;
import org.hurdleboard.ui.common.Shortcut;
import org.hurdleboard.ui.wallkit.WallKitDialog;

/**
 * The strip above the board: which workshop this is, the total votes, whether everything is
 * saved, undo and redo; and, when a write has failed or the file is read-only, a banner that says
 * so in plain words with "Save a copy…" beside it.
 */
final class BoardHeader extends VBox {
    private MenuButton workshopMenu;
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final Messages messages;

    BoardHeader(BoardViewModel model, ExportViewModel export, StageTimer timer, Messages messages,
                Navigator navigator) {
        this.messages = messages;
        SessionDetails details = model.details();
        Label title = new Label(details.title());
        title.setId("sessionTitle");
        title.getStyleClass().add("session-title");
        // a narrow screen cuts a long title short; the tooltip has it whole
        title.setTooltip(new Tooltip(details.title()));
        String date = details.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(messages.locale()));
        String allDetails = messages.get("board.details", orDash(details.team()), date, model.deck().title());
        Label subtitle = new Label(allDetails);
        subtitle.setId("sessionDetails");
        subtitle.getStyleClass().add("session-details");
        subtitle.setTooltip(new Tooltip(allDetails));
        showWhatFits(subtitle, allDetails, messages.get("board.details.short", orDash(details.team()), date),
                orDash(details.team()));
        VBox titles = new VBox(title, subtitle);
        // the workshop's name keeps a few words however much the header holds (peeking, Welsh)
        titles.getStyleClass().add("session-titles");
        HBox.setHgrow(titles, Priority.ALWAYS);

        Label total = new Label();
        total.setId("totalVotes");
        total.getStyleClass().add("total-votes");
        total.setMinWidth(Region.USE_PREF_SIZE);
        total.textProperty().bind(Bindings.createStringBinding(() -> totalText(model, messages), model.totalVotesProperty(),
                model.countsHiddenProperty()));
        Label saved = new Label();
        saved.setId("saveStatus");
        saved.getStyleClass().add("save-status");
        saved.setMinWidth(Region.USE_PREF_SIZE);
        // as wide as its longest state, so a vote's "Saving..." moves nothing else in the header
        reserveWidthFor(saved, messages.get("board.saved"), messages.get("board.saving"),
                messages.get("board.saveFailed.short"), messages.get("board.readOnly.short"));
        saved.textProperty().bind(Bindings.createStringBinding(() -> switch (model.saveStateProperty().get()) {
            case SAVED -> messages.get("board.saved");
            case SAVING -> messages.get("board.saving");
            case FAILED -> messages.get("board.saveFailed.short");
            case READ_ONLY -> messages.get("board.readOnly.short");
        }, model.saveStateProperty()));
        saved.pseudoClassStateChanged(FAILED, model.isReadOnly());
        model.saveStateProperty().addListener((obs, old, state) -> saved.pseudoClassStateChanged(
                FAILED, state == WorkshopModel.SaveState.FAILED || state == WorkshopModel.SaveState.READ_ONLY));

        Button undo = button("board.undo", "undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("board.redo", "redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        MenuButton workshop = workshopMenu(model, export, navigator, timer);
        workshopMenu = workshop;

        Button close = button("board.close", "closeWorkshop", navigator::closeSession);

        Button exportReport = exportButton(export, messages, navigator);
        HeaderBar bar = new HeaderBar(titles, projectorState(model), new TimerChip(timer, messages), total,
                new PresentStrip(model, timer, messages, navigator), saved, undo, redo, exportReport, workshop, close);
        for (Node control : List.of(saved, workshop)) {
            hideWhilePresenting(control, model);
        }
        foldIntoWorkshopMenu(bar, model, List.of(close, exportReport, redo, undo));
        bar.getStyleClass().add("board-header");
        bar.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("saveError");
        problem.textProperty().bind(model.saveErrorProperty());
        HBox problemBanner = banner(problem, "saveCopyAfterFailure", navigator, model);
        problemBanner.visibleProperty().bind(model.saveErrorProperty().isNotEmpty());
        problemBanner.managedProperty().bind(problemBanner.visibleProperty());
        getChildren().add(bar);
        if (model.isReadOnly()) {
            Label readOnly = new Label(messages.get("board.readOnly", model.fileName()));
            readOnly.setId("readOnlyBanner");
            getChildren().add(banner(readOnly, "saveCopyReadOnly", navigator, model));
        }
        Label notice = new Label();
        notice.setId("workshopNotice");
        notice.getStyleClass().add("workshop-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.textProperty().bind(model.workshop().noticeProperty());
        // the facilitator's to read, never the room's
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty()
                .and(model.presenting().presentingProperty().not()));
        notice.managedProperty().bind(notice.visibleProperty());
        getChildren().addAll(problemBanner, notice, exportStatus(export));
    }

    /** "On the projector" or "Projector blanked": the facilitator sees what the room sees, without looking up. */
    private Label projectorState(BoardViewModel model) {
        Label state = new Label();
        state.setId("projectorState");
        state.getStyleClass().add("projector-state");
        // two short lines rather than one that squeezes the workshop's title down to "…"
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        state.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                        model.presenting().projectorBlankedProperty().get() ? "room.blanked"
                                : model.presenting().isPeeking() ? "room.onProjector.peek" : "room.onProjector"),
                model.presenting().projectorBlankedProperty(), model.presenting().peekHiddenProperty(), model.presenting().projectorShownProperty()));
        state.visibleProperty().bind(model.presenting().projectorShownProperty());
        state.managedProperty().bind(state.visibleProperty());
        model.presenting().projectorBlankedProperty().addListener((obs, was, blanked) -> state.pseudoClassStateChanged(FAILED,
                blanked));
        return state;
    }

    /**
     * The buttons that fold first into the Workshop menu (in this order) when the window is too
     * narrow for the whole header, each then an item at the menu's end that does what it does.
     */
    private void foldIntoWorkshopMenu(HeaderBar bar, BoardViewModel model, List<Button> foldFirstToLast) {
        SeparatorMenuItem separator = new SeparatorMenuItem();
        workshopMenu.getItems().add(separator);
        List<MenuItem> items = new ArrayList<>();
        for (Button button : foldFirstToLast) {
            MenuItem item = new MenuItem(button.getText());
            item.setId(button.getId() + "InMenu");
            item.disableProperty().bind(button.disableProperty());
            item.setOnAction(event -> button.fire());
            bar.foldable(button, item, model.presenting().presentingProperty().not());
            items.add(0, item);
        }
        workshopMenu.getItems().addAll(items);
        separator.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> items.stream().anyMatch(MenuItem::isVisible),
                items.stream().map(MenuItem::visibleProperty).toArray(javafx.beans.Observable[]::new)));
    }

    /** Keeps a label as wide as the widest of its texts, whichever it shows. */
    private static void reserveWidthFor(Label label, String... texts) {
        Runnable reserve = () -> {
            double widest = 0;
            for (String text : texts) {
                widest = Math.max(widest, widthOf(text, label.getFont()));
            }
            label.setPrefWidth(Math.ceil(widest + label.getInsets().getLeft() + label.getInsets().getRight()));
        };
        label.fontProperty().addListener((obs, old, font) -> reserve.run());
        label.insetsProperty().addListener((obs, old, insets) -> reserve.run());
        reserve.run();
    }

    private static void hideWhilePresenting(Node control, BoardViewModel model) {
        control.visibleProperty().bind(model.presenting().presentingProperty().not());
        control.managedProperty().bind(control.visibleProperty());
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setAccessibleHelp(messages.get(key + ".help"));
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Puts an item first in the Workshop menu: for what the screen holding the board adds (voting by phone). */
    void addFirstToWorkshopMenu(MenuItem item) {
        workshopMenu.getItems().add(0, item);
    }

    /** Copies, backups and the wall kit to print: kept out of the way of the board. */
    private MenuButton workshopMenu(BoardViewModel model, ExportViewModel export, Navigator navigator,
                                    StageTimer timer) {
        MenuItem saveCopy = new MenuItem(messages.get("board.saveCopy"));
        saveCopy.setId("saveCopy");
        saveCopy.setAccelerator(Shortcut.SAVE_COPY.combination());
        saveCopy.setOnAction(event -> navigator.saveCopy(model::reportProblem));
        MenuItem restore = new MenuItem(messages.get("board.restoreBackup"));
        restore.setId("restoreBackup");
        restore.setOnAction(event -> navigator.restoreBackup(model::reportProblem));
        // in the menu rather than the header, which leaves the workshop's title room at 1280x720
        MenuItem fullScreen = new MenuItem(messages.get("board.fullScreen"));
        fullScreen.setId("fullScreen");
        fullScreen.setOnAction(event -> navigator.toggleFullScreen());
        MenuItem wallKit = new MenuItem(messages.get("wallkit.menu"));
        wallKit.setId("printWallKit");
        wallKit.setOnAction(event -> new WallKitDialog(export.wallKit(), messages, navigator.dialogs()).show(navigator.window()));
        MenuItem theme = new MenuItem(messages.get("board.switchTheme"));
        theme.setId("switchTheme");
        theme.setOnAction(event -> navigator.toggleTheme());
        MenuButton menu = new MenuButton(messages.get("board.workshopMenu"), null, saveCopy, restore, wallKit,
                new SeparatorMenuItem(), timerMenu(timer), new RoomMenu(model, messages, navigator), fullScreen,
                theme);
        menu.setId("workshopMenu");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.setAccessibleHelp(messages.get("board.workshopMenu.help"));
        return menu;
    }

    /** Set, start, pause, add a minute, clear: also T and M on the board. */
    private Menu timerMenu(StageTimer timer) {
        Menu menu = new Menu(messages.get("timer.menu"));
        menu.setId("timerMenu");
        for (int minutes : new int[] {5, 10, 15, 20}) {
            MenuItem set = new MenuItem(messages.get("timer.set", minutes));
            set.setId("timerSet" + minutes);
            set.setOnAction(event -> timer.set(minutes));
            menu.getItems().add(set);
        }
        MenuItem start = new MenuItem(messages.get("timer.startOrPause"));
        start.setId("timerStart");
        start.setOnAction(event -> timer.startOrPause());
        MenuItem more = new MenuItem(messages.get("timer.addMinute"));
        more.setId("timerAddMinute");
        more.setOnAction(event -> timer.addMinute());
        MenuItem clear = new MenuItem(messages.get("timer.clear"));
        clear.setId("timerClear");
        clear.setOnAction(event -> timer.clear());
        menu.getItems().addAll(new SeparatorMenuItem(), start, more, clear);
        return menu;
    }

    /** A strip across the board that says what is wrong, with the way out beside it. */
    private HBox banner(Label text, String buttonId, Navigator navigator, BoardViewModel model) {
        text.getStyleClass().add("save-error-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button saveCopy = button("board.saveCopy", buttonId, () -> navigator.saveCopy(model::reportProblem));
        HBox banner = new HBox(text, saveCopy);
        banner.getStyleClass().add("save-error-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        return banner;
    }

    /** "Export report…" (Ctrl+E): asks format and place, then writes the report in the background. */
    private Button exportButton(ExportViewModel export, Messages messages, Navigator navigator) {
        Button button = new Button(messages.get("board.export"));
        button.setId("exportReport");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setAccessibleHelp(messages.get("board.export.help"));
        button.disableProperty().bind(export.busyProperty());
        button.setOnAction(event -> new ExportDialog(messages, export, navigator.dialogs()).ask(navigator.window())
                .ifPresent(choice -> export.export(choice.format(), choice.file(), choice.language())));
        KeyCombination shortcut = Shortcut.EXPORT.combination();
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

    /** The total, or while counts are hidden only that they are: even the total would hint how the vote goes. */
    static String totalText(BoardViewModel model, Messages messages) {
        if (model.countsHiddenProperty().get()) {
            return messages.get("vote.totalHidden");
        }
        int total = model.totalVotesProperty().get();
        return total == 1 ? messages.get("board.totalVotes.one") : messages.get("board.totalVotes", total);
    }

    /**
     * The longest of the lines that fits: all the details, or without the deck's name (the room knows
     * which deck it votes on), or the team alone (the room knows the day), rather than a line that
     * ends in "..." at 1280x720 or in Welsh; the tooltip has it all.
     */
    private static void showWhatFits(Label label, String... longestFirst) {
        // as wide as the header leaves it, whichever text it shows, so a wider window brings the whole line back
        label.setMaxWidth(Double.MAX_VALUE);
        Runnable fit = () -> {
            double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
            if (room <= 0) {
                return;
            }
            for (String text : longestFirst) {
                // whole pixels: a label that rounds its width down by a fraction would still cut it
                if (Math.ceil(widthOf(text, label.getFont())) <= Math.floor(room)) {
                    label.setText(text);
                    return;
                }
            }
            label.setText(longestFirst[longestFirst.length - 1]);
        };
        label.widthProperty().addListener((obs, old, now) -> fit.run());
        label.fontProperty().addListener((obs, old, now) -> fit.run());
    }

    /** How wide a line of text is in a font, unwrapped. */
    private static double widthOf(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    private static String orDash(String text) {
        return text.isBlank() ? "\u2013" : text;
    }
}
