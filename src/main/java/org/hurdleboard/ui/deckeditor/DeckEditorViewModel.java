package org.hurdleboard.ui.deckeditor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hurdleboard.deck.DeckDraft;
import org.hurdleboard.deck.DeckDraft.CardDraft;
import org.hurdleboard.deck.DeckDraft.CategoryDraft;
import org.hurdleboard.deck.DeckLibrary;
import org.hurdleboard.deck.DeckProblem;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.ui.common.Background;
import org.hurdleboard.ui.common.FileReasons;
import org.hurdleboard.ui.common.Messages;

/**
 * The deck editor: a draft deck, what is selected in it, every edit undoable, the problems the
 * deck file reader would report, and the last valid version of the deck for the preview.
 * Typing in one field is one undo step, not one per key.
 */
public final class DeckEditorViewModel {
    private final Messages messages;
    private final DeckLibrary library;
    private final Background background;
    private final Consumer<Deck> onSaved;
    private final ReadOnlyObjectWrapper<DeckDraft> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Deck> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final FieldProblems fieldProblems = new FieldProblems();
    private List<DeckProblem> found = List.of();
    private final IntegerProperty selectedCategory = new SimpleIntegerProperty(-1);
    private final IntegerProperty selectedCard = new SimpleIntegerProperty(-1);
    private final Deque<DeckDraft> undo = new ArrayDeque<>();
    private final Deque<DeckDraft> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private String lastEditKey;
    /** The draft as it was opened or last saved: closing loses nothing while the draft equals it. */
    private DeckDraft kept;

    public DeckEditorViewModel(DeckDraft start, Messages messages, DeckLibrary library, Background background,
                               Consumer<Deck> onSaved) {
        this.messages = messages;
        this.library = library;
        this.background = background;
        this.onSaved = onSaved;
        show(start);
        kept = start;
        selectedCategory.set(start.categories().isEmpty() ? -1 : 0);
        selectedCard.set(start.cards().isEmpty() ? -1 : 0);
        selectedCategory.addListener((obs, old, now) -> showFieldProblems());
        selectedCard.addListener((obs, old, now) -> showFieldProblems());
        showFieldProblems();
    }

    /** The first problem in one of the fields on screen, or "" when it has none. */
    ReadOnlyStringProperty problemProperty(FieldProblems.Field field) {
        return fieldProblems.of(field);
    }

    private void showFieldProblems() {
        fieldProblems.show(found, selectedCategory.get(), selectedCard.get(), messages.locale());
    }

    public ReadOnlyObjectProperty<DeckDraft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Deck> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public IntegerProperty selectedCategoryProperty() {
        return selectedCategory;
    }

    public IntegerProperty selectedCardProperty() {
        return selectedCard;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setTitle(String title) {
        edit("title", d -> d.withTitle(title));
    }

    /** The deck's questions for every card, typed one a line; blank lines are not questions. */
    public void setPrompts(String lines) {
        edit("prompts", d -> d.withPrompts(lines.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()));
    }

    public void setCategoryName(String name) {
        int index = selectedCategory.get();
        if (index >= 0) {
            edit("category-name-" + index, d -> {
                CategoryDraft c = d.categories().get(index);
                return d.withCategory(index, new CategoryDraft(c.id(), name, c.colour(), c.icon()));
            });
        }
    }

    public void setCategoryColour(String colour) {
        int index = selectedCategory.get();
        if (index >= 0 && colour != null) {
            edit(null, d -> {
                CategoryDraft c = d.categories().get(index);
                return d.withCategory(index, new CategoryDraft(c.id(), c.name(), colour, c.icon()));
            });
        }
    }

    /** The category's icon by name; empty for none. */
    public void setCategoryIcon(String icon) {
        int index = selectedCategory.get();
        if (index >= 0 && icon != null) {
            edit(null, d -> {
                CategoryDraft c = d.categories().get(index);
                return d.withCategory(index, new CategoryDraft(c.id(), c.name(), c.colour(), icon));
            });
        }
    }

    public void addCategory() {
        edit(null, d -> d.withNewCategory(messages.get("deckEditor.newCategory")));
        selectedCategory.set(draft.get().categories().size() - 1);
    }

    public void deleteCategory() {
        int index = selectedCategory.get();
        if (index >= 0) {
            edit(null, d -> d.withoutCategory(index));
            selectedCategory.set(Math.min(index, draft.get().categories().size() - 1));
            selectedCard.set(Math.min(selectedCard.get(), draft.get().cards().size() - 1));
        }
    }

    public void moveCategory(int by) {
        int index = selectedCategory.get();
        if (index >= 0) {
            edit(null, d -> d.withCategoryMoved(index, by));
            selectedCategory.set(Math.max(0, Math.min(draft.get().categories().size() - 1, index + by)));
        }
    }

    public void setCardTitle(String title) {
        editCard("title", c -> c.withText(title, c.statement(), c.explanation()));
    }

    public void setCardStatement(String statement) {
        editCard("statement", c -> c.withText(c.title(), statement, c.explanation()));
    }

    public void setCardExplanation(String explanation) {
        editCard("explanation", c -> c.withText(c.title(), c.statement(), explanation));
    }

    public void setCardCategory(String categoryId) {
        if (categoryId != null) {
            editCard(null, c -> c.inCategory(categoryId));
        }
    }

    /** A new card in the selected card's category (else the selected category), selected for editing. */
    public void addCard() {
        DeckDraft d = draft.get();
        String category = selectedCard.get() >= 0 ? d.cards().get(selectedCard.get()).category()
                : selectedCategory.get() >= 0 ? d.categories().get(selectedCategory.get()).id() : null;
        if (category == null) {
            return;
        }
        edit(null, x -> x.withNewCard(category, messages.get("deckEditor.newCard")));
        selectedCard.set(draft.get().cards().size() - 1);
    }

    public void deleteCard() {
        int index = selectedCard.get();
        if (index >= 0) {
            edit(null, d -> d.withoutCard(index));
            selectedCard.set(Math.min(index, draft.get().cards().size() - 1));
        }
    }

    public void moveCard(int by) {
        int index = selectedCard.get();
        if (index >= 0) {
            edit(null, d -> d.withCardMoved(index, by));
            selectedCard.set(Math.max(0, Math.min(draft.get().cards().size() - 1, index + by)));
        }
    }

    /** Whether closing now would lose edits. */
    public boolean hasUnsavedChanges() {
        return !draft.get().equals(kept);
    }

    public void numberCardsInBoardOrder() {
        edit(null, DeckDraft::withCardsNumberedInBoardOrder);
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(draft.get());
            show(undo.pop());
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(draft.get());
            show(redo.pop());
        }
    }

    /** Saves the deck into the library (in the background); the editor's owner is told once it is there. */
    public void save() {
        Deck deck = preview.get();
        if (!canSave.get() || deck == null) {
            return;
        }
        canSave.set(false);
        status.set(messages.get("deckEditor.saving"));
        DeckDraft saving = draft.get();
        background.run(() -> library.save(deck), file -> {
            kept = saving;
            status.set(messages.get("deckEditor.saved", deck.title()));
            canSave.set(true);
            onSaved.accept(deck);
        }, error -> {
            status.set(messages.get("deckEditor.saveFailed", FileReasons.of(messages, error)));
            canSave.set(true);
        });
    }

    private void editCard(String field, UnaryOperator<CardDraft> change) {
        int index = selectedCard.get();
        if (index >= 0) {
            edit(field == null ? null : "card-" + field + "-" + index, d -> d.withCard(index, change));
        }
    }

    /** One edit: a new undo step, unless it continues typing in the same field as the last one. */
    private void edit(String key, UnaryOperator<DeckDraft> change) {
        DeckDraft before = draft.get();
        DeckDraft after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        if (key == null || !key.equals(lastEditKey)) {
            undo.push(before);
        }
        redo.clear();
        show(after);
        lastEditKey = key;
    }

    private void show(DeckDraft next) {
        lastEditKey = null;
        draft.set(next);
        DeckDraft.Check check = next.check();
        Locale locale = messages.locale();
        found = check.problems();
        problems.setAll(found.stream().map(p -> p.describe(locale)).toList());
        if (check.ok()) {
            preview.set(check.deck());
        }
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        canSave.set(check.ok());
        status.set("");
        selectedCategory.set(Math.min(selectedCategory.get(), next.categories().size() - 1));
        selectedCard.set(Math.min(selectedCard.get(), next.cards().size() - 1));
        showFieldProblems();
    }
}
