package org.hurdleboard.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File dialogs that show session files first. */
public final class SessionFileChooser implements FilePicker {
    private final Messages messages;

    public SessionFileChooser(Messages messages) {
        this.messages = messages;
    }

    /** The chosen path, given the session extension when the facilitator typed a name without it. */
    @Override
    public Optional<Path> saveSession(Window owner, Path suggested) {
        File chosen = forSaving(messages, suggested).showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath();
        String name = String.valueOf(path.getFileName());
        return Optional.of(name.toLowerCase(Locale.ROOT).endsWith(".hurdles") ? path
                : path.resolveSibling(name + ".hurdles"));
    }

    public static FileChooser forOpening(Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("fileChooser.open.title"));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(messages.get("fileChooser.sessions"), "*.hurdles"));
        return chooser;
    }

    public static FileChooser forSaving(Messages messages, Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("fileChooser.save.title"));
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(messages.get("fileChooser.sessions"), "*.hurdles"));
        Path folder = suggested.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(String.valueOf(suggested.getFileName()));
        return chooser;
    }
}
