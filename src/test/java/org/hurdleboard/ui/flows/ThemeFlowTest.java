package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import javafx.scene.input.KeyCode;
import org.hurdleboard.settings.UserSettings;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Light for bright rooms, dark for dim ones: one key, every screen, remembered. */
class ThemeFlowTest extends AppFlowTest {
    @Test
    void ctrlShiftTSwitchesEveryScreenToDarkAndItIsRememberedForNextTime(FxRobot robot) {
        assertThat(stylesheets()).anyMatch(sheet -> sheet.endsWith("theme-light.css"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.T).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(stylesheets()).anyMatch(sheet -> sheet.endsWith("theme-dark.css"))
                .noneMatch(sheet -> sheet.endsWith("theme-light.css"));

        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        assertThat(stylesheets()).anyMatch(sheet -> sheet.endsWith("theme-dark.css"));
        waitUntil(() -> UserSettings.load(app.context.home().settingsFile()).theme() == UserSettings.ThemeName.DARK);

        robot.clickOn("#workshopMenu").clickOn("#switchTheme");
        assertThat(stylesheets()).anyMatch(sheet -> sheet.endsWith("theme-light.css"));
        waitUntil(() -> UserSettings.load(app.context.home().settingsFile()).theme() == UserSettings.ThemeName.LIGHT);
    }

    private java.util.List<String> stylesheets() {
        return stage.getScene().getStylesheets();
    }
}
