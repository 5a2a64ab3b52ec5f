package org.hurdleboard.ui.board;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.ui.common.Dialogs;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.VotingRuleForm;

/**
 * Asks for a new round (its question, how it is voted, whether it is only about the top cards so
 * far), how the round shown is voted, or the participants' names.
 */
final class RoundDialog {
    /** The facilitator's answer. */
    record NewRound(String question, RoundSettings settings) {
    }

    private final Messages messages;
    private final VotingModel voting;
    private final Dialogs dialogs;

    RoundDialog(Messages messages, VotingModel voting, Dialogs dialogs) {
        this.messages = messages;
        this.voting = voting;
        this.dialogs = dialogs;
    }

    /** Asks for a new round and adds it; false when the facilitator cancels. */
    boolean addNew(Window owner) {
        Optional<NewRound> round = askNew(owner);
        round.ifPresent(answer -> voting.addRound(answer.question(), answer.settings()));
        return round.isPresent();
    }

    private Optional<NewRound> askNew(Window owner) {
        Dialog<NewRound> dialog = dialog(owner, "round.add.title");
        TextField question = new TextField(messages.get("round.add.question.default"));
        question.setId("roundQuestion");
        question.setPrefColumnCount(36);
        question.setAccessibleText(messages.get("round.add.question"));
        Spinner<Integer> top = new Spinner<>(0, 50, 10);
        top.setId("roundTop");
        top.setEditable(true);
        top.setAccessibleText(messages.get("round.add.top"));
        VotingRuleForm rule = new VotingRuleForm(messages, voting.settings());
        VBox form = new VBox(8, new Label(messages.get("round.add.question")), question,
                new Label(messages.get("round.add.top")), top, rule);
        form.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(form);
        ButtonType add = new ButtonType(messages.get("round.add.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(add, ButtonType.CANCEL);
        Node addButton = dialog.getDialogPane().lookupButton(add);
        addButton.setId("roundConfirm");
        addButton.disableProperty().bind(question.textProperty().isEmpty());
        dialog.setResultConverter(button -> {
            if (button != add) {
                return null;
            }
            Set<Integer> cards = top.getValue() > 0 ? voting.topCards(top.getValue()) : Set.of();
            return new NewRound(question.getText().strip(), rule.settings(cards));
        });
        dialog.setOnShown(event -> question.requestFocus());
        return dialogs.show(dialog);
    }

    /** How the round shown is voted; only offered while nobody has voted in it. */
    Optional<RoundSettings> askRule(Window owner) {
        Dialog<RoundSettings> dialog = dialog(owner, "round.rule.title");
        VotingRuleForm rule = new VotingRuleForm(messages, voting.settings());
        rule.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(rule);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("ruleConfirm");
        dialog.setResultConverter(button -> button == ButtonType.OK ? rule.settings(voting.settings().cards()) : null);
        return dialogs.show(dialog);
    }

    /** The participants' names in turn order, one a line; shown with each turn, never in a report. */
    Optional<List<String>> askNames(Window owner) {
        Dialog<List<String>> dialog = dialog(owner, "names.title");
        TextArea names = new TextArea(String.join("\n", voting.participantNames()));
        names.setId("participantNames");
        names.setPrefRowCount(12);
        names.setPrefColumnCount(30);
        names.setAccessibleText(messages.get("names.title"));
        Label help = new Label(messages.get("names.help"));
        help.setWrapText(true);
        VBox form = new VBox(8, help, names);
        form.setPadding(new Insets(12));
        form.setPrefWidth(420);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("namesConfirm");
        dialog.setResultConverter(button -> button == ButtonType.OK ? List.of(names.getText().split("\n")) : null);
        dialog.setOnShown(event -> names.requestFocus());
        return dialogs.show(dialog);
    }

    private <T> Dialog<T> dialog(Window owner, String titleKey) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(titleKey));
        return dialog;
    }
}
