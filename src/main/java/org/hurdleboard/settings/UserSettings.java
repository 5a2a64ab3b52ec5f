package org.hurdleboard.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;

/**
 * The facilitator's own choices, kept between runs in a small properties file (read before the
 * first window, so plain java.util rather than a JSON library). A missing or damaged file means
 * the defaults: settings are a convenience, never a reason to fail.
 */
public final class UserSettings {
    public enum ThemeName { LIGHT, DARK }

    /** The interface language: the computer's own (the default), or one the facilitator chose. */
    public enum Language { SYSTEM, EN, CY }

    private static final String THEME = "theme";
    private static final String LANGUAGE = "language";
    private static final String TEXT_SIZE = "textSize";
    private static final String PROJECTOR_SCREEN = "projectorScreen";
    private static final String ANIMATION = "animation";
    private static final String TIMER_SOUND = "timerSound";
    private static final String VOTE_BUTTONS = "voteButtonsForRoom";
    /** The text sizes offered, in percent of the normal size. */
    public static final int[] TEXT_SIZES = {100, 125, 150, 175, 200};
    /** The projector goes on the first screen that is not the laptop's own. */
    public static final int PROJECTOR_AUTOMATIC = 0;
    /** No projector window, even with a second screen (the laptop's screen is mirrored, say). */
    public static final int PROJECTOR_NEVER = -1;
    private final Path file;
    private final Properties values = new Properties();

    private UserSettings(Path file) {
        this.file = file;
    }

    public static UserSettings load(Path file) {
        UserSettings settings = new UserSettings(file);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.values.load(in);
            } catch (IOException | RuntimeException e) {
                settings.values.clear();
            }
        }
        return settings;
    }

    public ThemeName theme() {
        try {
            return ThemeName.valueOf(values.getProperty(THEME, "light").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ThemeName.LIGHT;
        }
    }

    public void setTheme(ThemeName theme) {
        values.setProperty(THEME, theme.name().toLowerCase(Locale.ROOT));
    }

    public Language language() {
        try {
            return Language.valueOf(values.getProperty(LANGUAGE, "system").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Language.SYSTEM;
        }
    }

    public void setLanguage(Language language) {
        values.setProperty(LANGUAGE, language.name().toLowerCase(Locale.ROOT));
    }

    /** Text size in percent, one of {@link #TEXT_SIZES}. */
    public int textSize() {
        int size = integer(TEXT_SIZE, 100);
        for (int offered : TEXT_SIZES) {
            if (offered == size) {
                return size;
            }
        }
        return 100;
    }

    public void setTextSize(int percent) {
        values.setProperty(TEXT_SIZE, String.valueOf(percent));
    }

    /** {@link #PROJECTOR_AUTOMATIC}, {@link #PROJECTOR_NEVER} or a screen's number, counted from 1. */
    public int projectorScreen() {
        return Math.max(PROJECTOR_NEVER, integer(PROJECTOR_SCREEN, PROJECTOR_AUTOMATIC));
    }

    public void setProjectorScreen(int screen) {
        values.setProperty(PROJECTOR_SCREEN, String.valueOf(screen));
    }

    /** Whether counts fade in when revealed; some rooms (and some people) prefer no movement. */
    public boolean animation() {
        return !"off".equals(values.getProperty(ANIMATION));
    }

    public void setAnimation(boolean on) {
        values.setProperty(ANIMATION, on ? "on" : "off");
    }

    /** Whether the timer also sounds when time is up; off unless chosen, as rooms differ. */
    public boolean timerSound() {
        return "on".equals(values.getProperty(TIMER_SOUND));
    }

    public void setTimerSound(boolean on) {
        values.setProperty(TIMER_SOUND, on ? "on" : "off");
    }

    /**
     * Whether presentation mode keeps the vote buttons on the room's screen, for a touch
     * whiteboard; off unless chosen, as the board is the room's and the buttons the facilitator's.
     */
    public boolean voteButtonsForRoom() {
        return "on".equals(values.getProperty(VOTE_BUTTONS));
    }

    public void setVoteButtonsForRoom(boolean on) {
        values.setProperty(VOTE_BUTTONS, on ? "on" : "off");
    }

    private int integer(String key, int otherwise) {
        try {
            return Integer.parseInt(values.getProperty(key, String.valueOf(otherwise)).strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Writes the settings through a temporary file, so a crash never leaves half a file. */
    public void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            values.store(out, "Hurdle Board settings");
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
