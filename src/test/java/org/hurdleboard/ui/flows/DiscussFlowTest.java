package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Item;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.store.SessionFile;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** From votes to action: the discuss stage, by keyboard, saved as it goes and there after a reopen. */
class DiscussFlowTest extends AppFlowTest {
    /** 1,000 characters: Arabic and Hebrew (right to left), emoji, markup, a formula, line breaks. */
    private static final String LONG_NOTE = longNote();

    private static String longNote() {
        String piece = "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd \ud83d\ude80\ud83d\udc69\ud83c\udffd"
                + "\u200d\ud83d\udcbb <script>alert(1)</script> =HYPERLINK(\"x\")\nline ";
        StringBuilder text = new StringBuilder();
        while (text.length() < 1000) {
            text.append(piece);
        }
        return text.substring(0, 999) + "!";
    }

    private Path openNewWorkshop(FxRobot robot) throws Exception {
        Path file = home.resolve("discuss.hurdles");
        SessionFile.create(file, Session.start(new SessionDetails("Discuss", "", LocalDate.of(2026, 11, 29), "", 9),
                app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What blocks us?")).close();
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> showing(robot, "#board"));
        return file;
    }

    private static void reopen(FxRobot robot, TestApp app, Path file) {
        robot.interact(() -> {
            app.window.closeSession();
            app.window.openSession(file, error -> { });
        });
        waitUntil(() -> showing(robot, "#board"));
    }

    @Test
    void aRoomGoesFromVotesToOwnedDatedActionsAndFindsThemAllAfterAReopen(FxRobot robot) throws Exception {
        Path file = openNewWorkshop(robot);
        robot.clickOn("#card-33").write("+++");
        robot.clickOn("#card-1").write("++");
        robot.clickOn("#card-12").write("+");

        robot.write("d");
        waitUntil(() -> showing(robot, "#discussConsole"));
        assertThat(robot.lookup("#discussWhere").queryAs(Label.class).getText())
                .isEqualTo("Card 1 of 3: number 33");
        waitUntil(() -> robot.lookup("#input-note").query().isFocused());
        robot.write("We are not allowed on Facebook").type(KeyCode.ENTER);
        robot.write("IT blocks video calls").type(KeyCode.ENTER);
        robot.clickOn("#input-idea").write("Ask the CIO for a pilot").type(KeyCode.ENTER);
        robot.clickOn("#input-action").write("Write to the CIO");
        robot.clickOn("#input-owner").write("Head of digital");
        robot.clickOn("#input-due").write("31/1/2027").type(KeyCode.ENTER);
        robot.clickOn("#input-action").write("Draft a social media policy");
        robot.clickOn("#input-owner").write("Sam");
        robot.clickOn("#input-due").write("2027-03-01").type(KeyCode.ENTER);
        robot.clickOn("#championsMore").clickOn("#championsMore").clickOn("#championsMore");
        robot.press(KeyCode.CONTROL).type(KeyCode.DOWN).release(KeyCode.CONTROL);
        assertThat(robot.lookup("#discussChampions").queryAs(Label.class).getText()).isEqualTo("2");

        robot.clickOn("#discussAddCard");
        robot.write("No time to learn").type(KeyCode.ENTER);
        assertThat(robot.lookup("#discussWhere").queryAs(Label.class).getText()).endsWith("number 51");
        robot.clickOn("#input-idea").write("A protected learning hour").type(KeyCode.ENTER);

        // the room's view shows what was captured, never an owner
        List<String> roomText = robot.lookup(".discuss-room .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(roomText).contains("No time to learn", "A protected learning hour", "Added by the room");
        robot.type(KeyCode.PAGE_UP);
        assertThat(robot.lookup(".discuss-room .label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Write to the CIO \u2014 by 31 Jan 2027 \u2014 Open", "We are not allowed on Facebook")
                .noneMatch(text -> text.contains("Head of digital") || text.contains("Sam"));

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> showing(robot, "#board"));
        assertThat(robot.lookup("#card-33 .plan-badge").queryAs(Label.class).getText()).isEqualTo("Actions");
        assertThat(robot.lookup("#card-33").query().getAccessibleText()).endsWith("Has actions.");
        assertThat(robot.lookup("#card-51 .plan-badge").queryAs(Label.class).getText()).isEqualTo("Ideas");
        assertThat(showing(robot, "#card-1 .plan-badge")).isFalse();

        robot.interact(() -> app.window.closeSession());
        waitUntil(() -> showing(robot, "#recentFiles"));
        try (SessionFile saved = SessionFile.openReadOnly(file)) {
            Session session = saved.session();
            assertThat(session.discussion().items(ItemKind.NOTE, 33)).extracting(Item::text)
                    .containsExactly("We are not allowed on Facebook", "IT blocks video calls");
            assertThat(session.discussion().items(ItemKind.IDEA, 33)).extracting(Item::text)
                    .containsExactly("Ask the CIO for a pilot");
            assertThat(session.discussion().actionsByOwner()).extracting(Item::text, Item::owner, Item::due,
                    Item::state).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Write to the CIO", "Head of digital",
                            LocalDate.of(2027, 1, 31), ActionState.OPEN),
                    org.assertj.core.groups.Tuple.tuple("Draft a social media policy", "Sam",
                            LocalDate.of(2027, 3, 1), ActionState.OPEN));
            assertThat(session.discussion().champions(33)).isEqualTo(2);
            assertThat(session.addedCards()).containsExactly(51);
            assertThat(session.deck().card(51).orElseThrow().title()).isEqualTo("No time to learn");
        }
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> showing(robot, "#board"));
        assertThat(robot.lookup("#card-51 .plan-badge").queryAs(Label.class).getText()).isEqualTo("Ideas");
        robot.clickOn("#card-1").write("d");
        waitUntil(() -> showing(robot, "#discussConsole"));
        assertThat(robot.lookup("#discussWhere").queryAs(Label.class).getText())
                .as("the earlier sitting's room card is on the agenda again").isEqualTo("Card 1 of 4: number 33");
    }

    @Test
    void ctrlZUndoesTheLastCaptureAndAnEditIsMadeWhereTheItemIs(FxRobot robot) throws Exception {
        openNewWorkshop(robot);
        robot.clickOn("#card-5").write("+");
        robot.write("d");
        waitUntil(() -> showing(robot, "#discussConsole"));
        robot.clickOn("#input-note").write("first").type(KeyCode.ENTER);
        robot.write("second").type(KeyCode.ENTER);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(noteTexts(robot)).containsExactly("first");

        TextInputControl first = robot.lookup("#discuss-note .discuss-item-text").queryAs(TextInputControl.class);
        robot.clickOn(first).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("first, edited").type(KeyCode.ENTER);
        assertThat(noteTexts(robot)).containsExactly("first, edited");
        robot.clickOn("#input-note").write("third").type(KeyCode.ENTER);
        robot.clickOn(robot.lookup("#discuss-note .discuss-item-text").nth(1).queryAs(TextInputControl.class));
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertThat(noteTexts(robot)).containsExactly("third", "first, edited");
    }

    private static List<String> noteTexts(FxRobot robot) {
        return robot.lookup("#discuss-note .discuss-item-text").queryAllAs(TextInputControl.class).stream()
                .map(TextInputControl::getText).toList();
    }

    @Test
    void aThousandCharacterRightToLeftNoteWithEmojiNeitherBreaksTheLayoutNorChanges(FxRobot robot) throws Exception {
        Path file = openNewWorkshop(robot);
        robot.clickOn("#card-7").write("+");
        robot.write("d");
        waitUntil(() -> showing(robot, "#discussConsole"));
        TextInputControl input = robot.lookup("#input-note").queryAs(TextInputControl.class);
        robot.interact(() -> input.setText(LONG_NOTE));
        robot.clickOn(input).type(KeyCode.ENTER);
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });

        double width = stage.getScene().getWidth();
        double height = stage.getScene().getHeight();
        for (String part : new String[] {"#discussConsole", ".discuss-preview", ".discuss-room", "#discuss-note"}) {
            Node node = robot.lookup(part).query();
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            assertThat(bounds.getMaxX()).as("%s stays within the window's width", part).isLessThanOrEqualTo(width + 1);
            assertThat(bounds.getMaxY()).as("%s stays within the window's height", part).isLessThanOrEqualTo(height + 1);
        }
        assertThat(noteTexts(robot)).containsExactly(LONG_NOTE);

        reopen(robot, app, file);
        robot.clickOn("#card-7").write("d");
        waitUntil(() -> showing(robot, "#discussConsole"));
        assertThat(noteTexts(robot)).containsExactly(LONG_NOTE);
    }

    @Test
    void theRoomsOwnCardIsAddedFromTheBoardVotedOnAndUndone(FxRobot robot) throws Exception {
        openNewWorkshop(robot);
        robot.clickOn("#openRoomCard");
        robot.write("No time to learn");
        ChoiceBox<?> category = robot.lookup("#roomCardCategory").queryAs(ChoiceBox.class);
        robot.interact(() -> category.getSelectionModel().select(4));
        robot.clickOn("#roomCardStatement").write("Nobody gives us an hour").type(KeyCode.ENTER);

        waitUntil(() -> showing(robot, "#category-organisational-culture #card-51"));
        waitUntil(() -> robot.lookup("#card-51").query().isFocused());
        assertThat(robot.lookup("#spotlightStatement").queryAs(Label.class).getText())
                .isEqualTo("Nobody gives us an hour");
        robot.write("++");
        assertThat(TestApp.badge(robot, 51)).isEqualTo("2");

        // two votes, then the card itself
        robot.press(KeyCode.CONTROL).type(KeyCode.Z, KeyCode.Z, KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#card-51").tryQuery().isEmpty());
        assertThat(robot.lookup(".card").queryAll()).hasSize(50);
    }

    @Test
    void inPresentationModeTheRoomsViewFillsTheScreen(FxRobot robot) throws Exception {
        openNewWorkshop(robot);
        robot.clickOn("#card-9").write("++");
        robot.clickOn("#openDiscuss");
        waitUntil(() -> showing(robot, "#discussConsole"));
        robot.clickOn("#input-note").write("Nobody knows the rules").type(KeyCode.ENTER);

        robot.type(KeyCode.F5);
        waitUntil(stage::isFullScreen);
        Node room = robot.lookup(".discuss-room").query();
        assertThat(showing(robot, "#discussConsole")).isFalse();
        assertThat(showing(robot, "#undo")).isFalse();
        assertThat(room.getLayoutBounds().getWidth()).isGreaterThan(stage.getScene().getWidth() * 0.95);
        assertThat(robot.lookup(".discuss-room-fact").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("2 votes", "0 champions");

        robot.type(KeyCode.F5);
        waitUntil(() -> !stage.isFullScreen());
        waitUntil(() -> showing(robot, "#discussConsole"));
    }

    @Test
    void theDueDateHintIsWholeOnA1280x720Console(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        openNewWorkshop(robot);
        robot.clickOn("#card-7").write("+");
        robot.write("d");
        waitUntil(() -> showing(robot, "#discussConsole"));
        javafx.scene.control.TextField due = robot.lookup("#input-due").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });

        javafx.scene.text.Text hint = robot.from(due).lookup((java.util.function.Predicate<Node>) node ->
                node instanceof javafx.scene.text.Text text && due.getPromptText().equals(text.getText()))
                .queryAs(javafx.scene.text.Text.class);
        Bounds field = due.localToScene(due.getLayoutBounds());
        Bounds shown = hint.localToScene(hint.getLayoutBounds());
        assertThat(shown.getMaxX()).as("\"%s\" whole inside its field", due.getPromptText())
                .isLessThanOrEqualTo(field.getMaxX() - due.snappedRightInset() + 1);
        assertThat(shown.getMinX()).isGreaterThanOrEqualTo(field.getMinX());
    }
}
