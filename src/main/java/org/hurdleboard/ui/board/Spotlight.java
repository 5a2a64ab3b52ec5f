package org.hurdleboard.ui.board;

import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Category;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Votes;
import org.hurdleboard.ui.common.Messages;

/**
 * The selected card, large, for the room to read: its number, category, full statement, a line
 * explaining it and the questions to discuss, and its votes, with the controls to change the votes
 * (buttons, or a count typed and confirmed with Enter).
 */
final class Spotlight extends HBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass ROOMY = PseudoClass.getPseudoClass("roomy");
    /** Presentation mode without the buttons: the count reads as the room's, a number and no field. */
    private static final PseudoClass FOR_ROOM = PseudoClass.getPseudoClass("for-room");
    /** From this text size (a window about 880 px high) the panel has room for the questions too. */
    private static final double ROOMY_FONT_PX = 26;

    private final BoardViewModel model;
    private final Messages messages;
    private final Runnable backToBoard;
    private final Label number = new Label();
    private final Label categoryName = new Label();
    private final Region swatch = new Region();
    private final Label statement = new Label();
    private final Label explanation = new Label();
    private final Label prompts = new Label();
    private final TextField count = new TextField();
    /**
     * The count as the field shows it while nobody types in it: a label drawn over the empty field.
     * Each vote changes this, not the field, whose text layout, caret and undo were a third of a
     * vote's own work on the FX thread; the field takes the count when it gets the keyboard.
     */
    private final Label countShown = new Label();
    private final Label countHint = new Label();
    private final Button remove = new Button();
    private final Button add = new Button();
    private final ChangeListener<Number> votesChanged = (obs, old, now) -> showCount();
    private static final double MIN_STATEMENT_SCALE = 0.6;
    /** The panel's text as a share of the window's height: about 32 px on a 1080 px screen. */
    private static final double HEIGHT_SHARE = 0.0296;
    private static final double MIN_BASE_PX = 20;
    private static final double MAX_BASE_PX = 40;
    private final Audience audience;
    private final Label roomCount = new Label();
    /** The shown card's category colour, as a pseudo-class: see the style sheet's category slots. */
    private PseudoClass shownColour;
    /** The card on the panel now, whose votes it follows. */
    private Card shown;
    private double baseFontSize;
    private double windowHeight;
    /** What the statement was last fitted for: a vote relays the panel out without changing any of it. */
    private String fittedFor = "";
    /** The count's two captions, looked up once: the count changes with every vote. */
    private final String votesCaption;
    private final String dotsCaption;

    Spotlight(BoardViewModel model, Messages messages, Runnable backToBoard, Audience audience) {
        this.model = model;
        this.messages = messages;
        this.backToBoard = backToBoard;
        this.audience = audience;
        this.votesCaption = messages.get("spotlight.votes");
        this.dotsCaption = messages.get("spotlight.dots");
        setId("spotlight");
        getStyleClass().add("spotlight");
        if (hasNotes(model.deck())) {
            // one height for the whole deck, so the board does not jump as the selection moves
            getStyleClass().add("with-notes");
        }

        number.getStyleClass().add("spotlight-number");
        number.setMinWidth(USE_PREF_SIZE);
        swatch.getStyleClass().add("category-swatch");
        categoryName.getStyleClass().add("spotlight-category");
        HBox category = new HBox(swatch, categoryName);
        category.getStyleClass().add("spotlight-category-row");
        category.setAlignment(Pos.CENTER_LEFT);
        VBox identity = new VBox(number, category);
        identity.getStyleClass().add("spotlight-identity");
        identity.setMinWidth(USE_PREF_SIZE);

        statement.setId("spotlightStatement");
        statement.getStyleClass().add("spotlight-statement");
        statement.setWrapText(true);
        statement.setMaxWidth(Double.MAX_VALUE);
        statement.setMaxHeight(Double.MAX_VALUE);
        statement.setMinHeight(0);
        statement.widthProperty().addListener((obs, old, width) -> fitStatement());
        statement.heightProperty().addListener((obs, old, height) -> fitStatement());
        statement.textProperty().addListener((obs, old, text) -> fitStatement());
        VBox.setVgrow(statement, Priority.ALWAYS);
        explanation.setId("spotlightExplanation");
        explanation.getStyleClass().add("spotlight-explanation");
        prompts.setId("spotlightPrompts");
        prompts.getStyleClass().add("spotlight-prompts");
        for (Label aside : List.of(explanation, prompts)) {
            aside.setWrapText(true);
            aside.setMinHeight(USE_PREF_SIZE);
            aside.managedProperty().bind(aside.visibleProperty());
        }
        VBox text = new VBox(statement, explanation, prompts);
        text.getStyleClass().add("spotlight-text");
        text.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);

        getChildren().addAll(identity, text, audience == Audience.ROOM ? roomCountPanel() : voteControls());
        model.selectedProperty().addListener((obs, old, now) -> show(shownCard()));
        model.selectionPrivateProperty().addListener((obs, old, now) -> show(shownCard()));
        model.countsHiddenProperty().addListener((obs, old, now) -> showCount());
        model.voting().dotRoundProperty().addListener((obs, old, now) -> showCount());
        model.presenting().textScaleProperty().addListener((obs, old, now) -> fitTo(windowHeight));
        model.presenting().presentingProperty().addListener((obs, old, now) -> fitTo(windowHeight));
        show(shownCard());
    }

    /**
     * The card the panel is about. The room does not see which card is selected while counts are
     * hidden: in a dot vote the selection is where a participant is putting their dots.
     */
    private Card shownCard() {
        boolean hideSelection = audience == Audience.ROOM && model.selectionPrivateProperty().get();
        return hideSelection ? null : model.selectedProperty().get();
    }

    /** On the projector: the count, large, and nothing to press. */
    private VBox roomCountPanel() {
        roomCount.setId("roomCount");
        roomCount.getStyleClass().add("room-count");
        countHint.getStyleClass().add("vote-caption");
        countHint.setText(messages.get("spotlight.votes"));
        countHint.setWrapText(true);
        VBox panel = new VBox(roomCount, countHint);
        panel.setAlignment(Pos.CENTER);
        panel.getStyleClass().add("vote-panel");
        panel.setMinWidth(USE_PREF_SIZE);
        return panel;
    }

    private VBox voteControls() {
        remove.setText(messages.get("spotlight.remove"));
        remove.setId("removeVote");
        remove.setAccessibleText(messages.get("spotlight.remove.accessible"));
        remove.getStyleClass().add("vote-button");
        remove.setOnAction(event -> model.removeVote());
        add.setText(messages.get("spotlight.add"));
        add.setId("addVote");
        add.setAccessibleText(messages.get("spotlight.add.accessible"));
        add.getStyleClass().add("vote-button");
        add.setOnAction(event -> model.addVote());

        count.setEditable(!model.isReadOnly());
        count.setId("voteCount");
        count.getStyleClass().add("vote-count");
        count.setPrefColumnCount(3);
        count.setAlignment(Pos.CENTER);
        count.setAccessibleHelp(messages.get("spotlight.count.help"));
        count.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (commitTypedCount()) {
                    backToBoard.run();
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                showCount();
                count.setText(countShown.getText());
                backToBoard.run();
                event.consume();
            }
        });
        count.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                count.setText(countShown.getText());
            } else {
                if (!commitTypedCount()) {
                    showCount();
                }
                count.setText("");
            }
        });
        countShown.setId("voteCountShown");
        countShown.getStyleClass().add("vote-count-shown");
        countShown.setMouseTransparent(true);
        countShown.visibleProperty().bind(count.focusedProperty().not());
        countHint.getStyleClass().add("vote-caption");
        countHint.setText(messages.get("spotlight.votes"));
        countHint.setWrapText(true);

        // in presentation mode the room sees the count, not the facilitator's buttons, unless a
        // touch whiteboard needs them (Workshop ▸ Room and projector); the keys work either way
        var buttonsShown = model.presenting().presentingProperty().not()
                .or(model.presenting().voteButtonsForRoomProperty());
        for (Button button : List.of(remove, add)) {
            button.visibleProperty().bind(buttonsShown);
            button.managedProperty().bind(buttonsShown);
        }
        Runnable plainCount = () -> {
            count.pseudoClassStateChanged(FOR_ROOM, !buttonsShown.get());
            countShown.pseudoClassStateChanged(FOR_ROOM, !buttonsShown.get());
        };
        buttonsShown.addListener((obs, was, now) -> plainCount.run());
        plainCount.run();
        HBox buttons = new HBox(remove, new StackPane(count, countShown), add);
        buttons.getStyleClass().add("vote-controls");
        buttons.setAlignment(Pos.CENTER);
        VBox controls = new VBox(buttons, countHint);
        controls.setAlignment(Pos.CENTER);
        controls.getStyleClass().add("vote-panel");
        controls.setMinWidth(USE_PREF_SIZE);
        return controls;
    }

    /** Sizes the panel's text for a window (or screen) this high, times the facilitator's text size. */
    void fitTo(double height) {
        windowHeight = height;
        // the text size is for the room: the facilitator's own panel grows only when it is the room's (F5)
        boolean forRoom = audience == Audience.ROOM || model.presenting().presentingProperty().get();
        double scale = forRoom ? model.presenting().textScaleProperty().get() : 1;
        setBaseFontSize(Math.max(MIN_BASE_PX, Math.min(MAX_BASE_PX, height * HEIGHT_SHARE)) * scale);
    }

    /** The panel's text size in px (the statement's size when it fits); the rest of the panel scales with it. */
    void setBaseFontSize(double px) {
        baseFontSize = px;
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", px));
        // a smaller window keeps the board whole: the panel stays low and leaves the questions out
        pseudoClassStateChanged(ROOMY, px >= ROOMY_FONT_PX);
        showPrompts();
        fitStatement();
    }

    /**
     * Keeps the whole statement on screen: at the panel's size when it fits (every built-in card
     * does), otherwise a little smaller, down to {@link #MIN_STATEMENT_SCALE} of it.
     */
    private void fitStatement() {
        double width = statement.getWidth() - statement.snappedLeftInset() - statement.snappedRightInset();
        double height = statement.getHeight() - statement.snappedTopInset() - statement.snappedBottomInset();
        if (width <= 0 || height <= 0 || baseFontSize <= 0) {
            return;
        }
        String fitting = statement.getText() + '\n' + width + 'x' + height + '@' + baseFontSize;
        if (fitting.equals(fittedFor)) {
            return;
        }
        fittedFor = fitting;
        // the font family comes from the style sheet: measure with it, not with the default font
        statement.applyCss();
        String family = statement.getFont().getFamily();
        double size = baseFontSize;
        while (size > baseFontSize * MIN_STATEMENT_SCALE && !fits(statement.getText(), family, size, width, height)) {
            size *= 0.95;
        }
        statement.setStyle(size == baseFontSize ? "" : String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
    }

    private static boolean fits(String text, String family, double size, double width, double height) {
        Text probe = new Text(text);
        probe.setFont(Font.font(family, size));
        probe.setWrappingWidth(width);
        // a little room to spare: the label breaks lines a touch differently from a bare Text
        return probe.getLayoutBounds().getHeight() <= height - size * 0.15;
    }

    /** Starts typing a count into the field, as when a digit is pressed on a card. */
    void startTyping(String firstCharacters) {
        if (model.selectedProperty().get() == null || !count.isEditable()) {
            return;
        }
        count.requestFocus();
        count.setText(firstCharacters);
        count.positionCaret(count.getText().length());
    }

    void focusCount() {
        if (model.selectedProperty().get() != null) {
            count.requestFocus();
            count.selectAll();
        }
    }

    private boolean commitTypedCount() {
        Card card = model.selectedProperty().get();
        if (card == null) {
            return false;
        }
        String typed = count.getText().strip();
        if (!count.isEditable() || typed.isEmpty() && !model.isShown(card)
                || typed.equals(String.valueOf(model.votesProperty(card).get()))) {
            return true;
        }
        try {
            if (model.setVotes(Integer.parseInt(typed))) {
                countHint.setText(messages.get("spotlight.votes"));
                count.pseudoClassStateChanged(INVALID, false);
                return true;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        countHint.setText(messages.get("spotlight.count.invalid", Votes.MAX));
        count.pseudoClassStateChanged(INVALID, true);
        return false;
    }

    private void show(Card card) {
        if (shown != null) {
            model.votesFor(audience, shown).removeListener(votesChanged);
        }
        shown = card;
        if (shownColour != null) {
            pseudoClassStateChanged(shownColour, false);
        }
        boolean empty = card == null;
        remove.setDisable(empty || model.isReadOnly());
        add.setDisable(empty || model.isReadOnly());
        count.setDisable(empty);
        pseudoClassStateChanged(EMPTY, empty);
        // with no card there is no category to colour and no count to caption: nothing bare on screen
        swatch.setVisible(!empty);
        countHint.setVisible(!empty || audience == Audience.FACILITATOR);
        if (empty) {
            number.setText("");
            categoryName.setText("");
            statement.setText(emptyText());
            showAside(explanation, "");
            prompts.setText("");
            showPrompts();
            countShown.setText("");
            roomCount.setText("");
            return;
        }
        Category category = model.deck().categoryOf(card);
        shownColour = PseudoClass.getPseudoClass("category-" + category.colour());
        pseudoClassStateChanged(shownColour, true);
        number.setText(messages.get("spotlight.number", card.number()));
        number.setAccessibleText(messages.get("spotlight.cardLabel", card.number()));
        categoryName.setText(category.name());
        statement.setText(card.statement());
        showAside(explanation, card.explanation());
        prompts.setText(String.join(messages.get("spotlight.promptSeparator"), model.deck().promptsFor(card)));
        showPrompts();
        count.setAccessibleText(messages.get("spotlight.count.accessible", card.number()));
        countHint.setText(messages.get("spotlight.votes"));
        model.votesFor(audience, card).addListener(votesChanged);
        showCount();
        if (count.isFocused()) {
            count.setText(countShown.getText());
        }
    }

    /** With no card to show: how to choose one (the facilitator), or why there is none (the room). */
    private String emptyText() {
        if (audience == Audience.FACILITATOR) {
            return messages.get("spotlight.empty");
        }
        return model.selectionPrivateProperty().get() ? messages.get("room.votingHidden") : "";
    }

    private static boolean hasNotes(Deck deck) {
        return deck.cards().stream().anyMatch(card -> !card.explanation().isEmpty() || !deck.promptsFor(card).isEmpty());
    }

    private static void showAside(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
    }

    private void showPrompts() {
        prompts.setVisible(!prompts.getText().isEmpty() && baseFontSize >= ROOMY_FONT_PX);
    }

    /** The selected card's count, or nothing while the room may not see it; dots are placed, not typed. */
    private void showCount() {
        Card card = shown;
        boolean visible = card != null && (model.isShown(card) || audience == Audience.FACILITATOR && model.presenting().isPeeking());
        // what the facilitator is typing into the field stays (a phone's vote may arrive meanwhile)
        countShown.setText(visible ? String.valueOf(model.votesProperty(card).get()) : "");
        roomCount.setText(visible ? String.valueOf(model.shownVotesProperty(card).get()) : "");
        count.setEditable(!model.isReadOnly() && !model.voting().dotRoundProperty().get());
        countHint.setText(model.voting().dotRoundProperty().get() ? dotsCaption : votesCaption);
        count.pseudoClassStateChanged(INVALID, false);
    }
}
