package org.hurdleboard.ui.common;

import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.VotingRule;

/**
 * How a round is voted, as the facilitator chooses it at set-up or for a new round: a show of
 * hands counted by the facilitator, or dots (how many each, and at most how many on one card),
 * and whether the counts stay hidden until revealed.
 */
public final class VotingRuleForm extends VBox {
    private final RadioButton tally;
    private final RadioButton dots;
    private final Spinner<Integer> dotsEach = new Spinner<>(1, VotingRule.MAX_DOTS, VotingRule.DEFAULT_DOTS);
    private final Spinner<Integer> maxPerCard = new Spinner<>(0, VotingRule.MAX_DOTS, 0);
    private final CheckBox hide;
    private final ReadOnlyObjectWrapper<RoundSettings> chosen = new ReadOnlyObjectWrapper<>();

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
        dotsEach.setId("dotsEach");
        dotsEach.setEditable(true);
        dotsEach.setPrefWidth(80);
        dotsEach.setAccessibleText(messages.get("rule.dotsEach"));
        maxPerCard.setId("maxPerCard");
        maxPerCard.setEditable(true);
        maxPerCard.setPrefWidth(80);
        maxPerCard.setAccessibleText(messages.get("rule.maxPerCard"));
        HBox dotOptions = new HBox(8, new Label(messages.get("rule.dotsEach")), dotsEach,
                new Label(messages.get("rule.maxPerCard")), maxPerCard);
        dotOptions.setAlignment(Pos.CENTER_LEFT);
        dotOptions.disableProperty().bind(dots.selectedProperty().not());
        hide = new CheckBox(messages.get("rule.hide"));
        hide.setId("hideVotes");
        hide.setAccessibleHelp(messages.get("rule.hide.help"));
        getChildren().addAll(tally, dots, dotOptions, hide);

        VotingRule initialRule = initial.rule();
        (initialRule.isDots() ? dots : tally).setSelected(true);
        if (initialRule.isDots()) {
            dotsEach.getValueFactory().setValue(initialRule.dotsEach());
            maxPerCard.getValueFactory().setValue(initialRule.maxPerCard());
        }
        hide.setSelected(initial.hideVotes());
        Runnable update = () -> chosen.set(settings(Set.of()));
        for (Observable input : new Observable[] {dots.selectedProperty(), dotsEach.valueProperty(),
            maxPerCard.valueProperty(), hide.selectedProperty()}) {
            input.addListener(changed -> update.run());
        }
        update.run();
    }

    /** The settings chosen so far, for every card. */
    public ReadOnlyObjectProperty<RoundSettings> settingsProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The settings chosen, for the given cards (empty: every card); a limit above the dots counts as none. */
    public RoundSettings settings(Set<Integer> cards) {
        VotingRule rule = VotingRule.TALLY;
        if (dots.isSelected()) {
            int each = dotsEach.getValue();
            int max = maxPerCard.getValue();
            rule = VotingRule.dots(each, max >= each ? 0 : max);
        }
        return new RoundSettings(rule, hide.isSelected(), cards);
    }
}
