package org.hurdleboard.ui;

import javafx.scene.Parent;
import org.hurdleboard.ui.board.BoardView;
import org.hurdleboard.ui.board.BoardViewModel;
import org.hurdleboard.ui.board.ExportViewModel;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;
import org.hurdleboard.ui.discuss.DiscussConsole;
import org.hurdleboard.ui.discuss.DiscussModel;
import org.hurdleboard.ui.discuss.DiscussRoomView;
import org.hurdleboard.ui.discuss.RoomCardForm;
import org.hurdleboard.ui.followup.SinceLastConsole;
import org.hurdleboard.ui.followup.SinceLastModel;
import org.hurdleboard.ui.followup.SinceLastRoomView;

/**
 * The workshop's screen on the laptop: the board, or in its place a stage (discuss, D or its
 * button; a follow-up's "Since last time", which it opens on before the room has voted): the
 * console, or in presentation mode (F5) what the room sees, full screen. It sits
 * with the window rather than in {@code ui.workshop} because it joins two screens that must not
 * know each other (board and discuss), and both of those use {@code ui.workshop}.
 */
final class WorkshopView {
    private final BoardViewModel board;
    private final DiscussModel discussion;
    private final Messages messages;
    private final BoardView boardView;
    private final SinceLastModel sinceLast;
    private final Runnable relinkPrevious;
    private DiscussConsole console;
    private DiscussRoomView roomView;
    private SinceLastConsole sinceLastConsole;
    private SinceLastRoomView sinceLastRoom;

    WorkshopView(BoardViewModel board, Stages stages, ExportViewModel export, Messages messages,
                 Navigator navigator, Runnable relinkPrevious) {
        this.relinkPrevious = relinkPrevious;
        this.board = board;
        this.discussion = stages.discussion();
        this.sinceLast = stages.sinceLast();
        this.messages = messages;
        boardView = new BoardView(board, export, messages, navigator);
        RoomCardForm roomCardForm = new RoomCardForm(discussion, messages, boardView::selectAndFocus);
        boardView.addStage(() -> {
            sinceLast.stop();
            discussion.start();
        }, roomCardForm, roomCardForm::open);
        if (sinceLast.isFollowUp()) {
            boardView.addFollowUpStage(() -> {
                discussion.stop();
                sinceLast.start();
            });
        }
        discussion.activeProperty().addListener((obs, was, active) -> showStage());
        sinceLast.activeProperty().addListener((obs, was, active) -> showStage());
        board.presenting().presentingProperty().addListener((obs, was, presenting) -> {
            if (discussion.activeProperty().get() || sinceLast.activeProperty().get()) {
                showStage();
            }
        });
        if (sinceLast.opensFirst()) {
            sinceLast.start();
        }
    }

    Parent root() {
        return boardView.root();
    }

    private void showStage() {
        boolean presenting = board.presenting().presentingProperty().get();
        if (sinceLast.activeProperty().get()) {
            if (sinceLastConsole == null) {
                sinceLastConsole = new SinceLastConsole(sinceLast, messages, board.workshop()::undo,
                        board.workshop()::redo, relinkPrevious);
                sinceLastRoom = new SinceLastRoomView(sinceLast, messages);
            }
            if (presenting) {
                boardView.showInstead(sinceLastRoom.root(), true, () -> { });
            } else {
                boardView.showInstead(sinceLastConsole.root(), false, sinceLastConsole::focus);
            }
            return;
        }
        boolean discussing = discussion.activeProperty().get();
        if (discussing && console == null) {
            console = new DiscussConsole(discussion, messages);
            roomView = new DiscussRoomView(discussion, messages);
        }
        if (!discussing) {
            boardView.showBoard();
        } else if (presenting) {
            boardView.showInstead(roomView.root(), true, () -> { });
        } else {
            boardView.showInstead(console.root(), false, console::focus);
        }
    }
}
