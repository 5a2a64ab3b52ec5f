package org.hurdleboard.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;

/** File dialogs that show session files first. */
public final class SessionFileChooser {
    private SessionFileChooser() {
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
