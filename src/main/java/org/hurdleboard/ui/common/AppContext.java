package org.hurdleboard.ui.common;

import java.time.Clock;
import java.util.Locale;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.deck.DeckLibrary;
import org.hurdleboard.settings.AppHome;
import org.hurdleboard.settings.RecentFiles;
import org.hurdleboard.settings.UserSettings;
import org.hurdleboard.store.Backups;

/**
 * What every screen may need, made once at start and passed in by constructor. {@code systemLocale}
 * is the computer's own, used when the language setting is "system"; {@code displays} the screens
 * plugged in, for the projector window; {@code themes} the one look of every window.
 */
public record AppContext(Messages messages, AppHome home, RecentFiles recentFiles, BuiltInDecks decks,
                         Background background, Clock clock, Backups backups, Dialogs dialogs,
                         UserSettings settings, DeckLibrary library, Locale systemLocale, Displays displays,
                         ThemeManager themes) {
    /** In the language of {@code messages}, whatever the settings say. */
    public static AppContext create(Messages messages, AppHome home, Clock clock) {
        return create(messages, home, clock, UserSettings.load(home.settingsFile()), messages.locale());
    }

    /** In the language the facilitator chose in the settings, or the computer's. */
    public static AppContext create(AppHome home, Clock clock, Locale system) {
        UserSettings settings = UserSettings.load(home.settingsFile());
        return create(new Messages(DisplayLocale.of(settings.language(), system)), home, clock, settings, system);
    }

    private static AppContext create(Messages messages, AppHome home, Clock clock, UserSettings settings,
                                     Locale system) {
        BuiltInDecks decks = new BuiltInDecks();
        ThemeManager themes = new ThemeManager(settings.theme());
        return new AppContext(messages, home, new RecentFiles(home.recentFilesFile()), decks,
                Background.threads(), clock, new Backups(home.backupsFolder(), clock),
                new AppDialogs(messages, themes), settings, new DeckLibrary(home.decksFolder(), decks), system,
                Displays.system(), themes);
    }

    /** The same context with other file dialogs; tests answer them without a native dialog. */
    public AppContext withDialogs(Dialogs answering) {
        return new AppContext(messages, home, recentFiles, decks, background, clock, backups, answering, settings,
                library, systemLocale, displays, themes);
    }

    /** The same context with other screens; tests plug in a projector that a headless machine lacks. */
    public AppContext withDisplays(Displays screens) {
        return new AppContext(messages, home, recentFiles, decks, background, clock, backups, dialogs, settings,
                library, systemLocale, screens, themes);
    }

    /** The same context in another language, its dialogs too. */
    public AppContext inLanguage(UserSettings.Language language) {
        Messages translated = new Messages(DisplayLocale.of(language, systemLocale));
        return new AppContext(translated, home, recentFiles, decks, background, clock, backups, dialogs.in(translated),
                settings, library, systemLocale, displays, themes);
    }
}
