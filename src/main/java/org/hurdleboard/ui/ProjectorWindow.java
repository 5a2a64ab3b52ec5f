package org.hurdleboard.ui;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.hurdleboard.ui.board.BoardViewModel;
import org.hurdleboard.ui.board.RoomView;
import org.hurdleboard.ui.common.Displays;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Theme;
import org.hurdleboard.ui.common.ThemeManager;
import org.hurdleboard.ui.discuss.DiscussRoomView;
import org.hurdleboard.ui.followup.SinceLastRoomView;
import org.hurdleboard.ui.phones.PhoneScreens;

/**
 * The room's window on the projector: borderless, covering its whole screen, showing only
 * {@link RoomView}. It never keeps the keyboard (a tap on an interactive whiteboard gives it
 * straight back to the facilitator's window) and never shows a dialog: those belong to the console.
 * One window and one view per board, for the life of the board: F5 hides and shows it again, so
 * taking the board off the projector and back builds nothing new (and leaves nothing listening).
 */
final class ProjectorWindow {
    private PhoneScreens phones;
    private javafx.beans.binding.BooleanBinding stageShown;
    private javafx.beans.binding.BooleanBinding codeShown;
    private final Stage console;
    private final ThemeManager themes;
    private Stage stage;
    private BoardViewModel shownModel;
    /** The facilitator took the board off the projector (F5): it stays off until F5 again. */
    private boolean wanted = true;

    ProjectorWindow(Stage console, ThemeManager themes) {
        this.console = console;
        this.themes = themes;
    }

    /**
     * Puts the board on the projector's screen, moves it when screens change, and takes it off
     * when the projector is unplugged: the workshop carries on in the console, where F5 presents.
     */
    void place(BoardViewModel board, Stages stages, Messages messages, Displays displays) {
        Optional<Rectangle2D> screen = board == null ? Optional.empty() : screenFor(board, displays);
        if (board != null) {
            board.presenting().screens().setAll(displays.screens());
        }
        if (screen.isPresent() && wanted) {
            show(board, stages, messages, screen.get());
        } else {
            close();
        }
        if (board != null) {
            board.presenting().projectorShownProperty().set(isShown());
            if (!isShown()) {
                board.presenting().projectorBlankedProperty().set(false);
            }
        }
    }

    /** F5 with a projector plugged in: the board off it, or back on; false when there is none to use. */
    boolean toggle(BoardViewModel board, Stages stages, Messages messages, Displays displays) {
        if (screenFor(board, displays).isEmpty()) {
            return false;
        }
        wanted = !isShown();
        place(board, stages, messages, displays);
        return true;
    }

    /** Another screen was chosen for the projector: the board goes there even if F5 took it off. */
    void want() {
        wanted = true;
    }

    private static Optional<Rectangle2D> screenFor(BoardViewModel board, Displays displays) {
        return Displays.projectorScreen(displays.screens(), displays.primary(),
                board.presenting().projectorScreenProperty().get());
    }

    boolean isShown() {
        return stage != null && stage.isShowing();
    }

    /** Shows the board on the screen with these bounds, or moves it there if it is already up. */
    void show(BoardViewModel model, Stages stages, Messages messages, Rectangle2D screen) {
        if (stage != null && shownModel != model) {
            forget();
        }
        if (stage == null) {
            stage = create(model, stages, messages);
            shownModel = model;
        }
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
        if (!stage.isShowing()) {
            stage.show();
            console.requestFocus();
        }
    }

    private Stage create(BoardViewModel model, Stages stages, Messages messages) {
        Region black = new StackPane();
        black.setId("projectorBlank");
        black.getStyleClass().add("blank-screen");
        black.visibleProperty().bind(model.presenting().projectorBlankedProperty());
        // the stage the room sees in the board's place: "Since last time" while it is up, else the
        // QR code while phones vote (and nobody is discussing), else discuss
        javafx.scene.Node discussing = new DiscussRoomView(stages.discussion(), messages).root();
        javafx.scene.Node sinceLast = new SinceLastRoomView(stages.sinceLast(), messages).root();
        sinceLast.visibleProperty().bind(stages.sinceLast().activeProperty());
        StackPane roomStage = new StackPane(discussing, sinceLast);
        if (phones == null) {
            discussing.visibleProperty().bind(stages.sinceLast().activeProperty().not());
            stageShown = stages.anyActive();
        } else {
            javafx.scene.Node code = phones.roomView().root();
            // held by the window: a binding only its listeners know of may be collected and fall silent
            codeShown = phones.roomShowsCodeBinding().and(stages.anyActive().not());
            code.visibleProperty().bind(codeShown);
            discussing.visibleProperty().bind(stages.sinceLast().activeProperty().not().and(codeShown.not()));
            roomStage.getChildren().add(code);
            stageShown = stages.anyActive().or(phones.roomShowsCodeBinding());
        }
        StackPane root = new StackPane(new RoomView(model, messages, roomStage, stageShown).root(), black);
        root.setId("projectorRoot");
        root.setMouseTransparent(true);
        Scene scene = new Scene(root);
        themes.style(scene);
        Stage window = new Stage(StageStyle.UNDECORATED);
        window.initOwner(console);
        window.setTitle(messages.get("projector.windowTitle"));
        window.getIcons().setAll(Theme.icons());
        window.setScene(scene);
        window.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                console.requestFocus();
            }
        });
        return window;
    }

    /** Voting by phone on the workshop shown next: the room sees its QR code while phones can vote. */
    void usePhones(PhoneScreens phones) {
        this.phones = phones;
    }

    /** Takes the board off the projector; F5 brings the same window back. */
    void close() {
        if (stage != null) {
            stage.hide();
        }
    }

    /** The board is gone: so are its window and view. */
    void forget() {
        if (stage != null) {
            stage.close();
            stage = null;
            shownModel = null;
        }
    }
}
