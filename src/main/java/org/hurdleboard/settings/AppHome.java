package org.hurdleboard.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its own files for this user: recent files, the demo session. Always in the
 * user's own profile, so it works without admin rights. The system property
 * {@code hurdleboard.home} moves it (tests, portable installs).
 */
public final class AppHome {
    private static final String OVERRIDE_PROPERTY = "hurdleboard.home";
    private final Path dir;
    private final Path workshopsFolder;

    AppHome(Path dir, Path workshopsFolder) {
        this.dir = dir;
        this.workshopsFolder = workshopsFolder;
    }

    public static AppHome forCurrentUser() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            Path dir = Path.of(override).toAbsolutePath();
            return new AppHome(dir, dir.resolve("Workshops"));
        }
        Path home = Path.of(System.getProperty("user.home"));
        return new AppHome(userDataDir(home), defaultWorkshopsFolder(home));
    }

    /** An app home at a given place, with workshops saved inside it; for tests and portable use. */
    public static AppHome at(Path dir) {
        return new AppHome(dir, dir.resolve("Workshops"));
    }

    private static Path userDataDir(Path home) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = System.getenv("LOCALAPPDATA");
            Path base = localAppData != null ? Path.of(localAppData) : home.resolve("AppData").resolve("Local");
            return base.resolve("Hurdle Board");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Hurdle Board");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("hurdle-board");
    }

    private static Path defaultWorkshopsFolder(Path home) {
        Path documents = home.resolve("Documents");
        return (Files.isDirectory(documents) ? documents : home).resolve("Hurdle Board");
    }

    public Path dir() {
        return dir;
    }

    public Path recentFilesFile() {
        return dir.resolve("recent-files.json");
    }

    public Path settingsFile() {
        return dir.resolve("settings.properties");
    }

    public Path demoSessionFile() {
        return dir.resolve("demo").resolve("Demo workshop.hurdles");
    }

    /** The facilitator's own decks, one deck file each, imported or made in the deck editor. */
    public Path decksFolder() {
        return dir.resolve("decks");
    }

    /** Copies of each workshop taken when it is opened, kept apart from the workshops themselves. */
    public Path backupsFolder() {
        return dir.resolve("backups");
    }

    /**
     * Where the database library's native code is unpacked: the user's own folder, since
     * locked-down Windows often forbids running code from the temporary folder.
     */
    public Path nativeLibraryFolder() {
        return dir.resolve("native");
    }

    /** The app's fonts, as files its toolkit can load without copying them into the temporary folder. */
    public Path fontsFolder() {
        return dir.resolve("fonts");
    }

    /** Where new workshops are saved unless the facilitator picks another folder. */
    public Path workshopsFolder() {
        return workshopsFolder;
    }
}
