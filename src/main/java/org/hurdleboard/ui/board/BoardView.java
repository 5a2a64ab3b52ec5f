package org.hurdleboard.ui.board;

import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.Card;
import org.hurdleboard.settings.UserSettings;
import org.hurdleboard.ui.board.BoardNavigation.Direction;
import org.hurdleboard.ui.common.InitialFocus;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;
import org.hurdleboard.ui.common.Shortcut;

/**
 * The board screen: the workshop's header, every card grouped by category and sized to fill the
 * screen, and the selected card shown large at the bottom. Keyboard first: arrows move, + and -
 * vote, digits type a count.
 */
public final class BoardView {
    private final BoardViewModel model;
    private final ExportViewModel export;
    private final Messages messages;
    private final Navigator navigator;
    private final BorderPane root = new BorderPane();
    private final BorderPane middle = new BorderPane();
    private final BoardGrid grid;
    private final Spotlight spotlight;
    private final VotingBar votingBar;
    private final WallEntry wallEntry;
    private final RankView rankView;
    private final StageTimer timer;
    private BoardHeader header;
    private VBox bottom;
    /** D: the workshop's next stage, when the screen holding this board offers one. */
    private Runnable nextStage = () -> { };
    /** Ctrl+P: voting by phone, when the screen holding this board offers it. */
    private Runnable phoneVoting = () -> { };
    /** Puts the keyboard on the stage shown in the board's place, if any. */
    private Runnable stageFocus = () -> { };

    public BoardView(BoardViewModel model, ExportViewModel export, Messages messages, Navigator navigator) {
        this.model = model;
        this.export = export;
        this.messages = messages;
        this.navigator = navigator;
        this.timer = model.presenting().timer();
        this.grid = new BoardGrid(model, messages, Audience.FACILITATOR);
        this.spotlight = new Spotlight(model, messages, this::focusSelected, Audience.FACILITATOR);
        this.wallEntry = new WallEntry(model, messages, this::focusSelected);
        this.votingBar = new VotingBar(model, messages, navigator, wallEntry::open);
        this.rankView = new RankView(model, messages, Audience.FACILITATOR);
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("board-screen");
        header = new BoardHeader(model, export, timer, messages, navigator);
        root.setTop(header);
        HBox columnsBox = grid.columns();
        columnsBox.setId("board");
        columnsBox.setAccessibleRole(AccessibleRole.PARENT);
        columnsBox.setAccessibleHelp(messages.get("board.keys"));
        columnsBox.addEventHandler(KeyEvent.KEY_PRESSED, this::onBoardKey);
        columnsBox.addEventHandler(KeyEvent.KEY_TYPED, this::onBoardCharacter);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onShortcut);
        // a click on the board's background focuses the scroll pane; the keys belong to the selected card
        grid.node().focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                focusSelected();
            }
        });
        middle.setCenter(grid.node());
        middle.setRight(votingBar);
        root.setCenter(middle);
        bottom = new VBox(wallEntry, spotlight);
        root.setBottom(bottom);
        votingBar.viewProperty().addListener((obs, old, view) -> showView(view));
        root.heightProperty().addListener((obs, old, height) -> spotlight.fitTo(height.doubleValue()));
        model.selectedProperty().addListener((obs, old, card) -> {
            if (card != null) {
                grid.scrollIntoView(card.number());
            }
        });
        InitialFocus.whenShown(grid.tile(grid.navigation().first()));
        BoardFocus.keep(root, this::focusBoard);
    }

    /**
     * The workshop's next stage (the discuss stage), offered by the screen that holds the board:
     * its button and D start it; its form for a card of the room's own sits above the spotlight.
     */
    public void addStage(Runnable start, Node addCardForm, Runnable openAddCardForm) {
        nextStage = start;
        votingBar.addStageButtons(start, openAddCardForm);
        bottom.getChildren().add(1, addCardForm);
    }

    /** Add a round… from elsewhere than the round menu: true once one is added. */
    public boolean addRound() {
        return new RoundDialog(messages, model.voting(), navigator.dialogs()).addNew(navigator.window());
    }

    /** Vote from phones… (Ctrl+P), offered by the screen that holds the board, first in the Workshop menu. */
    public void addPhoneVoting(Runnable open) {
        phoneVoting = open;
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(messages.get("phones.menu"));
        item.setId("votePhones");
        item.setAccelerator(Shortcut.PHONES.combination());
        item.setOnAction(event -> open.run());
        item.setDisable(!model.canChange());
        header.addFirstToWorkshopMenu(item);
    }

    /** A follow-up's "Since last time" stage, offered beside the discuss stage. */
    public void addFollowUpStage(Runnable start) {
        votingBar.addFollowUpButton(start);
    }

    /**
     * Another stage takes the board's place; the header goes too when the room sees this screen.
     * {@code focus} puts the keyboard on it, now and whenever a dialog or overlay over it closes.
     */
    public void showInstead(Node stage, boolean hideHeader, Runnable focus) {
        stageFocus = focus;
        header.setVisible(!hideHeader);
        header.setManaged(header.isVisible());
        root.setCenter(stage);
        root.setBottom(null);
        focus.run();
    }

    /** The board back in its place, with the keys on the selected card. */
    public void showBoard() {
        header.setVisible(true);
        header.setManaged(true);
        root.setCenter(middle);
        root.setBottom(bottom);
        // after the scene has moved the focus off the stage that left it
        javafx.application.Platform.runLater(this::focusSelected);
    }

    /** Selects a card (such as one the room just added) and puts the keys on it. */
    public void selectAndFocus(Card card) {
        model.select(card);
        focusSelected();
    }

    /** The board (plain or as a heat map) or the ranking, in the middle of the screen. */
    private void showView(VotingBar.View view) {
        model.heatViewProperty().set(view == VotingBar.View.HEAT);
        boolean ranking = view == VotingBar.View.RANKING;
        model.rankingViewProperty().set(ranking);
        rankView.setVisible(ranking);
        middle.setCenter(ranking ? rankView : grid.node());
        focusBoard();
    }

    /**
     * Where the keyboard goes whenever a view, dialog or overlay closes: the selected card (or the
     * first), the ranking in its view, or the discuss console while it is up; never a header button.
     */
    private void focusBoard() {
        if (root.getScene() == null) {
            return;
        }
        if (root.getCenter() != middle) {
            stageFocus.run();
        } else if (model.rankingViewProperty().get()) {
            rankView.focusList();
        } else if (model.selectedProperty().get() != null) {
            focusSelected();
        } else {
            grid.tile(grid.navigation().first()).requestFocus();
        }
    }

    /** Undo and redo from anywhere on the board; a text field being typed in keeps its own undo. */
    private void onShortcut(KeyEvent event) {
        Optional<Shortcut> shortcut = Shortcut.of(event, Shortcut.UNDO, Shortcut.REDO, Shortcut.SAVE_COPY,
                Shortcut.REVEAL_ALL, Shortcut.WALL_ENTRY, Shortcut.BOARD_VIEW, Shortcut.RANKING_VIEW,
                Shortcut.HEAT_VIEW, Shortcut.HIDE_STRIP, Shortcut.BIGGER_TEXT, Shortcut.SMALLER_TEXT, Shortcut.PHONES);
        if (shortcut.isEmpty()) {
            return;
        }
        switch (shortcut.get()) {
            case UNDO -> model.undo();
            case REDO -> model.redo();
            case SAVE_COPY -> navigator.saveCopy(model::reportProblem);
            case REVEAL_ALL -> model.voting().revealAll();
            case WALL_ENTRY -> {
                if (model.voting().dotRoundProperty().get()) {
                    return;
                }
                wallEntry.open();
            }
            case BOARD_VIEW -> votingBar.show(VotingBar.View.BOARD);
            case RANKING_VIEW -> votingBar.show(VotingBar.View.RANKING);
            case HEAT_VIEW -> votingBar.show(VotingBar.View.HEAT);
            case HIDE_STRIP -> {
                if (!model.presenting().presentingProperty().get()) {
                    return;
                }
                model.presenting().presentStripHiddenProperty().set(!model.presenting().presentStripHiddenProperty().get());
            }
            case PHONES -> phoneVoting.run();
            case BIGGER_TEXT -> changeTextSize(1);
            case SMALLER_TEXT -> changeTextSize(-1);
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** One step up or down the text sizes offered, stopping at the ends. */
    private void changeTextSize(int steps) {
        int[] sizes = UserSettings.TEXT_SIZES;
        long now = Math.round(model.presenting().textScaleProperty().get() * 100);
        int index = 0;
        while (index < sizes.length - 1 && sizes[index] < now) {
            index++;
        }
        int next = Math.max(0, Math.min(sizes.length - 1, index + steps));
        model.presenting().textScaleProperty().set(sizes[next] / 100.0);
    }

    /** Moves and Enter, by key. */
    private void onBoardKey(KeyEvent event) {
        if (!(event.getTarget() instanceof CardTile tile) || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        Optional<Shortcut> shortcut = Shortcut.of(event, Shortcut.MOVE_UP, Shortcut.MOVE_DOWN, Shortcut.MOVE_LEFT,
                Shortcut.MOVE_RIGHT, Shortcut.ENTER, Shortcut.CANCEL_NUMBER, Shortcut.ERASE_DIGIT, Shortcut.PLACE_DOT);
        if (shortcut.isEmpty()) {
            return;
        }
        switch (shortcut.get()) {
            case MOVE_UP -> move(tile, Direction.UP);
            case MOVE_DOWN -> move(tile, Direction.DOWN);
            case MOVE_LEFT -> move(tile, Direction.LEFT);
            case MOVE_RIGHT -> move(tile, Direction.RIGHT);
            case ENTER -> enter();
            case CANCEL_NUMBER, ERASE_DIGIT -> {
                if (!model.voting().isTypingCard()) {
                    return;
                }
                if (shortcut.get() == Shortcut.CANCEL_NUMBER) {
                    model.voting().clearTyped();
                } else {
                    model.voting().eraseDigit();
                }
            }
            case PLACE_DOT -> {
                if (!model.voting().dotRoundProperty().get()) {
                    return;
                }
                model.addVote();
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    /**
     * Votes and counts, by the character typed, so + and digits work on every keyboard layout and
     * on the number pad.
     */
    private void onBoardCharacter(KeyEvent event) {
        if (!(event.getTarget() instanceof CardTile) || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        Optional<Shortcut> shortcut = Shortcut.of(event, Shortcut.ADD_VOTE, Shortcut.REMOVE_VOTE,
                Shortcut.TYPE_NUMBER, Shortcut.REVEAL_CARD, Shortcut.REVEAL_CATEGORY, Shortcut.CYCLE_STATUS,
                Shortcut.TIMER, Shortcut.ADD_MINUTE, Shortcut.PEEK, Shortcut.DISCUSS);
        if (shortcut.isEmpty()) {
            return;
        }
        boolean typingCard = model.voting().isTypingCard();
        switch (shortcut.get()) {
            case ADD_VOTE -> {
                if (typingCard) {
                    model.voting().takeTypedDot();
                } else {
                    model.addVote();
                }
            }
            case REMOVE_VOTE -> {
                if (typingCard) {
                    model.voting().returnTypedDot();
                } else {
                    model.removeVote();
                }
            }
            case TYPE_NUMBER -> {
                if (model.voting().dotRoundProperty().get()) {
                    model.voting().typeDigit(event.getCharacter().charAt(0));
                } else {
                    spotlight.startTyping(event.getCharacter());
                }
            }
            case REVEAL_CARD -> model.voting().revealCard();
            case REVEAL_CATEGORY -> model.voting().revealCategory();
            case CYCLE_STATUS -> model.voting().cycleStatus();
            case TIMER -> timer.startOrPause();
            case ADD_MINUTE -> timer.addMinute();
            case PEEK -> {
                if (!model.presenting().projectorShownProperty().get()) {
                    return;
                }
                model.presenting().peekHiddenProperty().set(!model.presenting().peekHiddenProperty().get());
            }
            case DISCUSS -> nextStage.run();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /**
     * In a dot vote Enter places a dot on the card whose number was typed, or with nothing typed
     * passes to the next participant; in a tally it starts typing a count.
     */
    private void enter() {
        if (model.voting().isTypingCard()) {
            model.voting().takeTypedDot();
        } else if (model.voting().dotRoundProperty().get()) {
            model.voting().pass();
        } else {
            spotlight.focusCount();
        }
    }

    private void move(CardTile from, Direction direction) {
        grid.tile(grid.navigation().move(from.card().number(), direction)).requestFocus();
    }

    private void focusSelected() {
        Card card = model.selectedProperty().get();
        CardTile tile = card == null ? null : grid.tile(card.number());
        if (tile != null) {
            tile.requestFocus();
        }
    }
}
