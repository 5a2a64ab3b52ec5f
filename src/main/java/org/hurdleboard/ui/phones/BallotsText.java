package org.hurdleboard.ui.phones;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.hurdleboard.ui.common.Messages;

/** "12 phones have voted": the one number phone voting shows before the reveal. */
final class BallotsText {
    private BallotsText() {
    }

    static StringBinding of(PhoneRoundModel model, Messages messages) {
        return Bindings.createStringBinding(() -> text(model.ballotsInProperty().get(), messages),
                model.ballotsInProperty());
    }

    static String text(int ballots, Messages messages) {
        return ballots == 0 ? messages.get("phones.ballotsIn.zero")
                : ballots == 1 ? messages.get("phones.ballotsIn.one") : messages.get("phones.ballotsIn", ballots);
    }
}
