package org.hurdleboard.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the facilitator where to save a session file; nothing when they cancel. */
public interface FilePicker {
    Optional<Path> saveSession(Window owner, Path suggested);
}
