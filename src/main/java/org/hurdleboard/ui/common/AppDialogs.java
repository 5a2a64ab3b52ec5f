package org.hurdleboard.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hurdleboard.report.ReportFormat;

/** The app's {@link Dialogs}: the system's file choosers, and dialogs in the theme of the moment. */
public final class AppDialogs implements Dialogs {
    private static final String SESSION_EXTENSION = ".hurdles";
    private static final String DECK_EXTENSION = ".json";
    /** JavaFX's own buttons, which it names in English whatever the app's language. */
    private static final Map<ButtonType, String> STANDARD_BUTTONS = Map.of(
            ButtonType.OK, "dialog.ok",
            ButtonType.CANCEL, "dialog.cancel");
    private final Messages messages;
    private final ThemeManager themes;

    public AppDialogs(Messages messages, ThemeManager themes) {
        this.messages = messages;
        this.themes = themes;
    }

    @Override
    public AppDialogs in(Messages translated) {
        return new AppDialogs(translated, themes);
    }

    @Override
    public Optional<Path> saveSession(Window owner, Path suggested) {
        FileChooser chooser = sessions("fileChooser.save.title");
        startAt(chooser, suggested);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(chosen -> withExtension(chosen, SESSION_EXTENSION));
    }

    @Override
    public Optional<Path> openSession(Window owner) {
        return Optional.ofNullable(sessions("fileChooser.open.title").showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> openFolder(Window owner, String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> openDeck(Window owner) {
        return Optional.ofNullable(decks("setup.deck.import.title").showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> saveDeck(Window owner, String suggestedName) {
        FileChooser chooser = decks("setup.deck.export.title");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(chosen -> withExtension(chosen, DECK_EXTENSION));
    }

    @Override
    public Optional<Path> savePdf(Window owner, String title, Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("wallkit.pdfFiles"), "*.pdf"));
        startAt(chooser, suggested);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** One filter per format, the current one chosen; the format is the filter chosen in the end. */
    @Override
    public Optional<ReportTarget> saveReport(Window owner, Path suggested, ReportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("board.export.title"));
        for (ReportFormat each : ReportFormat.values()) {
            FileChooser.ExtensionFilter filter = new FileChooser.ExtensionFilter(
                    messages.get("board.export." + each.name().toLowerCase(Locale.ROOT)) + " (*." + each.extension() + ")",
                    "*." + each.extension());
            chooser.getExtensionFilters().add(filter);
            if (each == format) {
                chooser.setSelectedExtensionFilter(filter);
            }
        }
        startAt(chooser, suggested);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        int index = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        return Optional.of(new ReportTarget(chosen.toPath(), index >= 0 ? ReportFormat.values()[index] : format));
    }

    @Override
    public <R> Optional<R> show(Dialog<R> dialog) {
        style(dialog);
        return dialog.showAndWait();
    }

    @Override
    public void style(Dialog<?> dialog) {
        nameStandardButtons(dialog.getDialogPane());
        themes.style(dialog.getDialogPane().getScene());
    }

    /** OK and Cancel in the app's language; a button the dialog has already named keeps its name. */
    private void nameStandardButtons(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = STANDARD_BUTTONS.get(type);
            if (key != null && pane.lookupButton(type) instanceof Button button
                    && button.getText().equals(type.getText())) {
                button.setText(messages.get(key));
            }
        }
    }

    @Override
    public void style(Scene scene) {
        themes.style(scene);
    }

    private FileChooser sessions(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(messages.get("fileChooser.sessions"), "*" + SESSION_EXTENSION));
        return chooser;
    }

    private FileChooser decks(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(messages.get("setup.deck.files"), "*" + DECK_EXTENSION));
        return chooser;
    }

    private static void startAt(FileChooser chooser, Path suggested) {
        Path folder = suggested.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(String.valueOf(suggested.getFileName()));
    }

    private static Path withExtension(File chosen, String extension) {
        Path path = chosen.toPath();
        String name = String.valueOf(path.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? path : path.resolveSibling(name + extension);
    }
}
