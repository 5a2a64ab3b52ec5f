package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.hurdleboard.domain.Deck;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A facilitator copies the built-in deck, edits two cards, adds a category with a card, runs a
 * workshop with it and, after the deck file is gone, reopens the workshop: it still has its deck.
 */
class DeckEditorFlowTest extends AppFlowTest {
    @Test
    void anEditedCopyOfTheBuiltInDeckRunsAWorkshopThatKeepsItsDeck(FxRobot robot) throws Exception {
        Path file = home.resolve("workshops").resolve("Own deck.hurdles");
        robot.clickOn("#newWorkshop");
        robot.clickOn("#editDeck");
        waitUntil(() -> showing(robot, "#deckEditor"));

        selectCard(robot, 0);
        replaceText(robot, "#cardTitleField", "Sites blocked");
        selectCard(robot, 1);
        replaceText(robot, "#cardStatementField", "A week to unblock.");
        robot.clickOn("#addCategory");
        replaceText(robot, "#categoryNameField", "Ours");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> icon = robot.lookup("#categoryIconField").queryAs(ComboBox.class);
            icon.setValue("star");
        });
        robot.clickOn("#addCard");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> category = robot.lookup("#cardCategoryField").queryAs(ComboBox.class);
            category.getSelectionModel().selectLast();
        });
        replaceText(robot, "#cardTitleField", "Long meetings");
        assertThat(problems(robot)).contains("cards[50].statement: is empty. Give it a value.");
        replaceText(robot, "#cardStatementField", "No time to try.");
        assertThat(problems(robot)).startsWith("No problems");

        robot.clickOn("#saveDeck");
        waitUntil(() -> robot.lookup("#editorStatus").queryAs(Label.class).getText().startsWith("Saved"));
        robot.clickOn("#closeEditor");
        waitUntil(() -> !showing(robot, "#deckEditor"));

        @SuppressWarnings("unchecked")
        Deck chosen = ((ComboBox<Deck>) robot.lookup("#deckField").queryAs(ComboBox.class)).getValue();
        assertThat(chosen.title()).isEqualTo("Overcoming the Hurdles (my copy)");
        Path deckFile = home.resolve("decks").resolve(chosen.id() + ".json");
        assertThat(deckFile).exists();

        robot.clickOn("#titleField").write("Own deck");
        TextField fileField = robot.lookup("#fileField").queryAs(TextField.class);
        robot.interact(() -> fileField.setText(file.toString()));
        robot.clickOn("#createWorkshop");
        waitUntil(() -> showing(robot, "#board"));
        assertEditedBoard(robot);

        robot.clickOn("#closeWorkshop");
        waitUntil(() -> showing(robot, "#newWorkshop"));
        Files.delete(deckFile);
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> showing(robot, "#board"));
        assertEditedBoard(robot);
        robot.clickOn("#card-2");
        assertThat(robot.lookup("#spotlightStatement").queryAs(Label.class).getText())
                .isEqualTo("A week to unblock.");
    }

    @Test
    void undoAndRedoStepThroughEditsAndTypingInOneFieldIsOneStep(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        robot.clickOn("#editDeck");
        waitUntil(() -> showing(robot, "#deckEditor"));
        selectCard(robot, 0);

        replaceText(robot, "#cardTitleField", "Blocked");
        robot.clickOn("#deleteCard");
        assertThat(cardTitles(robot)).doesNotContain("1  Blocked");

        robot.clickOn("#undoEdit");
        assertThat(cardTitles(robot).get(0)).isEqualTo("1  Blocked");
        robot.clickOn("#undoEdit");
        assertThat(cardTitles(robot).get(0)).isEqualTo("1  Social sites are blocked or filtered");
        robot.clickOn("#redoEdit");
        assertThat(cardTitles(robot).get(0)).isEqualTo("1  Blocked");
    }

    @Test
    void aNewDeckFromNothingNeedsOnlyItsFirstStatementToBeSaved(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        robot.clickOn("#newDeck");
        waitUntil(() -> showing(robot, "#deckEditor"));
        assertThat(robot.lookup("#saveDeck").query().isDisabled()).isTrue();

        replaceText(robot, "#cardStatementField", "No time.");
        robot.clickOn("#saveDeck");
        waitUntil(() -> robot.lookup("#editorStatus").queryAs(Label.class).getText().startsWith("Saved"));
        robot.clickOn("#closeEditor");
        waitUntil(() -> !showing(robot, "#deckEditor"));

        @SuppressWarnings("unchecked")
        Deck chosen = ((ComboBox<Deck>) robot.lookup("#deckField").queryAs(ComboBox.class)).getValue();
        assertThat(chosen.title()).isEqualTo("My deck");
        assertThat(chosen.size()).isEqualTo(1);
        assertThat(home.resolve("decks").resolve("my-deck.json")).exists();
    }

    @Test
    void closingWithUnsavedChangesAsksFirstAndKeepingThemKeepsTheEditorOpen(FxRobot robot) {
        robot.clickOn("#newWorkshop");
        robot.clickOn("#editDeck");
        waitUntil(() -> showing(robot, "#deckEditor"));
        robot.clickOn("#addCategory");

        robot.clickOn("#closeEditor");
        robot.clickOn("Keep editing");
        assertThat(showing(robot, "#deckEditor")).isTrue();

        robot.clickOn("#closeEditor");
        robot.clickOn("Close and lose changes");
        waitUntil(() -> !showing(robot, "#deckEditor"));
        assertThat(home.resolve("decks")).doesNotExist();
    }

    private static void assertEditedBoard(FxRobot robot) {
        List<Label> headers = List.copyOf(robot.lookup(".category-header").queryAllAs(Label.class));
        assertThat(headers).extracting(Label::getText).endsWith("Leadership and Management", "Ours");
        assertThat(headers.get(headers.size() - 1).getGraphic()).as("the new category's icon").isNotNull();
        assertThat(robot.lookup("#card-1 .card-title").queryAs(Label.class).getText()).isEqualTo("Sites blocked");
        assertThat(robot.lookup("#card-51 .card-title").queryAs(Label.class).getText()).isEqualTo("Long meetings");
        assertThat(robot.lookup(".card").queryAll()).hasSize(51);
    }

    private static void selectCard(FxRobot robot, int index) {
        List<Node> cells = robot.lookup("#cardList .list-cell").queryAll().stream().toList();
        robot.clickOn(cells.get(index));
    }

    private static List<String> cardTitles(FxRobot robot) {
        return robot.lookup("#cardList .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(cell -> cell.getText() == null ? "" : cell.getText()).filter(text -> !text.isEmpty()).toList();
    }

    private static String problems(FxRobot robot) {
        return robot.lookup("#deckProblems").queryAs(Label.class).getText();
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }
}
