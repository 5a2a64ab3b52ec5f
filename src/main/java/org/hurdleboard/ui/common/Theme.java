package org.hurdleboard.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import org.hurdleboard.settings.AppHome;
import org.hurdleboard.settings.UnpackedFiles;
import org.hurdleboard.settings.UserSettings.ThemeName;

/**
 * The look of the app: a font chosen for legibility at a distance (Atkinson Hyperlegible Next,
 * bundled so every laptop draws the board the same way) and the style sheets. A theme (light or
 * dark) is a file of colour tokens; the rules in {@code hurdle-board.css} use only those tokens.
 * Under them, AtlantaFX's flat Primer look replaces JavaFX's default one for every control; its
 * colour tokens are mapped onto ours, so one base serves both themes. Which theme a window has is
 * the {@link ThemeManager}'s to say.
 */
public final class Theme {
    private static final List<String> FONTS = List.of(
            "/fonts/AtkinsonHyperlegibleNext-Regular.ttf", "/fonts/AtkinsonHyperlegibleNext-Bold.ttf");
    private static final String TOKENS_LIGHT = "/css/theme-light.css";
    private static final String TOKENS_DARK = "/css/theme-dark.css";
    private static final String RULES = "/css/hurdle-board.css";
    private static volatile boolean fontsLoaded;
    private static volatile boolean baseSet;

    private Theme() {
    }

    /**
     * Loads the bundled fonts from files in the app's folder: loaded from a stream, JavaFX would
     * copy each into the temporary folder, which may be missing (the app would not start) and
     * keeps the copies when the app is killed. Where the app's folder cannot be written, the
     * stream is the fallback; a font that cannot be loaded at all leaves the system's font.
     */
    public static void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        Path folder = AppHome.forCurrentUser().fontsFolder();
        for (String font : FONTS) {
            Font loaded = UnpackedFiles.of(Theme.class, font, folder)
                    .map(file -> Font.loadFont(file.toUri().toString(), 12)).orElse(null);
            if (loaded == null) {
                loaded = fromStream(font);
            }
            if (loaded == null) {
                System.getLogger("hurdleboard").log(System.Logger.Level.WARNING,
                        "could not load the bundled font " + font + ": the system's font is used");
            }
        }
        fontsLoaded = true;
    }

    private static Font fromStream(String font) {
        try (InputStream in = Theme.class.getResourceAsStream(font)) {
            return in == null ? null : Font.loadFont(in, 12);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The window icon at the sizes desktops ask for, loaded in the background so it never delays the window. */
    public static List<Image> icons() {
        return List.of(32, 64, 128, 256).stream()
                .map(size -> new Image(Theme.class.getResource("/icons/hurdle-board-" + size + ".png").toExternalForm(),
                        true))
                .toList();
    }

    /** Gives a scene the look of a theme; {@link ThemeManager} decides which, for every window. */
    static void style(Scene scene, ThemeName current) {
        loadFonts();
        if (!baseSet) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
            baseSet = true;
        }
        scene.getStylesheets().setAll(
                Theme.class.getResource(current == ThemeName.DARK ? TOKENS_DARK : TOKENS_LIGHT).toExternalForm(),
                Theme.class.getResource(RULES).toExternalForm());
    }
}
