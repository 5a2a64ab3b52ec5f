package org.hurdleboard.ui.board;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.ScrollPanes;

/**
 * Every card of the deck grouped by category, in columns sized to fill the space it is given: the
 * facilitator's board and the projector's are each one of these, bound to the same model.
 */
final class BoardGrid {
    /**
     * The facilitator's board text never drops below this; below it the board scrolls instead. A
     * 1024x768 laptop needs 10 px to show every card, and a facilitator who must scroll for the
     * cards loses sight of the votes on those out of view.
     */
    static final double MIN_FONT_PX = 9;
    /**
     * The room cannot scroll: its board, and the console's while it is the room's (F5), gets smaller
     * instead, down to this, so a 1024x768 projector still shows every card whole.
     */
    static final double ROOM_MIN_FONT_PX = 8;
    static final double MAX_FONT_PX = 40;
    /** Leaves a sliver of space so rounding never brings up a scroll bar that changes the fit. */
    private static final double FIT_MARGIN = 0.985;

    private final HBox columnsBox = new HBox();
    // empty until the first fit, see fit()
    private final ScrollPane scroller = ScrollPanes.uncached(null);
    private final List<CategorySection> sections = new ArrayList<>();
    private final Map<Integer, CardTile> tiles = new HashMap<>();
    private final BoardLayout layout = new BoardLayout(BoardLayout.Metrics.BOARD, MIN_FONT_PX, MAX_FONT_PX);
    private final BoardLayout roomLayout = new BoardLayout(BoardLayout.Metrics.BOARD, ROOM_MIN_FONT_PX, MAX_FONT_PX);
    private final BoardViewModel model;
    private final Messages messages;
    private final Audience audience;
    private Deck shownDeck;
    private List<List<Integer>> columns = List.of();
    private BoardNavigation navigation;
    private double fontSize;

    BoardGrid(BoardViewModel model, Messages messages, Audience audience) {
        this.model = model;
        this.messages = messages;
        this.audience = audience;
        buildSections();
        // a card of the room's own (or an undo taking it away) changes the deck: rare, so all is rebuilt
        model.revisionProperty().addListener((obs, old, now) -> {
            if (model.deck() != shownDeck) {
                rebuild();
            }
        });
        columnsBox.getStyleClass().add("board-columns");
        columnsBox.setAlignment(Pos.TOP_CENTER);
        scroller.getStyleClass().add("board-scroller");
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setFocusTraversable(false);
        scroller.viewportBoundsProperty().addListener((obs, old, bounds) -> fit(bounds));
        if (audience == Audience.ROOM) {
            scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroller.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        }
        model.presenting().presentingProperty().addListener((obs, was, now) -> {
            if (scroller.getContent() != null) {
                fit(scroller.getViewportBounds());
            }
        });
        // a first arrangement for a Full HD screen; fit() corrects it once the real size is known
        arrange(plan(1920, 800));
    }

    private void buildSections() {
        shownDeck = model.deck();
        columnsBox.setAccessibleText(messages.get("board.region", shownDeck.size(), shownDeck.categories().size()));
        sections.clear();
        tiles.clear();
        for (Category category : shownDeck.categories()) {
            CategorySection section = new CategorySection(category, shownDeck.cardsIn(category.id()), model,
                    messages, audience);
            sections.add(section);
            section.tiles().forEach(tile -> tiles.put(tile.card().number(), tile));
        }
    }

    private void rebuild() {
        buildSections();
        columns = List.of();
        Bounds viewport = scroller.getViewportBounds();
        arrange(viewport.getWidth() > 0
                ? plan(viewport.getWidth() * FIT_MARGIN, viewport.getHeight() * FIT_MARGIN)
                : plan(1920, 800));
    }

    /** The scroll pane holding the board: what goes on screen. */
    ScrollPane node() {
        return scroller;
    }

    /** The columns themselves, where the board's keys and its accessible name belong. */
    HBox columns() {
        return columnsBox;
    }

    /** The card's tile, or null for a card no longer on the board. */
    CardTile tile(int cardNumber) {
        return tiles.get(cardNumber);
    }

    BoardNavigation navigation() {
        return navigation;
    }

    private List<Integer> categorySizes() {
        return sections.stream().map(section -> section.tiles().size()).toList();
    }

    /**
     * Picks the font size and columns that fill the visible area without scrolling. The cards join
     * the scene only here, the first time the space is known: styled in a first guess's font and then
     * again in the one that fits (a new font size restyles every node under it from scratch), a
     * 50-card board's 550 nodes were matched against the style sheets twice before the first frame.
     */
    private void fit(Bounds viewport) {
        if (viewport.getWidth() <= 0 || viewport.getHeight() <= 0) {
            return;
        }
        arrange(plan(viewport.getWidth() * FIT_MARGIN, viewport.getHeight() * FIT_MARGIN));
        if (scroller.getContent() == null) {
            scroller.setContent(columnsBox);
            // styled now, so this very layout pass sizes the cards in their own font
            columnsBox.applyCss();
        }
    }

    private BoardLayout.Plan plan(double width, double height) {
        boolean forRoom = audience == Audience.ROOM || model.presenting().presentingProperty().get();
        return (forRoom ? roomLayout : layout).plan(categorySizes(), width, height);
    }

    private void arrange(BoardLayout.Plan plan) {
        double size = Math.floor(plan.fontSize() * 4) / 4;
        boolean newColumns = !plan.columns().equals(columns);
        if (size == fontSize && !newColumns) {
            return;
        }
        // moving sections between columns takes them out of the scene for a moment, which drops the focus
        Node focused = newColumns && columnsBox.getScene() != null
                && columnsBox.getScene().getFocusOwner() instanceof CardTile tile ? tile : null;
        if (newColumns) {
            // out of the scene before the font changes: a new font size restyles everything under the
            // columns from scratch, and so does coming back into the scene: this way a resize that
            // changes both restyles the cards once, on their way back, rather than twice
            columnsBox.getChildren().clear();
        }
        if (size != fontSize) {
            fontSize = size;
            columnsBox.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", size));
        }
        if (!newColumns) {
            return;
        }
        columns = plan.columns();
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
        if (focused != null) {
            focused.requestFocus();
        }
    }

    /** When the board is too big for the window (small screens), keeps the card in view. */
    void scrollIntoView(int cardNumber) {
        CardTile tile = tiles.get(cardNumber);
        if (tile == null) {
            return;
        }
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
