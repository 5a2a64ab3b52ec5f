package org.hurdleboard.ui.discuss;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.ScrollPanes;
import org.hurdleboard.ui.common.Shortcut;
import org.hurdleboard.ui.common.TwoRowBar;

/**
 * The facilitator's console for the discuss stage, in the main window: the cards to talk through,
 * a preview of exactly what the room sees, and keyboard-first capture (type and Enter) of notes,
 * ideas, actions, champions and the parking lot. Page Up / Page Down change card, Esc goes back
 * to the board, Ctrl+Z undoes the last capture.
 */
public final class DiscussConsole {

    private final DiscussModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final Label where = new Label();
    private final Label champions = new Label();
    private final TextField cardNumber = new TextField();
    private final VBox agendaBox = new VBox();
    private final ItemSection notes;
    private final ScrollPane capture;
    private final ActionsView actions;
    private final RoomCardForm roomCard;
    private final javafx.beans.value.ChangeListener<Node> focusMoved = (obs, was, now) -> keepInView(now);

    public DiscussConsole(DiscussModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.setId("discussConsole");
        root.getStyleClass().add("discuss-console");
        notes = new ItemSection(ItemKind.NOTE, messages.get("discuss.notes"), messages.get("discuss.notes.prompt"),
                model, messages);
        VBox sections = new VBox(championsRow(), notes,
                new ItemSection(ItemKind.IDEA, messages.get("discuss.ideas"), messages.get("discuss.ideas.prompt"),
                        model, messages),
                new ItemSection(ItemKind.ACTION, messages.get("discuss.actions"),
                        messages.get("discuss.actions.prompt"), model, messages),
                new ItemSection(ItemKind.PARKED, messages.get("discuss.parked"), messages.get("discuss.parked.prompt"),
                        model, messages));
        sections.getStyleClass().add("discuss-sections");
        capture = ScrollPanes.uncached(sections);
        capture.setFitToWidth(true);
        capture.setFocusTraversable(false);
        capture.getStyleClass().add("discuss-scroller");
        actions = new ActionsView(model, messages);
        roomCard = new RoomCardForm(model, messages, card -> notes.focusInput());

        Label previewHeading = new Label(messages.get("discuss.preview"));
        previewHeading.getStyleClass().add("discuss-preview-heading");
        Region room = (Region) new DiscussRoomView(model, messages).root();
        Label agendaHeading = new Label(messages.get("discuss.agenda"));
        agendaHeading.getStyleClass().add("discuss-preview-heading");
        agendaBox.getStyleClass().add("discuss-agenda");
        VBox preview = new VBox(previewHeading, room, agendaHeading, agendaBox);
        preview.getStyleClass().add("discuss-preview");
        // a projector's shape, so the preview is the room's screen in small
        room.prefHeightProperty().bind(preview.widthProperty().multiply(9.0 / 16));
        room.maxHeightProperty().bind(room.prefHeightProperty());
        room.setMinHeight(Region.USE_PREF_SIZE);
        preview.prefWidthProperty().bind(root.widthProperty().multiply(0.42));
        preview.setMinWidth(0);

        HBox middle = new HBox(preview, capture);
        middle.getStyleClass().add("discuss-middle");
        HBox.setHgrow(capture, Priority.ALWAYS);
        root.setTop(toolbar());
        root.setCenter(middle);
        root.setBottom(roomCard);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onShortcut);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(focusMoved);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focusMoved);
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        model.cardProperty().addListener((obs, old, card) -> showWhere());
        model.agenda().addListener((javafx.collections.ListChangeListener<Card>) change -> showWhere());
        model.revisionProperty().addListener((obs, old, now) -> showChampions());
        // a captured line pushes the field below it down: follow it once the lists are laid out again
        model.revisionProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(() -> {
            if (root.getScene() != null) {
                root.applyCss();
                root.layout();
                keepInView(root.getScene().getFocusOwner());
            }
        }));
        model.cardProperty().addListener((obs, old, now) -> showChampions());
        showWhere();
        showChampions();
    }

    public Parent root() {
        return root;
    }

    /** Puts the keyboard on the first thing to type: a note on the card shown. */
    public void focus() {
        notes.focusInput();
        // the scene gives the focus away once the board it was on has left it; take it back after that
        javafx.application.Platform.runLater(notes::focusInput);
    }

    /**
     * Scrolls the capture lists so the field the keyboard is in can be seen: on a small screen
     * the next field after Enter or Tab may be below the fold.
     */
    private void keepInView(Node focused) {
        if (focused == null || root.getScene() == null || !isInside(focused, capture)) {
            return;
        }
        Node content = capture.getContent();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = capture.getViewportBounds().getHeight();
        double extra = contentHeight - viewHeight;
        Bounds field = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        if (extra <= 0 || field == null) {
            return;
        }
        double top = capture.getVvalue() * extra;
        if (field.getMinY() < top) {
            capture.setVvalue(field.getMinY() / extra);
        } else if (field.getMaxY() > top + viewHeight) {
            capture.setVvalue(Math.min(1, (field.getMaxY() - viewHeight) / extra));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node parent = node; parent != null; parent = parent.getParent()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Opens the line for the room's own card. */
    public void addRoomCard() {
        roomCard.open();
    }

    private Node toolbar() {
        Button back = button("discussBack", messages.get("discuss.back"), model::stop);
        Button previous = button("discussPrevious", messages.get("discuss.previous"), model::previous);
        Button next = button("discussNext", messages.get("discuss.next"), model::next);
        Button skip = button("discussSkip", messages.get("discuss.skip"), model::skip);
        where.setId("discussWhere");
        where.getStyleClass().add("discuss-where");
        cardNumber.setId("discussCardNumber");
        cardNumber.setPromptText(messages.get("discuss.cardNumber"));
        cardNumber.setAccessibleText(messages.get("discuss.cardNumber"));
        // room for the prompt in Welsh too ("Trafod cerdyn rhif")
        cardNumber.setPrefColumnCount(11);
        cardNumber.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                discussTyped();
                event.consume();
            }
        });
        Button addCard = button("discussAddCard", messages.get("discuss.addCard.open"), roomCard::open);
        ToggleButton allActions = new ToggleButton(messages.get("discuss.allActions"));
        allActions.setId("discussAllActions");
        allActions.selectedProperty().addListener((obs, was, on) ->
                ((HBox) root.getCenter()).getChildren().set(1, on ? actions : capture));
        HBox.setHgrow(actions, Priority.ALWAYS);
        HBox moving = new HBox(back, previous, where, next, skip, cardNumber);
        HBox adding = new HBox(addCard, allActions);
        for (HBox group : List.of(moving, adding)) {
            group.getStyleClass().add("discuss-toolbar-group");
            group.setAlignment(Pos.CENTER_LEFT);
        }
        TwoRowBar bar = new TwoRowBar(moving, adding);
        bar.getStyleClass().add("discuss-toolbar");
        return bar;
    }

    private HBox championsRow() {
        Label heading = new Label(messages.get("discuss.champions"));
        heading.getStyleClass().add("discuss-section-title");
        champions.setId("discussChampions");
        champions.getStyleClass().add("discuss-champions");
        Button fewer = button("championsFewer", "\u2212", () -> model.changeChampions(-1));
        fewer.setAccessibleText(messages.get("discuss.champions.fewer"));
        Button more = button("championsMore", "+", () -> model.changeChampions(1));
        more.setAccessibleText(messages.get("discuss.champions.more"));
        HBox row = new HBox(heading, fewer, champions, more);
        row.getStyleClass().add("discuss-champions-row");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setDisable(!model.canChange());
        return row;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void discussTyped() {
        try {
            if (model.discuss(Integer.parseInt(cardNumber.getText().strip()))) {
                cardNumber.clear();
                notes.focusInput();
            }
        } catch (NumberFormatException e) {
            cardNumber.selectAll();
        }
    }

    /** The cards to discuss, each a button that shows it; the one on screen is marked. */
    private void showAgenda() {
        agendaBox.getChildren().clear();
        for (Card card : model.agenda()) {
            Button show = new Button(messages.get("discuss.agenda.card", card.number(), card.title()));
            show.getStyleClass().add("discuss-agenda-card");
            show.setMaxWidth(Double.MAX_VALUE);
            show.setOnAction(event -> model.discuss(card.number()));
            if (card.equals(model.cardProperty().get())) {
                show.getStyleClass().add("current");
            }
            agendaBox.getChildren().add(show);
        }
    }

    private void showWhere() {
        showAgenda();
        Card card = model.cardProperty().get();
        where.setText(card == null ? messages.get("discuss.where.none")
                : messages.get("discuss.where", model.position(), model.agenda().size(), card.number()));
    }

    private void showChampions() {
        champions.setText(String.valueOf(model.champions()));
        champions.setAccessibleText(messages.get("discuss.champions.accessible", model.champions()));
    }

    /**
     * Ctrl+Z undoes the last capture unless the field being typed in has typing of its own to
     * undo; the card changes with Page Up / Page Down wherever the keyboard is.
     */
    private void onShortcut(KeyEvent event) {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean fieldUndo = focused instanceof TextInputControl field && field.isUndoable();
        boolean fieldRedo = focused instanceof TextInputControl field && field.isRedoable();
        if (Shortcut.UNDO.matches(event) && !fieldUndo) {
            model.workshop().undo();
        } else if (Shortcut.REDO.matches(event) && !fieldRedo) {
            model.workshop().redo();
        } else if (Shortcut.MORE_CHAMPIONS.matches(event)) {
            model.changeChampions(1);
        } else if (Shortcut.FEWER_CHAMPIONS.matches(event)) {
            model.changeChampions(-1);
        } else if (Shortcut.NEXT_CARD.matches(event)) {
            model.next();
        } else if (Shortcut.PREVIOUS_CARD.matches(event)) {
            model.previous();
        } else {
            return;
        }
        event.consume();
    }

    private void onKey(KeyEvent event) {
        if (Shortcut.LEAVE_DISCUSSION.matches(event)) {
            model.stop();
            event.consume();
        }
    }
}
