package org.hurdleboard.ui.common;

import java.time.Clock;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.deck.DeckLibrary;
import org.hurdleboard.settings.AppHome;
import org.hurdleboard.settings.RecentFiles;
import org.hurdleboard.settings.UserSettings;
import org.hurdleboard.store.Backups;

/** What every screen may need, made once at start and passed in by constructor. */
public record AppContext(Messages messages, AppHome home, RecentFiles recentFiles, BuiltInDecks decks,
                         Background background, Clock clock, Backups backups, FilePicker filePicker,
                         UserSettings settings, DeckLibrary library) {
    public static AppContext create(Messages messages, AppHome home, Clock clock) {
        BuiltInDecks decks = new BuiltInDecks();
        return new AppContext(messages, home, new RecentFiles(home.recentFilesFile()), decks,
                new Background(), clock, new Backups(home.backupsFolder(), clock),
                new SessionFileChooser(messages), UserSettings.load(home.settingsFile()),
                new DeckLibrary(home.decksFolder(), decks));
    }

    /** The same context with other file dialogs; tests answer them without a native dialog. */
    public AppContext withFilePicker(FilePicker picker) {
        return new AppContext(messages, home, recentFiles, decks, background, clock, backups, picker, settings,
                library);
    }
}
