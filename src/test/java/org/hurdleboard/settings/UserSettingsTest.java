package org.hurdleboard.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hurdleboard.settings.UserSettings.Language;
import org.hurdleboard.settings.UserSettings.ThemeName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {
    @TempDir
    Path dir;

    @Test
    void aChosenThemeIsThereNextTime() throws Exception {
        Path file = dir.resolve("settings.properties");
        UserSettings settings = UserSettings.load(file);
        assertThat(settings.theme()).isEqualTo(ThemeName.LIGHT);

        settings.setTheme(ThemeName.DARK);
        settings.save();

        assertThat(UserSettings.load(file).theme()).isEqualTo(ThemeName.DARK);
        assertThat(file.resolveSibling("settings.properties.part")).doesNotExist();
    }

    @Test
    void aDamagedOrStrangeFileMeansTheDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "theme=purple\nlanguage=klingon\n\u0000\u0001garbage=\\u12");

        assertThat(UserSettings.load(file).theme()).isEqualTo(ThemeName.LIGHT);
        assertThat(UserSettings.load(file).language()).isEqualTo(Language.SYSTEM);
        assertThat(UserSettings.load(dir.resolve("missing.properties")).theme()).isEqualTo(ThemeName.LIGHT);
    }

    @Test
    void theLanguageFollowsTheSystemUntilOneIsChosenAndIsKeptWithTheTheme() throws Exception {
        Path file = dir.resolve("settings.properties");
        UserSettings settings = UserSettings.load(file);
        assertThat(settings.language()).isEqualTo(Language.SYSTEM);

        settings.setTheme(ThemeName.DARK);
        settings.setLanguage(Language.CY);
        settings.save();

        UserSettings next = UserSettings.load(file);
        assertThat(next.language()).isEqualTo(Language.CY);
        assertThat(next.theme()).isEqualTo(ThemeName.DARK);
        assertThat(Files.readString(file)).contains("language=cy");
    }

    @Test
    void roomSettingsAreKeptAndNonsenseMeansTheDefaults() throws Exception {
        Path file = dir.resolve("settings.properties");
        UserSettings settings = UserSettings.load(file);
        assertThat(settings.textSize()).isEqualTo(100);
        assertThat(settings.projectorScreen()).isEqualTo(UserSettings.PROJECTOR_AUTOMATIC);
        assertThat(settings.animation()).isTrue();
        assertThat(settings.timerSound()).isFalse();

        settings.setTextSize(150);
        settings.setProjectorScreen(3);
        settings.setAnimation(false);
        settings.setTimerSound(true);
        settings.save();

        UserSettings next = UserSettings.load(file);
        assertThat(next.textSize()).isEqualTo(150);
        assertThat(next.projectorScreen()).isEqualTo(3);
        assertThat(next.animation()).isFalse();
        assertThat(next.timerSound()).isTrue();

        Files.writeString(file, "textSize=137\nprojectorScreen=-9\n");
        assertThat(UserSettings.load(file).textSize()).isEqualTo(100);
        assertThat(UserSettings.load(file).projectorScreen()).isEqualTo(UserSettings.PROJECTOR_NEVER);
        Files.writeString(file, "textSize=big\nprojectorScreen=two\n");
        assertThat(UserSettings.load(file).textSize()).isEqualTo(100);
        assertThat(UserSettings.load(file).projectorScreen()).isEqualTo(UserSettings.PROJECTOR_AUTOMATIC);
    }
}
