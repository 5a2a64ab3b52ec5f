package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** One look for every window the app opens, the deck editor's question on closing among them. */
class EveryWindowThemedTest extends AppFlowTest {
    @Test
    void inTheDarkThemeTheDeckEditorAndItsUnsavedChangesQuestionAreDarkToo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#newWorkshop");
        robot.clickOn("#editDeck");
        waitUntil(() -> showing(robot, "#deckEditor"));
        robot.clickOn("#addCategory");

        robot.clickOn("#closeEditor");
        waitUntil(() -> robot.lookup("Keep editing").tryQuery().isPresent());

        List<Window> open = List.copyOf(Window.getWindows());
        assertThat(open).hasSizeGreaterThanOrEqualTo(3);
        assertThat(open).as("the window, the deck editor and its question").allSatisfy(window ->
                assertThat(sheets(window.getScene())).anyMatch(sheet -> sheet.endsWith("theme-dark.css"))
                        .noneMatch(sheet -> sheet.endsWith("theme-light.css")));

        // the question is modal, so the keys are its own: the switch is asked of the window directly
        robot.interact(app.window::toggleTheme);
        assertThat(List.copyOf(Window.getWindows())).as("all of them change together").allSatisfy(window ->
                assertThat(sheets(window.getScene())).anyMatch(sheet -> sheet.endsWith("theme-light.css")));
        robot.clickOn("Close and lose changes");
    }

    private static List<String> sheets(Scene scene) {
        return scene == null ? List.of() : scene.getStylesheets();
    }
}
