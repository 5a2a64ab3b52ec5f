package org.hurdleboard.ui;

import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import org.hurdleboard.ui.discuss.DiscussModel;
import org.hurdleboard.ui.followup.SinceLastModel;

/** The stages that take the board's place on a workshop: discuss, and a follow-up's "Since last time". */
final class Stages {
    private final DiscussModel discussion;
    private final SinceLastModel sinceLast;
    /** Held here: a binding only its listeners know of would be collected, and stop telling them. */
    private final BooleanBinding anyActive;

    Stages(DiscussModel discussion, SinceLastModel sinceLast) {
        this.discussion = Objects.requireNonNull(discussion, "discussion");
        this.sinceLast = Objects.requireNonNull(sinceLast, "sinceLast");
        this.anyActive = discussion.activeProperty().or(sinceLast.activeProperty());
    }

    DiscussModel discussion() {
        return discussion;
    }

    SinceLastModel sinceLast() {
        return sinceLast;
    }

    /** True while either stage is up instead of the board. */
    BooleanBinding anyActive() {
        return anyActive;
    }
}
