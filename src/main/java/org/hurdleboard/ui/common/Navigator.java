package org.hurdleboard.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.Window;
import org.hurdleboard.deck.DeckDraft;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Session;
import org.hurdleboard.settings.UserSettings.Language;

/**
 * Moves the window between screens. Opening and creating files happens in the background; on
 * success the board is shown, on failure {@code onError} gets a message for the facilitator (and,
 * when opening, a way out if there is one).
 */
public interface Navigator {
    void showStart();

    void showSetup();

    /**
     * Reads a previous workshop (a session file) or, given a folder, the last workshop of one of
     * its series, and shows set-up with its team, deck, rule and participants as defaults;
     * {@code onError} says why when it cannot be read.
     */
    void followUp(Path fileOrFolder, Consumer<String> onError);

    void openSession(Path file, Consumer<OpenFailure> onError);

    void openDemo(Consumer<OpenFailure> onError);

    /**
     * Creates a new session file and opens it. With {@code renameIfTaken}, a name already in use
     * becomes "name (2)" and so on; without it, an existing file is an error.
     */
    void createSession(Path file, Session session, boolean renameIfTaken, Consumer<String> onError);

    /** Closes the open workshop (all of it is already saved) and shows the start screen. */
    void closeSession();

    /**
     * Asks where, writes the open workshop (as the board shows it, with its undo history) to a
     * new file and carries on in that file; for a read-only file or one that can no longer be
     * written. {@code onError} gets a message if the copy could not be made.
     */
    void saveCopy(Consumer<String> onError);

    /** Lists the open workshop's backups; the one chosen is restored to a new file and opened. */
    void restoreBackup(Consumer<String> onError);

    void toggleFullScreen();

    /**
     * F5: the board on the projector window when a second screen is there (again to take it
     * off), otherwise presentation mode, the board full screen on the laptop's own.
     */
    void togglePresentation();

    /** Light to dark or back, for every screen at once; remembered for next time. */
    void toggleTheme();

    /** Shows the start screen again in another language; remembered for next time. */
    void changeLanguage(Language language);

    /** Opens the deck editor on a draft; {@code onSaved} is told of each save to the library. */
    void editDeck(DeckDraft draft, Consumer<Deck> onSaved);

    Window window();

    /** The window's file choosers and dialogs. */
    Dialogs dialogs();
}
