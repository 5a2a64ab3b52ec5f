package org.hurdleboard.ui.start;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hurdleboard.settings.RecentFiles;
import org.hurdleboard.settings.UserSettings.Language;
import org.hurdleboard.ui.common.AppContext;
import org.hurdleboard.ui.common.Navigator;
import org.hurdleboard.ui.common.OpenFailure;

/** The start screen's state: the recent workshops, and whether a file is being opened. */
public final class StartViewModel {
    private final AppContext context;
    private final Navigator navigator;
    private final ObservableList<RecentFiles.Entry> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recoveryLabel = new ReadOnlyStringWrapper("");
    private Runnable recovery;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public StartViewModel(AppContext context, Navigator navigator) {
        this.context = context;
        this.navigator = navigator;
    }

    public ObservableList<RecentFiles.Entry> recent() {
        return recent;
    }

    /** What is happening now, such as "Opening Team day.hurdles…". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last attempt to open a workshop failed, and what to do; empty when nothing failed. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A way out of the last failure, such as opening a damaged file's last backup; empty when none. */
    public ReadOnlyStringProperty recoveryLabelProperty() {
        return recoveryLabel.getReadOnlyProperty();
    }

    public void recover() {
        Runnable way = recovery;
        if (way != null && !busy.get()) {
            starting(context.messages().get("start.recovering"));
            way.run();
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Reads the recent list off the FX thread; the screen shows at once and the list follows. */
    public void refreshRecent() {
        context.background().run(() -> context.recentFiles().load(), recent::setAll, ignored -> recent.clear());
    }

    /** The language chosen in the settings: the computer's, English or Welsh. */
    public Language language() {
        return context.settings().language();
    }

    /** Shows the start screen again in that language, and remembers it; not while a file is opening. */
    public void chooseLanguage(Language language) {
        if (!busy.get()) {
            navigator.changeLanguage(language);
        }
    }

    public void newWorkshop() {
        navigator.showSetup();
    }

    /** Reads a previous workshop and shows set-up with its defaults; says why when it cannot be read. */
    public void followUp(Path file) {
        if (busy.get()) {
            return;
        }
        starting(context.messages().get("start.opening", file.getFileName()));
        navigator.followUp(file, why -> failed(OpenFailure.of(why)));
    }

    public void open(Path file) {
        if (busy.get()) {
            return;
        }
        starting(context.messages().get("start.opening", file.getFileName()));
        navigator.openSession(file, this::failed);
    }

    public void openRecent(RecentFiles.Entry entry) {
        if (entry != null) {
            open(entry.file());
        }
    }

    public void openDemo() {
        if (busy.get()) {
            return;
        }
        starting(context.messages().get("start.opening", context.messages().get("start.demo")));
        navigator.openDemo(this::failed);
    }

    private void starting(String what) {
        busy.set(true);
        showError(OpenFailure.of(""));
        message.set(what);
    }

    public void showError(OpenFailure failure) {
        error.set(failure.message());
        recovery = failure.recovery();
        recoveryLabel.set(failure.hasRecovery() ? failure.recoveryLabel() : "");
    }

    private void failed(OpenFailure failure) {
        busy.set(false);
        message.set("");
        showError(failure);
        refreshRecent();
    }
}
