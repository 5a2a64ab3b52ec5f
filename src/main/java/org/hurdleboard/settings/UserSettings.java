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
