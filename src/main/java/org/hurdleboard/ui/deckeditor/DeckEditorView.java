package org.hurdleboard.ui.deckeditor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.hurdleboard.deck.DeckDraft.CardDraft;
import org.hurdleboard.deck.DeckDraft.CategoryDraft;
import org.hurdleboard.deck.DeckDraft;
import org.hurdleboard.deck.Palette;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.IconShapes;
import org.hurdleboard.ui.common.InitialFocus;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.ScrollPanes;
import org.hurdleboard.ui.common.TwoRowBar;
import org.hurdleboard.ui.common.ValidationMark;

/**
 * The deck editor: categories, cards and the selected one's fields on the left, what is wrong and
 * a preview of the board on the right. It only binds to its model and shows what the model says.
 */
public final class DeckEditorView {
    private final DeckEditorViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    /** The editor with its fields' validation marks drawn over it. */
    private final Parent marked = ValidationMark.area(root);
    private final TextField deckTitle = new TextField();
    private final ListView<CategoryDraft> categoryList = new ListView<>();
    private final TextArea prompts = new TextArea();
    private final TextField categoryName = new TextField();
    private final ComboBox<String> categoryColour = new ComboBox<>();
    private final ComboBox<String> categoryIcon = new ComboBox<>();
    private final ListView<CardDraft> cardList = new ListView<>();
    private final ComboBox<CategoryDraft> cardCategory = new ComboBox<>();
    private final TextField cardTitle = new TextField();
    private final TextArea cardStatement = new TextArea();
    private final TextField cardExplanation = new TextField();
    private final Label problems = new Label();
    private final BoardPreview preview = new BoardPreview();
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(300));
    /** True while the view copies the model into its controls, so those changes are not edits. */
    private boolean refreshing;

    /** {@code printKit} prints a deck that has no problems as a wall kit. */
    public DeckEditorView(DeckEditorViewModel model, Messages messages, Runnable close, Consumer<Deck> printKit) {
        this.model = model;
        this.messages = messages;
        root.setId("deckEditor");
        root.getStyleClass().add("deck-editor");
        root.setTop(toolbar(close, printKit));
        // one row, so on a narrow window all three columns give up width, not only the cards'
        HBox lists = new HBox(categoriesColumn(), cardsColumn(), checkColumn());
        lists.getStyleClass().add("editor-columns");
        HBox.setHgrow(lists.getChildren().get(1), Priority.ALWAYS);
        root.setCenter(lists);

        model.draftProperty().addListener((obs, old, now) -> refresh());
        model.selectedCategoryProperty().addListener((obs, old, now) -> refresh());
        model.selectedCardProperty().addListener((obs, old, now) -> refresh());
        // the preview is redrawn once typing pauses, not on every key
        previewDelay.setOnFinished(event -> preview.show(model.previewProperty().get()));
        model.previewProperty().addListener((obs, old, deck) -> previewDelay.playFromStart());
        model.problems().addListener((javafx.collections.ListChangeListener<String>) change -> showProblems());
        refresh();
        preview.show(model.previewProperty().get());
        showProblems();
        markProblems();
        InitialFocus.whenShown(deckTitle);
    }

    public Parent root() {
        return marked;
    }

    private Node toolbar(Runnable close, Consumer<Deck> printKit) {
        Label label = new Label(messages.get("deckEditor.deckTitle"));
        label.getStyleClass().add("form-label");
        label.setLabelFor(deckTitle);
        deckTitle.setId("deckTitleField");
        onEdit(deckTitle, model::setTitle);
        HBox.setHgrow(deckTitle, Priority.ALWAYS);
        Button undo = button("undoEdit", "deckEditor.undo", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("redoEdit", "deckEditor.redo", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button save = button("saveDeck", "deckEditor.save", model::save);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setDefaultButton(true);
        Button print = button("printWallKit", "wallkit.menu", () -> printKit.accept(model.previewProperty().get()));
        print.disableProperty().bind(model.previewProperty().isNull());
        print.setAccessibleHelp(messages.get("wallkit.editor.help"));
        Button done = button("closeEditor", "deckEditor.close", close);
        Label status = new Label();
        status.setId("editorStatus");
        status.getStyleClass().add("deck-message");
        status.textProperty().bind(model.statusProperty());
        HBox naming = new HBox(label, deckTitle);
        HBox actions = new HBox(undo, redo, save, print, done, status);
        for (HBox group : new HBox[] {naming, actions}) {
            group.getStyleClass().add("editor-toolbar-group");
            group.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }
        TwoRowBar bar = new TwoRowBar(naming, actions);
        bar.getStyleClass().add("editor-toolbar");
        return bar;
    }

    private Node categoriesColumn() {
        categoryList.setId("categoryList");
        categoryList.setAccessibleText(messages.get("deckEditor.categories"));
        categoryList.setCellFactory(list -> cell(CategoryDraft::name));
        onSelect(categoryList, model.selectedCategoryProperty()::set);
        categoryName.setId("categoryNameField");
        onEdit(categoryName, model::setCategoryName);
        categoryColour.setId("categoryColourField");
        categoryColour.getItems().setAll(Palette.COLOURS);
        categoryColour.valueProperty().addListener((obs, old, colour) -> {
            if (!refreshing) {
                model.setCategoryColour(colour);
            }
        });
        categoryIcon.setId("categoryIconField");
        categoryIcon.getItems().add("");
        categoryIcon.getItems().addAll(IconShapes.NAMES);
        categoryIcon.setConverter(new StringConverter<>() {
            @Override
            public String toString(String icon) {
                return icon == null || icon.isEmpty() ? messages.get("deckEditor.noIcon") : icon;
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        });
        categoryIcon.valueProperty().addListener((obs, old, icon) -> {
            if (!refreshing) {
                model.setCategoryIcon(icon);
            }
        });
        prompts.setId("deckPromptsField");
        prompts.setPrefRowCount(3);
        onEdit(prompts, model::setPrompts);
        FlowPane buttons = buttonRow(button("addCategory", "deckEditor.addCategory", model::addCategory),
                named(button("deleteCategory", "deckEditor.delete", model::deleteCategory), "deckEditor.deleteCategory"),
                named(button("categoryUp", "deckEditor.up", () -> model.moveCategory(-1)), "deckEditor.categoryUp"),
                named(button("categoryDown", "deckEditor.down", () -> model.moveCategory(1)), "deckEditor.categoryDown"));
        VBox column = new VBox(heading("deckEditor.categories"), categoryList, buttons,
                labelled("deckEditor.categoryName", categoryName), labelled("deckEditor.colour", categoryColour),
                labelled("deckEditor.icon", categoryIcon), new Separator(Orientation.HORIZONTAL),
                labelled("deckEditor.prompts", prompts));
        column.getStyleClass().add("editor-column");
        VBox.setVgrow(categoryList, Priority.ALWAYS);
        return column;
    }

    private Node cardsColumn() {
        cardList.setId("cardList");
        cardList.setAccessibleText(messages.get("deckEditor.cards"));
        cardList.setCellFactory(list -> cell(card -> messages.get("deckEditor.cardItem", card.number(), card.title())));
        onSelect(cardList, model.selectedCardProperty()::set);
        cardCategory.setId("cardCategoryField");
        cardCategory.setConverter(new StringConverter<>() {
            @Override
            public String toString(CategoryDraft category) {
                return category == null ? "" : category.name();
            }

            @Override
            public CategoryDraft fromString(String text) {
                return null;
            }
        });
        cardCategory.valueProperty().addListener((obs, old, category) -> {
            if (!refreshing && category != null) {
                model.setCardCategory(category.id());
            }
        });
        cardTitle.setId("cardTitleField");
        onEdit(cardTitle, model::setCardTitle);
        cardStatement.setId("cardStatementField");
        cardStatement.setWrapText(true);
        cardStatement.setPrefRowCount(3);
        onEdit(cardStatement, model::setCardStatement);
        cardExplanation.setId("cardExplanationField");
        onEdit(cardExplanation, model::setCardExplanation);
        FlowPane buttons = buttonRow(button("addCard", "deckEditor.addCard", model::addCard),
                named(button("deleteCard", "deckEditor.delete", model::deleteCard), "deckEditor.deleteCard"),
                named(button("cardUp", "deckEditor.up", () -> model.moveCard(-1)), "deckEditor.cardUp"),
                named(button("cardDown", "deckEditor.down", () -> model.moveCard(1)), "deckEditor.cardDown"),
                button("renumberCards", "deckEditor.renumber", model::numberCardsInBoardOrder));
        VBox column = new VBox(heading("deckEditor.cards"), cardList, buttons,
                labelled("deckEditor.cardCategory", cardCategory), labelled("deckEditor.cardTitle", cardTitle),
                labelled("deckEditor.cardStatement", cardStatement),
                labelled("deckEditor.cardExplanation", cardExplanation));
        column.getStyleClass().add("editor-column");
        VBox.setVgrow(cardList, Priority.ALWAYS);
        return column;
    }

    private Node checkColumn() {
        problems.setId("deckProblems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.getStyleClass().add("deck-message");
        ScrollPane previewScroller = ScrollPanes.uncached(preview);
        previewScroller.setFitToWidth(true);
        previewScroller.getStyleClass().add("preview-scroller");
        VBox.setVgrow(previewScroller, Priority.ALWAYS);
        VBox column = new VBox(heading("deckEditor.check"), problems, new Separator(Orientation.HORIZONTAL),
                heading("deckEditor.preview"), previewScroller);
        column.getStyleClass().addAll("editor-column", "editor-check");
        return column;
    }

    /** Each field on screen that has a problem gets a mark; the list in the check column says them all. */
    private void markProblems() {
        ValidationMark.follow(deckTitle, model.problemProperty(FieldProblems.Field.DECK_TITLE));
        ValidationMark.follow(prompts, model.problemProperty(FieldProblems.Field.PROMPTS));
        ValidationMark.follow(categoryName, model.problemProperty(FieldProblems.Field.CATEGORY_NAME));
        ValidationMark.follow(cardTitle, model.problemProperty(FieldProblems.Field.CARD_TITLE));
        ValidationMark.follow(cardStatement, model.problemProperty(FieldProblems.Field.CARD_STATEMENT));
        ValidationMark.follow(cardExplanation, model.problemProperty(FieldProblems.Field.CARD_EXPLANATION));
    }

    private void showProblems() {
        List<String> found = model.problems();
        problems.setText(found.isEmpty() ? messages.get("deckEditor.noProblems")
                : messages.get("deckEditor.problems") + "\n" + String.join("\n", found));
        problems.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), !found.isEmpty());
    }

    /** Copies the model into the controls; a field's text is only replaced when it differs, so typing is not disturbed. */
    private void refresh() {
        refreshing = true;
        DeckDraft draft = model.draftProperty().get();
        setText(deckTitle, draft.title());
        if (!String.join("\n", draft.prompts()).equals(prompts.getText().lines().map(String::strip)
                .filter(line -> !line.isEmpty()).reduce((a, b) -> a + "\n" + b).orElse(""))) {
            prompts.setText(String.join("\n", draft.prompts()));
        }
        sync(categoryList.getItems(), draft.categories());
        sync(cardCategory.getItems(), draft.categories());
        sync(cardList.getItems(), draft.cards());
        int category = model.selectedCategoryProperty().get();
        categoryList.getSelectionModel().clearAndSelect(category);
        CategoryDraft selectedCategory = category >= 0 ? draft.categories().get(category) : null;
        setText(categoryName, selectedCategory == null ? "" : selectedCategory.name());
        categoryColour.setValue(selectedCategory == null ? null : selectedCategory.colour());
        categoryIcon.setValue(selectedCategory == null ? null : selectedCategory.icon());
        for (Node field : List.of(categoryName, categoryColour, categoryIcon)) {
            field.setDisable(selectedCategory == null);
        }
        int card = model.selectedCardProperty().get();
        cardList.getSelectionModel().clearAndSelect(card);
        CardDraft selectedCard = card >= 0 ? draft.cards().get(card) : null;
        cardCategory.setValue(selectedCard == null ? null : draft.categories().stream()
                .filter(c -> c.id().equals(selectedCard.category())).findFirst().orElse(null));
        setText(cardTitle, selectedCard == null ? "" : selectedCard.title());
        setText(cardStatement, selectedCard == null ? "" : selectedCard.statement());
        setText(cardExplanation, selectedCard == null ? "" : selectedCard.explanation());
        for (Node field : List.of(cardCategory, cardTitle, cardStatement, cardExplanation)) {
            field.setDisable(selectedCard == null);
        }
        refreshing = false;
    }

    /** Changes only the items that changed, so typing in a field does not redraw whole lists. */
    private static <T> void sync(List<T> items, List<T> now) {
        if (items.size() != now.size()) {
            items.clear();
            items.addAll(now);
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!items.get(i).equals(now.get(i))) {
                items.set(i, now.get(i));
            }
        }
    }

    private static void setText(TextInputControl field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
        }
    }

    private void onEdit(TextInputControl field, Consumer<String> edit) {
        field.textProperty().addListener((obs, old, text) -> {
            if (!refreshing) {
                edit.accept(text);
            }
        });
    }

    private <T> void onSelect(ListView<T> list, Consumer<Integer> select) {
        ChangeListener<Number> listener = (obs, old, index) -> {
            if (!refreshing) {
                select.accept(index.intValue());
            }
        };
        list.getSelectionModel().selectedIndexProperty().addListener(listener);
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A column's buttons: on a narrow window (a 1024x768 laptop) they wrap rather than widen the column. */
    private static FlowPane buttonRow(Button... buttons) {
        FlowPane row = new FlowPane(buttons);
        row.getStyleClass().add("editor-buttons");
        return row;
    }

    /** The same short text on two buttons (Delete, Up, Down) needs a fuller name for screen readers. */
    private Button named(Button button, String key) {
        button.setAccessibleText(messages.get(key));
        return button;
    }

    private Label heading(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("editor-heading");
        return heading;
    }

    private VBox labelled(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("form-label");
        label.setLabelFor(field);
        // a long label takes a second line in a narrow column rather than losing its end
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(label, field);
        box.getStyleClass().add("editor-field");
        return box;
    }
}
