package org.hurdleboard.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hurdleboard.deck.DeckDraft;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.DemoSession;
import org.hurdleboard.domain.Session;
import org.hurdleboard.settings.RecentFiles;
import org.hurdleboard.settings.UserSettings;
import org.hurdleboard.settings.UserSettings.Language;
import org.hurdleboard.settings.UserSettings.ThemeName;
import org.hurdleboard.store.Backups;
import org.hurdleboard.store.DatabaseLibrary;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.store.SessionFileException;
import org.hurdleboard.ui.board.BoardViewModel;
import org.hurdleboard.ui.board.ExportViewModel;
import org.hurdleboard.ui.common.AppContext;
import org.hurdleboard.ui.common.Chime;
import org.hurdleboard.ui.common.Displays;
import org.hurdleboard.ui.common.KeyMap;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;
import org.hurdleboard.ui.common.OpenFailure;
import org.hurdleboard.ui.common.Theme;
import org.hurdleboard.ui.deckeditor.DeckEditorWindow;
import org.hurdleboard.ui.discuss.DiscussModel;
import org.hurdleboard.ui.setup.SetupView;
import org.hurdleboard.ui.setup.SetupViewModel;
import org.hurdleboard.ui.start.StartView;
import org.hurdleboard.ui.start.StartViewModel;
import org.hurdleboard.ui.workshop.WorkshopModel;

/** The app's one window: shows the start screen, the set-up form or a workshop's board. */
public final class MainWindow implements Navigator {
    static final KeyCombination SWITCH_THEME = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private final Stage stage;
    /** Replaced when the facilitator chooses another language; every later screen uses the new one. */
    private AppContext context;
    private Messages messages;
    private final StackPane root = new StackPane();
    private SessionFile openFile;
    /** The board shown, if any: presentation mode (F5) belongs to it. */
    private BoardViewModel board;
    private DiscussModel discussion;
    private final Overlay keyMap = new Overlay();
    private final Overlay blank = new Overlay();
    private final ProjectorWindow projector;
    /** The facilitator took the board off the projector (F5): it stays off until F5 again. */
    private boolean projectorWanted = true;

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.messages = context.messages();
        this.projector = new ProjectorWindow(stage);
        Rectangle2D screen = context.displays().workArea();
        Scene scene = new Scene(root, Math.min(1920, screen.getWidth()), Math.min(1080, screen.getHeight()));
        // on the laptop's own screen, whatever else is plugged in: the projector's is the room's
        stage.setX(screen.getMinX() + (screen.getWidth() - scene.getWidth()) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - scene.getHeight()) / 2);
        Theme.use(context.settings().theme());
        Theme.apply(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F11) {
                toggleFullScreen();
                event.consume();
            } else if (event.getCode() == KeyCode.F5 && board != null) {
                togglePresentation();
                event.consume();
            } else if (SWITCH_THEME.match(event)) {
                toggleTheme();
                event.consume();
            }
        });
        // "?" by the character typed, so it works on every keyboard layout; not while typing text
        scene.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            if (event.getTarget() instanceof TextInputControl) {
                return;
            }
            if ("?".equals(event.getCharacter())) {
                toggleKeyMap();
                event.consume();
            } else if ("b".equalsIgnoreCase(event.getCharacter()) && board != null && projector.isShown()) {
                board.projectorBlankedProperty().set(!board.projectorBlankedProperty().get());
                event.consume();
            } else if ("b".equalsIgnoreCase(event.getCharacter()) && openFile != null) {
                toggleBlank();
                event.consume();
            }
        });
        stage.setScene(scene);
        stage.getIcons().setAll(Theme.icons());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.setFullScreenExitHint(messages.get("app.fullScreenHint"));
        // Esc leaves full screen on its own; presentation mode goes with it
        stage.fullScreenProperty().addListener((obs, was, fullScreen) -> {
            if (!fullScreen && board != null) {
                board.presentingProperty().set(false);
            }
        });
        stage.setTitle(messages.get("app.windowTitle"));
        context.displays().onChange(this::placeProjector);
    }

    @Override
    public void showStart() {
        showStartWithError(OpenFailure.of(""));
    }

    /** The start screen with a message on why a workshop could not be opened. */
    public void showStartWithError(OpenFailure error) {
        closeOpenFile();
        StartViewModel model = new StartViewModel(context, this);
        model.showError(error);
        show(new StartView(model, messages, this).root(), messages.get("app.windowTitle"));
        model.refreshRecent();
    }

    @Override
    public void showSetup() {
        SetupViewModel model = new SetupViewModel(context, this);
        show(new SetupView(model, messages, this).root(), messages.get("app.windowTitle"));
    }

    @Override
    public void openSession(Path file, Consumer<OpenFailure> onError) {
        context.background().runOnSessionFiles(() -> remembered(openOrForget(file)), this::showBoard,
                error -> onError.accept(failure(error, file, onError)));
    }

    /**
     * A file that is no longer there is taken off the recent list, so the list stays true; a
     * damaged one comes back with its backups, so the facilitator can be offered the last one.
     */
    private SessionFile openOrForget(Path file) throws SessionFileException, DamagedFile {
        try {
            return SessionFile.open(file, context.backups());
        } catch (SessionFileException e) {
            if (e.problem() == SessionFileException.Problem.MISSING) {
                updateRecentFiles(recent -> recent.forget(file));
            }
            if (e.problem() == SessionFileException.Problem.DAMAGED) {
                throw new DamagedFile(e, context.backups().of(file));
            }
            throw e;
        }
    }

    private OpenFailure failure(Throwable error, Path file, Consumer<OpenFailure> onError) {
        if (error instanceof DamagedFile damaged) {
            String message = OpenErrors.describe(messages, damaged.getCause(), file);
            if (damaged.backups.isEmpty()) {
                return OpenFailure.of(message);
            }
            Backups.Backup last = damaged.backups.get(0);
            return new OpenFailure(message, messages.get("start.recover", when(last), last.votes()),
                    () -> restoreAndOpen(last, file, failure -> onError.accept(failure)));
        }
        if (error instanceof SessionFileException locked && locked.problem() == SessionFileException.Problem.LOCKED) {
            return new OpenFailure(OpenErrors.describe(messages, error, file), messages.get("start.openReadOnly"),
                    () -> openReadOnly(file, onError));
        }
        return OpenFailure.of(OpenErrors.describe(messages, error, file));
    }

    /** For a file open elsewhere: look at it as it is now, without changing it. */
    private void openReadOnly(Path file, Consumer<OpenFailure> onError) {
        context.background().runOnSessionFiles(() -> SessionFile.openReadOnly(file), this::showBoard,
                error -> onError.accept(OpenFailure.of(OpenErrors.describe(messages, error, file))));
    }

    /** Restores a backup to a new file beside the original (never over it) and opens that. */
    private void restoreAndOpen(Backups.Backup backup, Path original, Consumer<OpenFailure> onError) {
        context.background().runOnSessionFiles(() -> remembered(SessionFile.open(
                        Backups.restore(backup, original, context.home().workshopsFolder()), context.backups())),
                this::showBoard, error -> onError.accept(OpenFailure.of(OpenErrors.describe(messages, error, original))));
    }

    String when(Backups.Backup backup) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(context.clock().getZone()).format(backup.takenAt());
    }

    @Override
    public void saveCopy(Consumer<String> onError) {
        SessionFile current = openFile;
        if (current == null) {
            return;
        }
        // whether the folder can be written is asked off the FX thread: a network drive may hang
        context.background().run(() -> copyNameFor(current.path()), suggested -> {
            Optional<Path> target = context.filePicker().saveSession(stage, suggested);
            target.ifPresent(chosen -> copyAndCarryOn(current, chosen, onError));
        }, error -> onError.accept(messages.get("board.copyFailed", error.getMessage())));
    }

    private void copyAndCarryOn(SessionFile current, Path target, Consumer<String> onError) {
        // the board waits while the session is copied, so the copy is the board as shown
        root.setDisable(true);
        context.background().runOnSessionFiles(() -> remembered(SessionFile.create(target, current.session())),
                copy -> {
                    root.setDisable(false);
                    showBoard(copy);
                },
                error -> {
                    root.setDisable(false);
                    onError.accept(messages.get("board.copyFailed", OpenErrors.describe(messages, error, target)));
                });
    }

    /** "name (copy).hurdles" beside the file, or in the workshops folder when that folder cannot be written. */
    private Path copyNameFor(Path file) {
        String stem = SessionFile.nameWithoutExtension(file);
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isWritable(folder)) {
            folder = context.home().workshopsFolder();
        }
        return folder.resolve(messages.get("board.copyName", stem) + SessionFile.EXTENSION);
    }

    @Override
    public void restoreBackup(Consumer<String> onError) {
        SessionFile current = openFile;
        if (current == null) {
            return;
        }
        Path original = current.path();
        context.background().run(() -> context.backups().of(original), backups -> {
            if (backups.isEmpty()) {
                onError.accept(messages.get("board.noBackups"));
                return;
            }
            new BackupChooser(messages, this::when).choose(stage, backups, original).ifPresent(chosen -> restoreAndOpen(chosen, original,
                    failure -> onError.accept(failure.message())));
        }, error -> onError.accept(messages.get("board.noBackups")));
    }

    /** Thrown off the FX thread with what the failure handler needs, so it does no disk work itself. */
    private static final class DamagedFile extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Backups.Backup> backups;

        DamagedFile(SessionFileException cause, List<Backups.Backup> backups) {
            super(cause);
            this.backups = backups;
        }
    }

    @Override
    public void openDemo(Consumer<OpenFailure> onError) {
        Path file = context.home().demoSessionFile();
        context.background().runOnSessionFiles(() -> {
            // the demo's cards speak the app's language, as set-up's do
            Session demo = DemoSession.create(context.decks().in(messages.locale()).get(0),
                    DemoSession.details(messages.get("demo.title"), messages.get("demo.team"),
                            LocalDate.now(context.clock()), messages.get("demo.facilitator")),
                    messages.get("setup.firstQuestion"));
            // the demo starts afresh each time: whatever was voted in the last demo is discarded
            SessionFile.delete(file);
            return SessionFile.create(file, demo);
        }, this::showBoard, error -> onError.accept(OpenFailure.of(OpenErrors.describe(messages, error, file))));
    }

    @Override
    public void createSession(Path file, Session session, boolean renameIfTaken, Consumer<String> onError) {
        context.background().runOnSessionFiles(() -> remembered(SessionFile.create(
                        renameIfTaken ? SessionFile.firstFreePath(file) : file, session)), this::showBoard,
                error -> onError.accept(OpenErrors.describe(messages, error, file)));
    }

    private SessionFile remembered(SessionFile file) {
        updateRecentFiles(recent -> recent.remember(file.path(), file.session().details().title()));
        return file;
    }

    private void showBoard(SessionFile file) {
        closeOpenFile();
        openFile = file;
        WorkshopModel workshop = WorkshopModel.of(file, messages);
        BoardViewModel model = new BoardViewModel(workshop, messages);
        DiscussModel stage = new DiscussModel(workshop);
        ExportViewModel export = new ExportViewModel(file.session(), file.path(), context.background(), messages);
        show(new WorkshopView(model, stage, export, messages, this).root(),
                messages.get("app.windowTitle.session", file.session().details().title()));
        board = model;
        discussion = stage;
        useRoomSettings(model);
        placeProjector();
    }

    /** The facilitator's room settings, for this board and (when changed) kept for the next. */
    private void useRoomSettings(BoardViewModel model) {
        UserSettings settings = context.settings();
        model.textScaleProperty().set(settings.textSize() / 100.0);
        model.animateRevealProperty().set(settings.animation());
        model.timerSoundProperty().set(settings.timerSound());
        model.projectorScreenProperty().set(settings.projectorScreen());
        model.setTimeUpSound(Chime::play);
        model.textScaleProperty().addListener((obs, old, scale) -> saveSettings(
                chosen -> chosen.setTextSize((int) Math.round(scale.doubleValue() * 100))));
        model.animateRevealProperty().addListener((obs, old, on) -> saveSettings(chosen -> chosen.setAnimation(on)));
        model.timerSoundProperty().addListener((obs, old, on) -> saveSettings(chosen -> chosen.setTimerSound(on)));
        model.projectorScreenProperty().addListener((obs, old, screen) -> {
            saveSettings(chosen -> chosen.setProjectorScreen(screen.intValue()));
            projectorWanted = true;
            placeProjector();
        });
    }

    /**
     * Puts the board on the projector's screen, moves it when screens change, and takes it off
     * when the projector is unplugged: the workshop carries on in the console, where F5 presents.
     */
    private void placeProjector() {
        Optional<Rectangle2D> screen = board == null ? Optional.empty() : projectorScreen();
        if (board != null) {
            board.screens().setAll(context.displays().screens());
        }
        if (screen.isPresent() && projectorWanted) {
            projector.show(board, discussion, messages, screen.get());
        } else {
            projector.close();
        }
        if (board != null) {
            board.projectorShownProperty().set(projector.isShown());
            if (!projector.isShown()) {
                board.projectorBlankedProperty().set(false);
            }
        }
    }

    private Optional<Rectangle2D> projectorScreen() {
        return Displays.projectorScreen(context.displays().screens(), context.displays().primary(),
                board.projectorScreenProperty().get());
    }

    @Override
    public void togglePresentation() {
        if (board == null) {
            return;
        }
        if (projectorScreen().isPresent()) {
            projectorWanted = !projector.isShown();
            placeProjector();
            return;
        }
        boolean presenting = !board.presentingProperty().get();
        board.presentingProperty().set(presenting);
        // the hint names the key that undoes what was just pressed
        stage.setFullScreenExitHint(messages.get(presenting ? "app.presentHint" : "app.fullScreenHint"));
        stage.setFullScreen(presenting);
    }


    /** Says at once, on the start screen, when the database code cannot run on this laptop. */
    public void checkDatabaseLibrary() {
        context.background().run(DatabaseLibrary::problem, problem -> problem.ifPresent(why -> showStartWithError(
                OpenFailure.of(messages.get("native.error", why, DatabaseLibrary.unpackFolder())))), error -> { });
    }

    @Override
    public void closeSession() {
        showStart();
    }

    @Override
    public void editDeck(DeckDraft draft, Consumer<Deck> onSaved) {
        DeckEditorWindow.open(stage, context, draft, onSaved);
    }

    @Override
    public void toggleFullScreen() {
        stage.setFullScreenExitHint(messages.get("app.fullScreenHint"));
        stage.setFullScreen(!stage.isFullScreen());
    }

    /**
     * Blacks the screen out, as B does in presentation software, while the room talks; B, Esc or
     * a click brings the board back exactly as it was.
     */
    private void toggleBlank() {
        if (blank.isShown()) {
            blank.close();
            return;
        }
        StackPane black = new StackPane();
        black.setId("blankScreen");
        black.getStyleClass().add("blank-screen");
        black.setFocusTraversable(true);
        black.setAccessibleText(messages.get("blank.accessible"));
        black.setOnMouseClicked(event -> blank.close());
        black.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                blank.close();
            }
            event.consume();
        });
        blank.show(black);
        black.requestFocus();
    }

    /** Shows the key map over the current screen, or closes it, giving focus back where it was. */
    private void toggleKeyMap() {
        if (keyMap.isShown()) {
            keyMap.close();
        } else {
            keyMap.show(new KeyMap(messages, keyMap::close));
        }
    }

    /** A layer over the current screen (the key map, the blacked-out screen) that gives focus back when it closes. */
    private final class Overlay {
        private Node layer;
        private Node focusBefore;

        boolean isShown() {
            return layer != null;
        }

        void show(Node newLayer) {
            focusBefore = stage.getScene().getFocusOwner();
            layer = newLayer;
            root.getChildren().add(layer);
        }

        void close() {
            root.getChildren().remove(layer);
            layer = null;
            if (focusBefore != null) {
                focusBefore.requestFocus();
            }
        }

        /** The screen under it was replaced, and the layer with it. */
        void forget() {
            layer = null;
            focusBefore = null;
        }
    }


    @Override
    public void toggleTheme() {
        ThemeName next = Theme.current() == ThemeName.DARK ? ThemeName.LIGHT : ThemeName.DARK;
        Theme.use(next);
        Theme.apply(stage.getScene());
        projector.applyTheme();
        saveSettings(settings -> settings.setTheme(next));
    }

    @Override
    public void changeLanguage(Language language) {
        saveSettings(settings -> settings.setLanguage(language));
        context = context.inLanguage(language);
        messages = context.messages();
        stage.setFullScreenExitHint(messages.get("app.fullScreenHint"));
        showStart();
    }

    /**
     * The change is made at once, so the next screen sees it; the file is written off the FX
     * thread (the home folder may be on a network drive), and failing to write it is only logged.
     */
    private void saveSettings(Consumer<UserSettings> change) {
        UserSettings settings = context.settings();
        synchronized (settings) {
            change.accept(settings);
        }
        context.background().run(() -> {
            synchronized (settings) {
                settings.save();
            }
            return settings;
        }, saved -> { }, error -> System.getLogger("hurdleboard").log(System.Logger.Level.WARNING,
                "could not save settings", error));
    }

    /**
     * The one sentence the facilitator sees when something failed that nothing else handled (the
     * details are in the log): over the screen, not in the way, until dismissed or the screen changes.
     */
    public void showUnexpectedError() {
        root.getChildren().removeIf(node -> "unexpectedError".equals(node.getId()));
        Label sentence = new Label(messages.get("app.unexpectedError"));
        sentence.getStyleClass().add("save-error-text");
        sentence.setWrapText(true);
        Button close = new Button(messages.get("app.unexpectedError.close"));
        close.setId("closeUnexpectedError");
        HBox notice = new HBox(sentence, close);
        notice.setId("unexpectedError");
        notice.getStyleClass().add("save-error-banner");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.setAccessibleRole(AccessibleRole.TEXT);
        notice.setAccessibleText(sentence.getText());
        notice.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(notice, Pos.BOTTOM_CENTER);
        close.setOnAction(event -> root.getChildren().remove(notice));
        root.getChildren().add(notice);
    }

    @Override
    public Window window() {
        return stage;
    }

    /** Closes the open workshop, waiting for its last writes; called when the app exits. */
    public void shutdown() {
        if (openFile != null) {
            openFile.close();
            openFile = null;
        }
        context.background().close();
    }

    private void show(Parent screen, String title) {
        board = null;
        discussion = null;
        projector.forget();
        keyMap.forget();
        blank.forget();
        root.getChildren().setAll(screen);
        stage.setTitle(title);
    }

    /** Closing waits for pending writes, so it happens off the FX thread, before any later open. */
    private void closeOpenFile() {
        SessionFile closing = openFile;
        openFile = null;
        if (closing != null) {
            context.background().closeOnSessionFiles(closing);
        }
    }

    /** The recent list is a convenience: failing to update it is logged, never shown as an error. */
    private void updateRecentFiles(RecentFilesUpdate update) {
        try {
            update.apply(context.recentFiles());
        } catch (IOException e) {
            System.getLogger("hurdleboard").log(System.Logger.Level.WARNING, "could not update recent files", e);
        }
    }

    @FunctionalInterface
    private interface RecentFilesUpdate {
        void apply(RecentFiles recentFiles) throws IOException;
    }
}
