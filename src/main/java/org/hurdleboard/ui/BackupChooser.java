package org.hurdleboard.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.hurdleboard.store.Backups;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Dialogs;

/** Asks which backup to restore, each shown by its time and its number of votes. */
final class BackupChooser {
    private final Messages messages;
    private final Function<Backups.Backup, String> when;
    private final Dialogs dialogs;

    BackupChooser(Messages messages, Function<Backups.Backup, String> when, Dialogs dialogs) {
        this.messages = messages;
        this.when = when;
        this.dialogs = dialogs;
    }

    /** The backup chosen, newest offered first; nothing when the facilitator cancels. */
    Optional<Backups.Backup> choose(Window owner, List<Backups.Backup> backups, Path original) {
        Map<String, Backups.Backup> byLabel = new LinkedHashMap<>();
        for (Backups.Backup backup : backups) {
            byLabel.put(messages.get("backup.item", when.apply(backup), backup.votes()), backup);
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(byLabel.keySet().iterator().next(), byLabel.keySet());
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("backup.title"));
        dialog.setHeaderText(messages.get("backup.header", original.getFileName()));
        dialog.getDialogPane().setId("backupDialog");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("backup.restore"));
        return dialogs.show(dialog).map(byLabel::get);
    }
}
