package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.hurdleboard.settings.UserSettings;
import org.hurdleboard.settings.UserSettings.Language;
import org.hurdleboard.ui.common.DisplayLocale;
import org.hurdleboard.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Cymraeg on the start screen turns the app Welsh at once, and it is still Welsh next time. */
class LanguageFlowTest extends AppFlowTest {
    private final Messages english = new Messages(Locale.UK);
    private final Messages welsh = new Messages(DisplayLocale.WELSH);

    @Test
    void cymraegIsChosenWithTheMouseKeptAfterARestartAndEnglishChosenBackWithTheKeyboard(FxRobot robot)
            throws TimeoutException {
        assertThat(text(robot, "#newWorkshop")).isEqualTo(english.get("start.new"));
        assertThat(toggle(robot, "#language-system").isSelected()).isTrue();

        robot.clickOn("#language-cy");

        assertThat(text(robot, "#newWorkshop")).isEqualTo("Gweithdy newydd\u2026");
        assertThat(text(robot, "#openFile")).isEqualTo(welsh.get("start.open"));
        assertThat(text(robot, "#tryDemo")).isEqualTo(welsh.get("start.demo"));
        assertThat(toggle(robot, "#language-cy").isSelected()).isTrue();
        assertThat(toggle(robot, "#language-en").getAccessibleText()).as("what a screen reader says")
                .isEqualTo("Iaith: English");
        waitUntil(() -> savedLanguage() == Language.CY);

        app.window.shutdown();
        FxToolkit.setupStage(primary -> app = new TestApp(primary, home, null));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#newWorkshop")).isEqualTo(welsh.get("start.new"));
        assertThat(text(robot, "#tryDemo")).isEqualTo("Rhoi cynnig ar y demo");
        assertThat(toggle(robot, "#language-cy").isSelected()).isTrue();

        robot.interact(() -> toggle(robot, "#language-en").requestFocus());
        robot.type(KeyCode.SPACE);

        assertThat(text(robot, "#newWorkshop")).isEqualTo(english.get("start.new"));
        assertThat(text(robot, "#tryDemo")).isEqualTo("Try the demo");
        waitUntil(() -> savedLanguage() == Language.EN);
    }

    @Test
    void theDemoBoardIsWelshTooWithWelshDates(FxRobot robot) {
        robot.clickOn("#language-cy");
        robot.clickOn("#tryDemo");
        waitUntil(() -> TestApp.showing(robot, "#board"));

        assertThat(stage.getTitle()).contains(welsh.get("demo.title"));
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class)).map(Labeled::getText)
                .contains(welsh.get("board.saved"))
                .anyMatch(label -> label.contains("Tachwedd 2026"));
    }

    /** JavaFX names its own OK and Cancel in English whatever the language. */
    @Test
    void dialogsOkAndCancelAreWelshToo(FxRobot robot) {
        robot.clickOn("#language-cy");
        robot.clickOn("#tryDemo");
        waitUntil(() -> TestApp.showing(robot, "#board"));

        robot.clickOn("#roundMenu").clickOn("#participantNamesItem");
        waitUntil(() -> TestApp.showing(robot, "#namesConfirm"));
        assertThat(dialogButtons(robot)).containsExactlyInAnyOrder("Iawn", "Canslo");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !TestApp.showing(robot, "#namesConfirm"));

        robot.clickOn("#roundMenu").clickOn("#addRound");
        waitUntil(() -> TestApp.showing(robot, "#roundConfirm"));
        assertThat(dialogButtons(robot)).containsExactlyInAnyOrder(welsh.get("round.add.confirm"), "Canslo");
        robot.type(KeyCode.ESCAPE);
    }

    /** JavaFX's own right-click menu of a text field is English only; the app's is in its language. */
    @Test
    void aTextFieldsRightClickMenuIsWelshToo(FxRobot robot) {
        robot.clickOn("#language-cy");
        robot.clickOn("#newWorkshop");
        robot.clickOn("#titleField").write("Diwrnod hyfforddi");

        // the menu key's request, as the platform sends it (headless, a right click sends none)
        javafx.scene.control.TextField title = robot.lookup("#titleField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            javafx.geometry.Bounds box = title.localToScreen(title.getBoundsInLocal());
            javafx.event.Event.fireEvent(title, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, box.getMinX() + 10,
                    box.getMinY() + 10, true, null));
        });
        waitUntil(() -> TestApp.showing(robot, ".context-menu .menu-item"));
        java.util.List<String> items = robot.lookup(".context-menu .menu-item .label")
                .queryAllAs(javafx.scene.control.Label.class).stream().map(javafx.scene.control.Label::getText).toList();
        assertThat(items).containsExactly("Dadwneud", "Ail-wneud", "Torri", "Cop\u00efo", "Gludo", "Dileu", "Dewis y cyfan");

        robot.clickOn("Dewis y cyfan");
        assertThat(title.getSelectedText()).isEqualTo("Diwrnod hyfforddi");
    }

    private static java.util.List<String> dialogButtons(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(javafx.scene.Node::isVisible).map(javafx.scene.control.Button::getText).toList();
    }

    @Test
    void aWorkshopIsSetUpAndCreatedInWelsh(FxRobot robot) {
        robot.clickOn("#language-cy");
        robot.clickOn("#newWorkshop");
        robot.clickOn("#createWorkshop");

        assertThat(text(robot, "#titleError")).isEqualTo("Rhowch deitl i\u2019r gweithdy.");
        assertThat(robot.lookup("#dateField").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("29/11/2026");

        robot.clickOn("#titleField").write("Diwrnod hyfforddi");
        DatePicker date = robot.lookup("#dateField").queryAs(DatePicker.class);
        robot.interact(date.getEditor()::clear);
        robot.clickOn(date.getEditor()).write("03/12/2026").type(KeyCode.TAB);
        robot.clickOn("#createWorkshop");
        waitUntil(() -> TestApp.showing(robot, "#board"));

        assertThat(stage.getTitle()).isEqualTo("Diwrnod hyfforddi \u2013 Hurdle Board");
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class)).map(Labeled::getText)
                .contains(welsh.get("board.saved"))
                .anyMatch(label -> label.contains("3 Rhagfyr 2026"));
    }

    @Test
    void aWelshWorkshopRunsOnWelshCardsAndKeepsThemWhenOpenedInEnglish(FxRobot robot) throws Exception {
        String welshCard = "Safleoedd cymdeithasol wedi\u2019u rhwystro";
        robot.clickOn("#language-cy");
        robot.clickOn("#newWorkshop");
        robot.clickOn("#titleField").write("Gweithdy Mynwy");
        robot.clickOn("#createWorkshop");
        waitUntil(() -> TestApp.showing(robot, "#board"));
        assertThat(labels(robot)).contains(welshCard).doesNotContain("Social sites are blocked or filtered");

        app.window.shutdown();
        UserSettings settings = UserSettings.load(app.context.home().settingsFile());
        settings.setLanguage(Language.EN);
        settings.save();
        java.nio.file.Path file = app.context.recentFiles().load().get(0).file();
        FxToolkit.setupStage(primary -> app = new TestApp(primary, home, null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#newWorkshop")).isEqualTo(english.get("start.new"));
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> TestApp.showing(robot, "#board"));

        assertThat(labels(robot)).contains(welshCard).doesNotContain("Social sites are blocked or filtered");
    }

    private static java.util.List<String> labels(FxRobot robot) {
        return robot.lookup(".label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    private Language savedLanguage() {
        return UserSettings.load(app.context.home().settingsFile()).language();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static ToggleButton toggle(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ToggleButton.class);
    }
}
