package org.hurdleboard.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hurdleboard.settings.UserSettings.ThemeName;

/**
 * The app's one look, for every window and dialog it opens: each window is styled as it appears
 * (the console, the projector, the deck editor, every alert and file dialog the app draws itself),
 * and all of them change together when the theme does. One instance for the app's window, made
 * from the user's settings; {@link #close} stops it styling (a test's next window has its own).
 */
public final class ThemeManager implements AutoCloseable {
    private ThemeName current;
    private final ListChangeListener<Window> opened = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::style);
        }
    };

    public ThemeManager(ThemeName theme) {
        this.current = theme;
    }

    /** Styles the windows open now and every one opened from now on. */
    public ThemeManager styleEveryWindow() {
        Window.getWindows().forEach(this::style);
        Window.getWindows().addListener(opened);
        return this;
    }

    public ThemeName current() {
        return current;
    }

    /** Light to dark or back, in every window at once. */
    public ThemeName toggle() {
        use(current == ThemeName.DARK ? ThemeName.LIGHT : ThemeName.DARK);
        return current;
    }

    public void use(ThemeName theme) {
        current = theme;
        Window.getWindows().forEach(this::style);
    }

    /** A scene not yet in a window that shows (a window about to open) gets the look now, before its first frame. */
    public void style(Scene scene) {
        Theme.style(scene, current);
    }

    private void style(Window window) {
        if (window.getScene() != null) {
            style(window.getScene());
        }
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(Theme.icons());
        }
    }

    @Override
    public void close() {
        Window.getWindows().removeListener(opened);
    }
}
