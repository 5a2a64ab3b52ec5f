package org.hurdleboard.ui.deckeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.deck.DeckDraft;
import org.hurdleboard.deck.DeckLibrary;
import org.hurdleboard.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's model on its own: what one edit, one undo and a typed list of questions do. */
class DeckEditorViewModelTest {
    @TempDir
    Path dir;

    private DeckEditorViewModel editor() {
        BuiltInDecks decks = new BuiltInDecks();
        DeckDraft draft = DeckDraft.of(decks.load(BuiltInDecks.PEOPLE_AND_CULTURE)).copyAs("mine", "Mine");
        return new DeckEditorViewModel(draft, new Messages(Locale.UK), new DeckLibrary(dir, decks), null, deck -> { });
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        DeckEditorViewModel editor = editor();

        editor.setCardTitle("T");
        editor.setCardTitle("To");
        editor.setCardTitle("Too few");
        editor.setCardStatement("Changed.");
        editor.undo();

        assertThat(editor.draftProperty().get().cards().get(0).title()).isEqualTo("Too few");
        editor.undo();
        assertThat(editor.draftProperty().get().cards().get(0).title()).isEqualTo("Too few people willing to push");
        assertThat(editor.canUndoProperty().get()).isFalse();
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void questionsAreTypedOneALineAndCheckedLikeADeckFile() {
        DeckEditorViewModel editor = editor();

        editor.setPrompts("What does it cost us?\n\n  Who could help?  \n");
        assertThat(editor.previewProperty().get().prompts()).containsExactly("What does it cost us?", "Who could help?");

        editor.setPrompts("One?\nTwo?\nThree?\nFour?");
        assertThat(editor.problems()).containsExactly("prompts: has more than 3 entries. Split the deck or remove some.");
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.hasUnsavedChanges()).isTrue();
    }

    @Test
    void deletingTheSelectedCategoryTakesItsCardsAndUndoBringsThemBack() {
        DeckEditorViewModel editor = editor();
        int cards = editor.draftProperty().get().cards().size();

        editor.deleteCategory();
        assertThat(editor.draftProperty().get().cards()).hasSize(cards - 4);
        editor.undo();

        assertThat(editor.draftProperty().get().cards()).hasSize(cards);
    }
}
