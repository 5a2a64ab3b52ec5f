package org.hurdleboard.ui.phones;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hurdleboard.domain.PhoneVoting;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.ui.common.Dialogs;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.VotingRuleForm;

/** Asks how phones vote in the round (dots or ticks) and how many ballots it takes at most. */
final class PhonesDialog {
    /** The facilitator's answer: the rule and the limit (0: one ballot for each participant). */
    record Answer(VotingRule rule, int limit) {
    }

    private PhonesDialog() {
    }

    static Optional<Answer> ask(Window owner, Messages messages, Dialogs dialogs, RoundSettings round,
                                int participants) {
        Dialog<Answer> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("phones.dialog.title"));
        dialog.setHeaderText(messages.get("phones.dialog.title"));
        VotingRuleForm rule = new VotingRuleForm(messages, round);
        rule.forPhones();
        int most = Math.max(PhoneVoting.DEFAULT_MAX_BALLOTS, participants);
        Spinner<Integer> limit = new Spinner<>(0, most, 0);
        limit.setId("phonesLimit");
        limit.setEditable(true);
        limit.setPrefWidth(100);
        limit.setAccessibleText(messages.get("phones.dialog.limit"));
        Label limitLabel = new Label(messages.get("phones.dialog.limit"));
        limitLabel.setLabelFor(limit);
        Label help = new Label(participants > 0 ? messages.get("phones.dialog.limit.help", participants)
                : messages.get("phones.dialog.limit.none", PhoneVoting.DEFAULT_MAX_BALLOTS));
        help.setWrapText(true);
        VBox form = new VBox(8, rule, limitLabel, limit, help);
        form.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(form);
        ButtonType open = new ButtonType(messages.get("phones.dialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(open).setId("phonesConfirm");
        dialog.setResultConverter(button -> button == open
                ? new Answer(rule.settings(round.cards()).rule(), limit.getValue()) : null);
        return dialogs.show(dialog);
    }
}
