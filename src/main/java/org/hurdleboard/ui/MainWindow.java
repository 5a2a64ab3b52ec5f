package org.hurdleboard.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.TextInputControl;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hurdleboard.deck.DeckDraft;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Session;
import org.hurdleboard.settings.UserSettings;
import org.hurdleboard.settings.UserSettings.Language;
import org.hurdleboard.settings.UserSettings.ThemeName;
import org.hurdleboard.store.Backups;
import org.hurdleboard.store.DatabaseLibrary;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.ui.board.BoardViewModel;
import org.hurdleboard.ui.board.ExportViewModel;
import org.hurdleboard.ui.common.AppContext;
import org.hurdleboard.ui.common.Chime;
import org.hurdleboard.ui.common.Dialogs;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;
import org.hurdleboard.ui.common.Shortcut;
import org.hurdleboard.ui.common.TextMenus;
import org.hurdleboard.ui.common.OpenFailure;
import org.hurdleboard.ui.common.Theme;
import org.hurdleboard.ui.deckeditor.DeckEditorWindow;
import org.hurdleboard.ui.discuss.DiscussModel;
import org.hurdleboard.ui.followup.FollowUpSource;
import org.hurdleboard.ui.followup.SeriesChooser;
import org.hurdleboard.ui.followup.SinceLastModel;
import org.hurdleboard.ui.phones.PhoneLine;
import org.hurdleboard.ui.phones.PhoneScreens;
import org.hurdleboard.ui.setup.SetupView;
import org.hurdleboard.ui.setup.SetupViewModel;
import org.hurdleboard.ui.start.StartView;
import org.hurdleboard.ui.start.StartViewModel;
import org.hurdleboard.ui.workshop.Opened;
import org.hurdleboard.ui.workshop.WorkshopFiles;
import org.hurdleboard.ui.workshop.WorkshopModel;

/** The app's one window: shows the start screen, the set-up form or a workshop's board. */
public final class MainWindow implements Navigator {
    private final Stage stage;
    /** Replaced when the facilitator chooses another language; every later screen uses the new one. */
    private AppContext context;
    private Messages messages;
    /** Every text field's right-click menu, in the language of the moment. */
    private final TextMenus textMenus = new TextMenus(() -> messages).inEveryWindow();
    private final StackPane root = new StackPane();
    private SessionFile openFile;
    /** The board shown, if any: presentation mode (F5) belongs to it. */
    private BoardViewModel board;
    private Stages stages;
    private PhoneScreens phones;
    /** The key map, the blacked-out screen and the unexpected-error notice, over whatever screen is shown. */
    private final Overlays overlays;
    private final ProjectorWindow projector;
    /** Opens, creates, copies and restores workshops; made again when the language changes. */
    private WorkshopFiles files;

    public MainWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.messages = context.messages();
        this.projector = new ProjectorWindow(stage, context.themes());
        this.files = new WorkshopFiles(context);
        this.overlays = new Overlays(root);
        Rectangle2D screen = context.displays().workArea();
        Scene scene = new Scene(root, Math.min(1920, screen.getWidth()), Math.min(1080, screen.getHeight()));
        // on the laptop's own screen, whatever else is plugged in: the projector's is the room's
        stage.setX(screen.getMinX() + (screen.getWidth() - scene.getWidth()) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - scene.getHeight()) / 2);
        context.themes().styleEveryWindow().style(scene);
        textMenus.on(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.FULL_SCREEN.matches(event)) {
                toggleFullScreen();
                event.consume();
            } else if (Shortcut.PRESENT.matches(event) && board != null) {
                togglePresentation();
                event.consume();
            } else if (Shortcut.THEME.matches(event)) {
                toggleTheme();
                event.consume();
            }
        });
        // "?" by the character typed, so it works on every keyboard layout; not while typing text
        scene.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            if (event.getTarget() instanceof TextInputControl) {
                return;
            }
            if (Shortcut.KEY_MAP.matches(event)) {
                overlays.toggleKeyMap(messages);
                event.consume();
            } else if (Shortcut.BLANK.matches(event) && board != null && projector.isShown()) {
                board.presenting().projectorBlankedProperty().set(!board.presenting().projectorBlankedProperty().get());
                event.consume();
            } else if (Shortcut.BLANK.matches(event) && openFile != null) {
                overlays.toggleBlank(messages);
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
                board.presenting().presentingProperty().set(false);
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
        showSetup(null);
    }

    /** Set-up, with a previous workshop's defaults when it follows one up ({@code previous} not null). */
    private void showSetup(FollowUpSource previous) {
        SetupViewModel model = new SetupViewModel(context, this, previous);
        show(new SetupView(model, messages, this).root(), messages.get("app.windowTitle"));
    }

    @Override
    public void followUp(Path fileOrFolder, Consumer<String> onError) {
        context.background().run(() -> java.nio.file.Files.isDirectory(fileOrFolder)
                        ? FollowUpSource.latestInFolder(fileOrFolder) : List.of(FollowUpSource.read(fileOrFolder)),
                latest -> {
                    if (latest.isEmpty()) {
                        onError.accept(messages.get("followUp.error.noWorkshops", fileOrFolder));
                    } else {
                        SeriesChooser.choose(stage, messages, context.dialogs(), latest).ifPresentOrElse(
                                this::showSetup, () -> onError.accept(""));
                    }
                }, error -> onError.accept(messages.get("followUp.error.unreadable",
                        files.describe(error, fileOrFolder))));
    }

    @Override
    public void openSession(Path file, Consumer<OpenFailure> onError) {
        files.open(file, opened -> show(opened, onError));
    }

    /** A workshop opened is shown; anything else goes back to who asked, with its way out if it has one. */
    private void show(Opened opened, Consumer<OpenFailure> onError) {
        // Java 17: no pattern switch yet; the interface is sealed, so these four are all there are
        if (opened instanceof Opened.Workshop workshop) {
            showBoard(workshop.file());
        } else if (opened instanceof Opened.Damaged damaged) {
            onError.accept(new OpenFailure(damaged.message(),
                    messages.get("start.recover", when(damaged.lastBackup()), damaged.lastBackup().votes()),
                    () -> files.restore(damaged.lastBackup(), damaged.original(), again -> show(again, onError))));
        } else if (opened instanceof Opened.Locked locked) {
            onError.accept(new OpenFailure(locked.message(), messages.get("start.openReadOnly"),
                    () -> files.openReadOnly(locked.file(), again -> show(again, onError))));
        } else if (opened instanceof Opened.Failed failed) {
            onError.accept(OpenFailure.of(failed.message()));
        }
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
        files.copyNameFor(current.path(), suggested -> context.dialogs().saveSession(stage, suggested)
                .ifPresent(target -> {
                    // the board waits while the session is copied, so the copy is the board as shown
                    root.setDisable(true);
                    files.copy(current, target, copied -> {
                        root.setDisable(false);
                        show(copied, failure -> onError.accept(failure.message()));
                    });
                }), onError);
    }

    @Override
    public void restoreBackup(Consumer<String> onError) {
        SessionFile current = openFile;
        if (current == null) {
            return;
        }
        Path original = current.path();
        files.backupsOf(original, backups -> {
            if (backups.isEmpty()) {
                onError.accept(messages.get("board.noBackups"));
                return;
            }
            new BackupChooser(messages, this::when, context.dialogs()).choose(stage, backups, original)
                    .ifPresent(chosen -> files.restore(chosen, original,
                            restored -> show(restored, failure -> onError.accept(failure.message()))));
        });
    }

    @Override
    public void openDemo(Consumer<OpenFailure> onError) {
        files.openDemo(opened -> show(opened, onError));
    }

    @Override
    public void createSession(Path file, Session session, boolean renameIfTaken, Consumer<String> onError) {
        files.create(file, session, renameIfTaken, opened -> show(opened, failure -> onError.accept(failure.message())));
    }

    private void showBoard(SessionFile file) {
        closeOpenFile();
        openFile = file;
        WorkshopModel workshop = WorkshopModel.of(file, messages);
        BoardViewModel model = new BoardViewModel(workshop, messages);
        SinceLastModel sinceLast = new SinceLastModel(workshop, messages, LocalDate.now(context.clock()));
        Stages workshopStages = new Stages(new DiscussModel(workshop), sinceLast);
        ExportViewModel export = new ExportViewModel(file.session(), file.path(), context.background(), messages);
        Runnable relink = () -> context.dialogs().openSession(stage)
                .ifPresent(chosen -> sinceLast.relink(chosen, file.path(), context.background()));
        PhoneScreens phoneVoting = new PhoneScreens(workshop, messages, context.dialogs(), PhoneScreens.QR_CODE,
                PhoneLine.server(), PhoneScreens.NETWORK);
        show(new WorkshopView(model, workshopStages, export, phoneVoting, messages, this, relink).root(),
                messages.get("app.windowTitle.session", file.session().details().title()));
        board = model;
        stages = workshopStages;
        phones = phoneVoting;
        projector.usePhones(phoneVoting);
        sinceLast.checkLink(file.path(), context.background());
        useRoomSettings(model);
        placeProjector();
    }

    /** The facilitator's room settings, for this board and (when changed) kept for the next. */
    private void useRoomSettings(BoardViewModel model) {
        model.presenting().keepIn(context.settings(), this::saveSettings);
        model.presenting().setTimeUpSound(Chime::play);
        model.presenting().projectorScreenProperty().addListener((obs, old, screen) -> {
            projector.want();
            placeProjector();
        });
    }

    /** The board on the projector's screen, if there is one and the facilitator wants it there. */
    private void placeProjector() {
        projector.place(board, stages, messages, context.displays());
    }

    @Override
    public void togglePresentation() {
        if (board == null) {
            return;
        }
        if (projector.toggle(board, stages, messages, context.displays())) {
            return;
        }
        boolean presenting = !board.presenting().presentingProperty().get();
        board.presenting().presentingProperty().set(presenting);
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

    @Override
    public void toggleTheme() {
        ThemeName next = context.themes().toggle();
        saveSettings(settings -> settings.setTheme(next));
    }

    @Override
    public void changeLanguage(Language language) {
        saveSettings(settings -> settings.setLanguage(language));
        context = context.inLanguage(language);
        messages = context.messages();
        files = new WorkshopFiles(context);
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

    /** One plain sentence over the screen when something failed that nothing else handled. */
    public void showUnexpectedError() {
        overlays.unexpectedError(messages);
    }

    @Override
    public Window window() {
        return stage;
    }

    @Override
    public Dialogs dialogs() {
        return context.dialogs();
    }

    /** Closes the open workshop, waiting for its last writes; called when the app exits. */
    public void shutdown() {
        stopPhones();
        if (openFile != null) {
            openFile.close();
            openFile = null;
        }
        context.background().close();
        context.themes().close();
        textMenus.close();
    }

    private void show(Parent screen, String title) {
        board = null;
        stages = null;
        projector.forget();
        overlays.forget();
        root.getChildren().setAll(screen);
        stage.setTitle(title);
    }

    /** Closing the workshop or the app stops the phone server; the round stays open to carry on. */
    private void stopPhones() {
        if (phones != null) {
            phones.stop();
            phones = null;
        }
    }

    /** Closing waits for pending writes, so it happens off the FX thread, before any later open. */
    private void closeOpenFile() {
        stopPhones();
        SessionFile closing = openFile;
        openFile = null;
        if (closing != null) {
            context.background().closeOnSessionFiles(closing);
        }
    }

}
