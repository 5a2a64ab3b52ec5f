package org.hurdleboard.ui.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.ui.board.BoardNavigation.Direction;
import org.hurdleboard.ui.common.InitialFocus;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;
import org.hurdleboard.ui.discuss.DiscussConsole;
import org.hurdleboard.ui.discuss.DiscussRoomView;
import org.hurdleboard.ui.discuss.RoomCardForm;

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
    static final KeyCombination HEAT_VIEW = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);
    /** Board text never drops below this; below it the board scrolls instead. */
    static final double MIN_FONT_PX = 12;
    static final double MAX_FONT_PX = 40;
    /** Leaves a sliver of space so rounding never brings up a scroll bar that changes the fit. */
    private static final double FIT_MARGIN = 0.985;

    private final BoardViewModel model;
    private final ExportViewModel export;
    private final Messages messages;
    private final Navigator navigator;
    private final BorderPane root = new BorderPane();
    private final BorderPane middle = new BorderPane();
    private final HBox columnsBox = new HBox();
    private final ScrollPane scroller = new ScrollPane(columnsBox);
    private final List<CategorySection> sections = new ArrayList<>();
    private final Map<Integer, CardTile> tiles = new HashMap<>();
    private final BoardLayout layout = new BoardLayout(BoardLayout.Metrics.BOARD, MIN_FONT_PX, MAX_FONT_PX);
    private final Spotlight spotlight;
    private final VotingBar votingBar;
    private final WallEntry wallEntry;
    private final RankView rankView;
    private final StageTimer timer = new StageTimer(System::nanoTime);
    private final RoomCardForm roomCardForm;
    private Node header;
    private VBox bottom;
    private DiscussConsole console;
    private DiscussRoomView roomView;
    private Deck shownDeck;
    private List<List<Integer>> columns = List.of();
    private BoardNavigation navigation;
    private double boardFontSize;

    public BoardView(BoardViewModel model, ExportViewModel export, Messages messages, Navigator navigator) {
        this.model = model;
        this.export = export;
        this.messages = messages;
        this.navigator = navigator;
        this.spotlight = new Spotlight(model, messages, this::focusSelected);
        this.wallEntry = new WallEntry(model, messages, this::focusSelected);
        this.votingBar = new VotingBar(model, messages, navigator, wallEntry::open);
        this.rankView = new RankView(model, messages);
        this.roomCardForm = new RoomCardForm(model.discussion(), messages, this::roomCardAdded);
        build();
        buildDiscussStage();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        root.getStyleClass().add("board-screen");
        header = new BoardHeader(model, export, timer, messages, navigator);
        root.setTop(header);
        buildSections();
        columnsBox.setId("board");
        columnsBox.getStyleClass().add("board-columns");
        columnsBox.setAlignment(Pos.TOP_CENTER);
        columnsBox.setAccessibleRole(AccessibleRole.PARENT);
        columnsBox.setAccessibleText(messages.get("board.region", model.deck().size(),
                model.deck().categories().size()));
        columnsBox.setAccessibleHelp(messages.get("board.keys"));
        columnsBox.addEventHandler(KeyEvent.KEY_PRESSED, this::onBoardKey);
        columnsBox.addEventHandler(KeyEvent.KEY_TYPED, this::onBoardCharacter);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onShortcut);
        scroller.getStyleClass().add("board-scroller");
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setFocusTraversable(false);
        // a click on the board's background focuses the scroll pane; the keys belong to the selected card
        scroller.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                focusSelected();
            }
        });
        scroller.viewportBoundsProperty().addListener((obs, old, bounds) -> fit(bounds));
        scroller.skinProperty().addListener((obs, old, skin) -> uncacheViewport());
        middle.setCenter(scroller);
        middle.setRight(votingBar);
        root.setCenter(middle);
        bottom = new VBox(wallEntry, roomCardForm, spotlight);
        root.setBottom(bottom);
        rankView.setVisible(false);
        votingBar.viewProperty().addListener((obs, old, view) -> showView(view));
        root.heightProperty().addListener((obs, old, height) -> sizeSpotlight(height.doubleValue()));
        model.selectedProperty().addListener((obs, old, card) -> {
            if (card != null && tiles.containsKey(card.number())) {
                scrollIntoView(tiles.get(card.number()));
            }
        });
        // a first arrangement for a Full HD screen; fit() corrects it once the real size is known
        arrange(layout.plan(categorySizes(), 1920, 800));
        InitialFocus.whenShown(tiles.get(navigation.first()));
    }

    private void buildSections() {
        shownDeck = model.deck();
        sections.clear();
        tiles.clear();
        for (Category category : shownDeck.categories()) {
            CategorySection section = new CategorySection(category, shownDeck.cardsIn(category.id()), model,
                    messages);
            sections.add(section);
            section.tiles().forEach(tile -> tiles.put(tile.card().number(), tile));
        }
    }

    /**
     * The room added a card of its own (or an undo took it away): the tiles are built again and
     * laid out anew. Rare, so a rebuild of 50 tiles is fine.
     */
    private void rebuildTiles() {
        buildSections();
        columns = List.of();
        columnsBox.setAccessibleText(messages.get("board.region", model.deck().size(),
                model.deck().categories().size()));
        Bounds viewport = scroller.getViewportBounds();
        arrange(viewport.getWidth() > 0
                ? layout.plan(categorySizes(), viewport.getWidth() * FIT_MARGIN, viewport.getHeight() * FIT_MARGIN)
                : layout.plan(categorySizes(), 1920, 800));
        Card selected = model.selectedProperty().get();
        if (selected != null && !tiles.containsKey(selected.number())) {
            model.select(null);
        }
    }

    /**
     * The discuss stage (D, or its button): the console takes the board's place in this window;
     * in presentation mode (F5) the room's view fills the screen instead.
     */
    private void buildDiscussStage() {
        votingBar.addStageButtons(this::startDiscussion, roomCardForm::open);
        model.revisionProperty().addListener((obs, old, now) -> {
            if (model.deck() != shownDeck) {
                rebuildTiles();
            }
        });
        model.discussion().activeProperty().addListener((obs, was, active) -> showStage());
        model.presentingProperty().addListener((obs, was, presenting) -> {
            if (model.discussion().activeProperty().get()) {
                showStage();
            }
        });
    }

    private void startDiscussion() {
        model.discussion().start();
    }

    private void showStage() {
        boolean discussing = model.discussion().activeProperty().get();
        boolean presenting = model.presentingProperty().get();
        if (discussing && console == null) {
            console = new DiscussConsole(model.discussion(), messages);
            roomView = new DiscussRoomView(model.discussion(), messages);
        }
        header.setVisible(!(discussing && presenting));
        header.setManaged(header.isVisible());
        if (!discussing) {
            root.setCenter(middle);
            root.setBottom(bottom);
            // after the scene has moved the focus off the console that left it
            javafx.application.Platform.runLater(this::focusSelected);
        } else if (presenting) {
            root.setCenter(roomView.root());
            root.setBottom(null);
        } else {
            root.setCenter(console.root());
            root.setBottom(null);
            console.focus();
        }
    }

    private void roomCardAdded(Card card) {
        model.select(card);
        focusSelected();
    }

    /**
     * The scroll pane keeps its view as one bitmap and redraws all of it for every vote; the board
     * changes far more often than it scrolls, so only the changed cards are redrawn. Measured with
     * software rendering (as on remote desktops), 1,000 votes took about 15% less CPU time.
     */
    private void uncacheViewport() {
        Node viewport = scroller.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }

    /** The board (plain or as a heat map) or the ranking, in the middle of the screen. */
    private void showView(VotingBar.View view) {
        model.heatViewProperty().set(view == VotingBar.View.HEAT);
        boolean ranking = view == VotingBar.View.RANKING;
        rankView.setVisible(ranking);
        middle.setCenter(ranking ? rankView : scroller);
        if (!ranking) {
            focusSelected();
        }
    }

    private List<Integer> categorySizes() {
        return sections.stream().map(section -> section.tiles().size()).toList();
    }

    /** Picks the font size and columns that fill the visible area without scrolling. */
    private void fit(Bounds viewport) {
        if (viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return;
        }
        arrange(layout.plan(categorySizes(), viewport.getWidth() * FIT_MARGIN, viewport.getHeight() * FIT_MARGIN));
    }

    private void arrange(BoardLayout.Plan plan) {
        double fontSize = Math.floor(plan.fontSize() * 4) / 4;
        if (fontSize != boardFontSize) {
            boardFontSize = fontSize;
            columnsBox.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", fontSize));
        }
        if (plan.columns().equals(columns)) {
            return;
        }
        columns = plan.columns();
        // moving sections between columns takes them out of the scene for a moment, which drops the focus
        boolean boardHadFocus = root.getScene() != null && root.getScene().getFocusOwner() instanceof CardTile;
        List<VBox> columnBoxes = new ArrayList<>();
        List<List<Integer>> cardColumns = new ArrayList<>();
        for (List<Integer> column : columns) {
            VBox box = new VBox();
            box.getStyleClass().add("board-column");
            List<Integer> numbers = new ArrayList<>();
            for (int index : column) {
                CategorySection section = sections.get(index);
                box.getChildren().add(section);
                section.tiles().forEach(tile -> numbers.add(tile.card().number()));
            }
            columnBoxes.add(box);
            cardColumns.add(numbers);
        }
        columnsBox.getChildren().setAll(columnBoxes);
        navigation = new BoardNavigation(cardColumns);
        if (boardHadFocus) {
            focusSelected();
        }
    }

    private void sizeSpotlight(double height) {
        double size = Math.max(20, Math.min(MAX_FONT_PX, height * 0.0296));
        spotlight.setBaseFontSize(size);
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
        } else {
            return;
        }
        event.consume();
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
        } else if (typed.equals("d")) {
            startDiscussion();
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
        tiles.get(navigation.move(from.card().number(), direction)).requestFocus();
    }

    private void focusSelected() {
        Card card = model.selectedProperty().get();
        if (card != null && tiles.containsKey(card.number())) {
            tiles.get(card.number()).requestFocus();
        }
    }

    /** When the board is too big for the window (small screens), keeps the selected card in view. */
    private void scrollIntoView(CardTile tile) {
        Bounds content = columnsBox.getLayoutBounds();
        Bounds viewport = scroller.getViewportBounds();
        Bounds card = columnsBox.sceneToLocal(tile.localToScene(tile.getBoundsInLocal()));
        if (card == null) {
            return;
        }
        scroller.setVvalue(scrolledTo(scroller.getVvalue(), card.getMinY(), card.getMaxY(), viewport.getHeight(),
                content.getHeight()));
        scroller.setHvalue(scrolledTo(scroller.getHvalue(), card.getMinX(), card.getMaxX(), viewport.getWidth(),
                content.getWidth()));
    }

    /**
     * The scroll value (0 to 1) along one axis that brings the span [from, to] of the content into a
     * view of the given size, moving as little as possible.
     */
    static double scrolledTo(double value, double from, double to, double view, double content) {
        double extra = content - view;
        if (extra <= 0) {
            return value;
        }
        double start = value * extra;
        if (from < start) {
            return from / extra;
        }
        if (to > start + view) {
            return (to - view) / extra;
        }
        return value;
    }
}
