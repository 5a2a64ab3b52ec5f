package org.hurdleboard.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.hurdleboard.settings.UserSettings;

/**
 * The screens plugged into the laptop, and which one the projector window goes on. Tests give
 * their own screens, as a headless test machine has only one.
 */
public interface Displays {
    /** Every screen's bounds, in the order the system lists them (screen 1, screen 2…). */
    List<Rectangle2D> screens();

    /** The laptop's own screen, where the facilitator's console stays. */
    Rectangle2D primary();

    /** The part of the laptop's screen a window may use (without the task bar): where the console opens. */
    default Rectangle2D workArea() {
        return primary();
    }

    /** Called on the FX thread when a screen is plugged in or out, or changes size. */
    void onChange(Runnable listener);

    /**
     * The screens JavaFX sees; or, with {@code -Dhurdleboard.screens=x,y,w,h;x,y,w,h…}, one wide
     * screen split in parts (the first is the laptop's), to try the projector window with one screen.
     */
    static Displays system() {
        String split = System.getProperty("hurdleboard.screens", "");
        if (!split.isBlank()) {
            try {
                return fixed(parse(split));
            } catch (IllegalArgumentException e) {
                // a developer's flag: a typo in it must not stop a workshop from starting
                System.getLogger(AppLog.LOGGER).log(System.Logger.Level.WARNING, "Ignored -Dhurdleboard.screens=\""
                        + split + "\": " + e.getMessage() + ". Write each screen as x,y,width,height, separated by ';'.");
            }
        }
        return new Displays() {
            @Override
            public List<Rectangle2D> screens() {
                return Screen.getScreens().stream().map(Screen::getBounds).toList();
            }

            @Override
            public Rectangle2D primary() {
                return Screen.getPrimary().getBounds();
            }

            @Override
            public Rectangle2D workArea() {
                return Screen.getPrimary().getVisualBounds();
            }

            @Override
            public void onChange(Runnable listener) {
                Screen.getScreens().addListener((ListChangeListener<Screen>) change -> listener.run());
            }
        };
    }

    /** Screens that never change; the first is the laptop's. */
    static Displays fixed(List<Rectangle2D> screens) {
        return new Displays() {
            @Override
            public List<Rectangle2D> screens() {
                return screens;
            }

            @Override
            public Rectangle2D primary() {
                return screens.get(0);
            }

            @Override
            public void onChange(Runnable listener) {
                // fixed: nothing is ever plugged in or out
            }
        };
    }

    /** "0,0,1920,1080;1920,0,1920,1080" as two screens. */
    static List<Rectangle2D> parse(String screens) {
        return Arrays.stream(screens.split(";")).map(String::strip).filter(part -> !part.isEmpty()).map(part -> {
            double[] n = Arrays.stream(part.split(",")).mapToDouble(value -> Double.parseDouble(value.strip()))
                    .toArray();
            if (n.length != 4 || n[2] <= 0 || n[3] <= 0) {
                throw new IllegalArgumentException("a screen is x,y,width,height with a width and height: " + part);
            }
            return new Rectangle2D(n[0], n[1], n[2], n[3]);
        }).toList();
    }

    /**
     * The screen for the projector with this setting ({@link UserSettings#PROJECTOR_AUTOMATIC},
     * {@link UserSettings#PROJECTOR_NEVER} or a screen's number): the chosen screen while it is
     * there, otherwise the first that is not the laptop's; none with one screen, as then the
     * facilitator presents on the laptop's own (F5).
     */
    static Optional<Rectangle2D> projectorScreen(List<Rectangle2D> screens, Rectangle2D primary, int setting) {
        if (setting == UserSettings.PROJECTOR_NEVER) {
            return Optional.empty();
        }
        if (setting >= 1 && setting <= screens.size() && !screens.get(setting - 1).equals(primary)) {
            return Optional.of(screens.get(setting - 1));
        }
        return screens.stream().filter(screen -> !screen.equals(primary)).findFirst();
    }
}
