package org.hurdleboard.ui.common;

import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.VotingMethod;
import org.hurdleboard.domain.VotingRule;

/**
 * How a round is voted, as the facilitator chooses it at set-up or for a new round: a show of
 * hands counted by the facilitator, dots (how many each, and at most how many on one card), or
 * "tick every card that blocks you"; how the room gives its votes (hands, the board, phones, a
 * paper wall); and whether the counts stay hidden until revealed.
 */
public final class VotingRuleForm extends VBox {
    private final RadioButton tally;
    private final RadioButton dots;
    private final RadioButton approval;
    private final Spinner<Integer> dotsEach = new Spinner<>(1, VotingRule.MAX_DOTS, VotingRule.DEFAULT_DOTS);
    private final Spinner<Integer> maxPerCard = new Spinner<>(0, VotingRule.MAX_DOTS, 0);
    private final ComboBox<VotingMethod> method = new ComboBox<>();
    private final CheckBox hide;
    private final ReadOnlyObjectWrapper<RoundSettings> chosen = new ReadOnlyObjectWrapper<>();
    private VotingRule lastRule;

    public VotingRuleForm(Messages messages, RoundSettings initial) {
        getStyleClass().add("voting-rule-form");
        setSpacing(6);
        ToggleGroup rule = new ToggleGroup();
        tally = new RadioButton(messages.get("rule.tally"));
        tally.setId("ruleTally");
        tally.setToggleGroup(rule);
        dots = new RadioButton(messages.get("rule.dots"));
        dots.setId("ruleDots");
        dots.setToggleGroup(rule);
        approval = new RadioButton(messages.get("rule.approval"));
        approval.setId("ruleApproval");
        approval.setToggleGroup(rule);
        approval.setAccessibleHelp(messages.get("rule.approval.help"));
        dotsEach.setId("dotsEach");
        dotsEach.setEditable(true);
        dotsEach.setPrefWidth(80);
        dotsEach.setAccessibleText(messages.get("rule.dotsEach"));
        maxPerCard.setId("maxPerCard");
        maxPerCard.setEditable(true);
        maxPerCard.setPrefWidth(80);
        maxPerCard.setAccessibleText(messages.get("rule.maxPerCard"));
        Label dotsEachLabel = new Label(messages.get("rule.dotsEach"));
        Label maxPerCardLabel = new Label(messages.get("rule.maxPerCard"));
        HBox dotOptions = new HBox(8, dotsEachLabel, dotsEach, maxPerCardLabel, maxPerCard);
        dotOptions.setAlignment(Pos.CENTER_LEFT);
        dotOptions.disableProperty().bind(dots.selectedProperty().not());
        method.setId("votingMethod");
        method.setAccessibleText(messages.get("rule.method"));
        method.setCellFactory(list -> methodCell(messages));
        method.setButtonCell(methodCell(messages));
        Label methodLabel = new Label(messages.get("rule.method"));
        methodLabel.setLabelFor(method);
        hide = new CheckBox(messages.get("rule.hide"));
        hide.setId("hideVotes");
        hide.setAccessibleHelp(messages.get("rule.hide.help"));
        // one row for both: the set-up form keeps its Create button on a 1280x720 screen
        HBox methodRow = new HBox(8, methodLabel, method, hide);
        methodRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(hide, new javafx.geometry.Insets(0, 0, 0, 16));
        getChildren().addAll(tally, dots, dotOptions, approval, methodRow);
        // a dialog narrower than the form cut every one of these to "..." ("Dots ea...", "The room ...")
        for (Region whole : new Region[] {tally, dots, approval, hide, methodLabel, dotsEachLabel, maxPerCardLabel}) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }

        VotingRule initialRule = initial.rule();
        (initialRule.isDots() ? dots : initialRule.isApproval() ? approval : tally).setSelected(true);
        if (initialRule.isDots()) {
            dotsEach.getValueFactory().setValue(initialRule.dotsEach());
            maxPerCard.getValueFactory().setValue(initialRule.maxPerCard());
        }
        offerMethods(initial.method());
        hide.setSelected(initial.hideVotes());
        lastRule = rule();
        // a method the facilitator left at the old rule's own follows the new rule's
        rule.selectedToggleProperty().addListener((obs, old, now) -> {
            VotingMethod current = method.getValue();
            offerMethods(current == VotingMethod.defaultFor(lastRule) ? null : current);
            lastRule = rule();
        });
        Runnable update = () -> chosen.set(settings(Set.of()));
        for (Observable input : new Observable[] {rule.selectedToggleProperty(), dotsEach.valueProperty(),
            maxPerCard.valueProperty(), hide.selectedProperty(), method.valueProperty()}) {
            input.addListener(changed -> update.run());
        }
        update.run();
    }

    private static ListCell<VotingMethod> methodCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(VotingMethod item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : messages.get("method." + item.name()));
            }
        };
    }

    /** The board and phones need dots or ticks: a tally offers hands and the wall only. */
    private void offerMethods(VotingMethod wanted) {
        VotingRule rule = rule();
        method.getItems().setAll(java.util.Arrays.stream(VotingMethod.values()).filter(m -> m.allows(rule)).toList());
        method.setValue(wanted != null && wanted.allows(rule) ? wanted : VotingMethod.defaultFor(rule));
    }

    /** The settings chosen so far, for every card. */
    public ReadOnlyObjectProperty<RoundSettings> settingsProperty() {
        return chosen.getReadOnlyProperty();
    }

    private VotingRule rule() {
        if (dots.isSelected()) {
            int each = dotsEach.getValue();
            int max = maxPerCard.getValue();
            return VotingRule.dots(each, max >= each ? 0 : max);
        }
        return approval.isSelected() ? VotingRule.APPROVAL : VotingRule.TALLY;
    }

    /** The settings chosen, for the given cards (empty: every card); a limit above the dots counts as none. */
    public RoundSettings settings(Set<Integer> cards) {
        VotingRule rule = rule();
        VotingMethod how = method.getValue() != null && method.getValue().allows(rule) ? method.getValue()
                : VotingMethod.defaultFor(rule);
        return new RoundSettings(rule, hide.isSelected(), cards, how);
    }

    /** For voting by phone: the method is phones and a tally cannot be chosen. */
    public void forPhones() {
        if (tally.isSelected()) {
            dots.setSelected(true);
        }
        tally.setDisable(true);
        method.setValue(VotingMethod.PHONES);
        method.setDisable(true);
    }
}
