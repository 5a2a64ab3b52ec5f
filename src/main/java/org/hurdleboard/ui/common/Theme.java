package org.hurdleboard.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.text.Font;
import org.hurdleboard.settings.UserSettings.ThemeName;

/**
 * The look of the app: a font chosen for legibility at a distance (Atkinson Hyperlegible Next,
 * bundled so every laptop draws the board the same way) and the style sheets. A theme (light or
 * dark) is a file of colour tokens; the rules in {@code hurdle-board.css} use only those tokens.
 * Under them, AtlantaFX's flat Primer look replaces JavaFX's default one for every control; its
 * colour tokens are mapped onto ours, so one base serves both themes.
 */
public final class Theme {
    private static final List<String> FONTS = List.of(
            "/fonts/AtkinsonHyperlegibleNext-Regular.ttf", "/fonts/AtkinsonHyperlegibleNext-Bold.ttf");
    private static final String TOKENS_LIGHT = "/css/theme-light.css";
    private static final String TOKENS_DARK = "/css/theme-dark.css";
    private static final String RULES = "/css/hurdle-board.css";
    private static volatile boolean fontsLoaded;
    private static volatile boolean baseSet;
    /** One look for every window and dialog of the app; set from the user's settings at start. */
    private static volatile ThemeName current = ThemeName.LIGHT;

    private Theme() {
    }

    public static void loadFonts() {
        if (fontsLoaded) {
            return;
        }
        for (String font : FONTS) {
            try (InputStream in = Theme.class.getResourceAsStream(font)) {
                if (in == null || Font.loadFont(in, 12) == null) {
                    throw new IllegalStateException("could not load bundled font " + font);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        fontsLoaded = true;
    }

    /** The window icon at the sizes desktops ask for, loaded in the background so it never delays the window. */
    public static List<Image> icons() {
        return List.of(32, 64, 128, 256).stream()
                .map(size -> new Image(Theme.class.getResource("/icons/hurdle-board-" + size + ".png").toExternalForm(),
                        true))
                .toList();
    }

    public static ThemeName current() {
        return current;
    }

    /** Chooses the look for windows styled from now on; call {@link #apply} to restyle one already open. */
    public static void use(ThemeName theme) {
        current = theme;
    }

    public static void apply(Scene scene) {
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
