package org.hurdleboard.ui.followup;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.hurdleboard.ui.common.Dialogs;
import org.hurdleboard.ui.common.Messages;

/** Which of a folder's series to follow up, by its last workshop; asked only when there are several. */
public final class SeriesChooser {
    private SeriesChooser() {
    }

    public static Optional<FollowUpSource> choose(Window owner, Messages messages, Dialogs dialogs,
                                                  List<FollowUpSource> latest) {
        if (latest.size() == 1) {
            return Optional.of(latest.get(0));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        Map<String, FollowUpSource> byLabel = new LinkedHashMap<>();
        for (FollowUpSource source : latest) {
            byLabel.put(messages.get("followUp.series.item", source.previous().details().title(),
                    date.format(source.previous().details().date()), source.workshopsInSeries(),
                    source.path().getFileName()), source);
        }
        ChoiceDialog<String> dialog = new ChoiceDialog<>(byLabel.keySet().iterator().next(), byLabel.keySet());
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("followUp.series.title"));
        dialog.setHeaderText(messages.get("followUp.series.header"));
        dialog.getDialogPane().setId("seriesDialog");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("followUp.series.choose"));
        return dialogs.show(dialog).map(byLabel::get);
    }
}
