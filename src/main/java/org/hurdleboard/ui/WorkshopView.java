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
import org.hurdleboard.ui.phones.PhoneRoundModel;
import org.hurdleboard.ui.phones.PhoneScreens;
import org.hurdleboard.ui.phones.PhonesConsole;
import org.hurdleboard.ui.phones.PhonesRoomView;

/**
 * The workshop's screen on the laptop: the board, or in its place a stage (discuss, D or its
 * button; a follow-up's "Since last time", which it opens on before the room has voted) or voting
 * by phone (Ctrl+P): the console, or in presentation mode (F5) what the room sees, full screen.
 * It sits with the window rather than in {@code ui.workshop} because it joins screens that must
 * not know each other (board, discuss, since last time, phones), and they all use {@code ui.workshop}.
 */
final class WorkshopView {
    private final BoardViewModel board;
    private final DiscussModel discussion;
    private final Messages messages;
    private final BoardView boardView;
    private final SinceLastModel sinceLast;
    private final Runnable relinkPrevious;
    private final PhoneScreens phones;
    private DiscussConsole console;
    private DiscussRoomView roomView;
    private SinceLastConsole sinceLastConsole;
    private SinceLastRoomView sinceLastRoom;
    private PhonesRoomView phonesRoom;

    WorkshopView(BoardViewModel board, Stages stages, ExportViewModel export, PhoneScreens phones,
                 Messages messages, Navigator navigator, Runnable relinkPrevious) {
        this.relinkPrevious = relinkPrevious;
        this.board = board;
        this.discussion = stages.discussion();
        this.sinceLast = stages.sinceLast();
        this.phones = phones;
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
        boardView.addPhoneVoting(() -> {
            if (phones.panelShownProperty().get() || !phones.model().isRoundOpen()
                    || phones.model().stateProperty().get() != PhoneRoundModel.State.OPEN) {
                phones.open(navigator.window(), boardView::addRound);
            } else {
                phones.showPanel();
            }
        });
        discussion.activeProperty().addListener((obs, was, active) -> showStage());
        sinceLast.activeProperty().addListener((obs, was, active) -> showStage());
        phones.panelShownProperty().addListener((obs, was, shown) -> showStage());
        phones.roomShowsCodeBinding().addListener((obs, was, shown) -> showStage());
        board.presenting().presentingProperty().addListener((obs, was, presenting) -> {
            if (discussion.activeProperty().get() || sinceLast.activeProperty().get()
                    || phones.panelShownProperty().get() || phones.roomShowsCodeBinding().get()) {
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
            showPhonesOrBoard(presenting);
        } else if (presenting) {
            boardView.showInstead(roomView.root(), true, () -> { });
        } else {
            boardView.showInstead(console.root(), false, console::focus);
        }
    }

    /** While phones vote: the room sees the QR code, the facilitator the panel (until they ask for the board). */
    private void showPhonesOrBoard(boolean presenting) {
        if (presenting && phones.roomShowsCodeBinding().get()) {
            if (phonesRoom == null) {
                phonesRoom = phones.roomView();
            }
            boardView.showInstead(phonesRoom.root(), true, () -> { });
        } else if (!presenting && phones.panelShownProperty().get()) {
            PhonesConsole panel = phones.console();
            boardView.showInstead(panel.root(), false, panel::focus);
        } else {
            boardView.showBoard();
        }
    }
}
