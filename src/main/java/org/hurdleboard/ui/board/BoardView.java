package org.hurdleboard.ui.board;

import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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

/**
 * The board screen: the workshop's header, every card grouped by category and sized to fill the
 * screen, and the selected card shown large at the bottom. Keyboard first: arrows move, + and -
 * vote, digits type a count.
 */
public final class BoardView {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_SHIFTED = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination SAVE_COPY = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REVEAL_ALL = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination WALL_ENTRY = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination BOARD_VIEW = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RANKING_VIEW = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);
    static final List<KeyCombination> BIGGER_TEXT = List.of(
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    static final List<KeyCombination> SMALLER_TEXT = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));
    static final KeyCombination HIDE_STRIP = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination HEAT_VIEW = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);

    private final BoardViewModel model;
    private final ExportViewModel export;
    private final Messages messages;
    private final Navigator navigator;
    private final BorderPane root = new BorderPane();
    private final BorderPane middle = new BorderPane();
    /** Where the keys go while another stage holds the board's place. */
    private Runnable focusStage = () -> { };
    private final BoardGrid grid;
    private final Spotlight spotlight;
    private final VotingBar votingBar;
    private final WallEntry wallEntry;
    private final RankView rankView;
    private final StageTimer timer;
    private Node header;
    private VBox bottom;
    /** D: the workshop's next stage, when the screen holding this board offers one. */
    private Runnable nextStage = () -> { };

    public BoardView(BoardViewModel model, ExportViewModel export, Messages messages, Navigator navigator) {
        this.model = model;
        this.export = export;
        this.messages = messages;
        this.navigator = navigator;
        this.timer = model.timer();
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
        rankView.setVisible(false);
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

    /** Another stage takes the board's place; the header goes too when the room sees this screen. */
    public void showInstead(Node stage, boolean hideHeader, Runnable focusStage) {
        this.focusStage = focusStage;
        header.setVisible(!hideHeader);
        header.setManaged(header.isVisible());
        root.setCenter(stage);
        root.setBottom(null);
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
            focusStage.run();
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
        if (UNDO.match(event)) {
            model.undo();
        } else if (REDO.match(event) || REDO_SHIFTED.match(event)) {
            model.redo();
        } else if (SAVE_COPY.match(event)) {
            navigator.saveCopy(model::reportProblem);
        } else if (REVEAL_ALL.match(event)) {
            model.voting().revealAll();
        } else if (WALL_ENTRY.match(event) && !model.voting().dotRoundProperty().get()) {
            wallEntry.open();
        } else if (BOARD_VIEW.match(event)) {
            votingBar.show(VotingBar.View.BOARD);
        } else if (RANKING_VIEW.match(event)) {
            votingBar.show(VotingBar.View.RANKING);
        } else if (HEAT_VIEW.match(event)) {
            votingBar.show(VotingBar.View.HEAT);
        } else if (HIDE_STRIP.match(event) && model.presentingProperty().get()) {
            model.presentStripHiddenProperty().set(!model.presentStripHiddenProperty().get());
        } else if (BIGGER_TEXT.stream().anyMatch(keys -> keys.match(event))) {
            changeTextSize(1);
        } else if (SMALLER_TEXT.stream().anyMatch(keys -> keys.match(event))) {
            changeTextSize(-1);
        } else {
            return;
        }
        event.consume();
    }

    /** One step up or down the text sizes offered, stopping at the ends. */
    private void changeTextSize(int steps) {
        int[] sizes = UserSettings.TEXT_SIZES;
        long now = Math.round(model.textScaleProperty().get() * 100);
        int index = 0;
        while (index < sizes.length - 1 && sizes[index] < now) {
            index++;
        }
        int next = Math.max(0, Math.min(sizes.length - 1, index + steps));
        model.textScaleProperty().set(sizes[next] / 100.0);
    }

    /** Moves and Enter, by key. */
    private void onBoardKey(KeyEvent event) {
        if (!(event.getTarget() instanceof CardTile tile) || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        switch (event.getCode()) {
            case UP -> move(tile, Direction.UP);
            case DOWN -> move(tile, Direction.DOWN);
            case LEFT -> move(tile, Direction.LEFT);
            case RIGHT -> move(tile, Direction.RIGHT);
            case ENTER -> enter();
            case ESCAPE, BACK_SPACE -> {
                if (!model.voting().isTypingCard()) {
                    return;
                }
                if (event.getCode() == KeyCode.ESCAPE) {
                    model.voting().clearTyped();
                } else {
                    model.voting().eraseDigit();
                }
            }
            case SPACE -> {
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
        String typed = event.getCharacter();
        boolean dots = model.voting().dotRoundProperty().get();
        boolean typingCard = model.voting().isTypingCard();
        if ((typed.equals("+") || typed.equals("=")) && typingCard) {
            model.voting().takeTypedDot();
        } else if ((typed.equals("-") || typed.equals("\u2212")) && typingCard) {
            model.voting().returnTypedDot();
        } else if (typed.equals("+") || typed.equals("=")) {
            model.addVote();
        } else if (typed.equals("-") || typed.equals("\u2212")) {
            model.removeVote();
        } else if (typed.length() == 1 && Character.isDigit(typed.charAt(0)) && dots) {
            model.voting().typeDigit(typed.charAt(0));
        } else if (typed.length() == 1 && Character.isDigit(typed.charAt(0))) {
            spotlight.startTyping(typed);
        } else if (typed.equals("r")) {
            model.voting().revealCard();
        } else if (typed.equals("c")) {
            model.voting().revealCategory();
        } else if (typed.equals("s")) {
            model.voting().cycleStatus();
        } else if (typed.equals("t")) {
            timer.startOrPause();
        } else if (typed.equals("m")) {
            timer.addMinute();
        } else if (typed.equals("h") && model.projectorShownProperty().get()) {
            model.peekHiddenProperty().set(!model.peekHiddenProperty().get());
        } else if (typed.equals("d")) {
            nextStage.run();
        } else {
            return;
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
