package org.hurdleboard.ui.board;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.hurdleboard.ui.common.Messages;

/**
 * The stage timer on the board, large enough to read from the back: "4:59", "Paused 4:59" and
 * "Time's up" in the danger colours (a signal the room sees; never a dialog in the way).
 */
final class TimerChip extends Label {
    private static final PseudoClass FINISHED = PseudoClass.getPseudoClass("finished");
    private static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");

    TimerChip(StageTimer timer, Messages messages) {
        setId("stageTimer");
        getStyleClass().add("stage-timer");
        setMinWidth(Region.USE_PREF_SIZE);
        textProperty().bind(Bindings.createStringBinding(() -> text(timer, messages),
                timer.remainingProperty(), timer.runningProperty(), timer.finishedProperty()));
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.get("timer.accessible",
                        timer.remainingProperty().get() / StageTimer.MINUTE,
                        timer.remainingProperty().get() % StageTimer.MINUTE),
                timer.remainingProperty()));
        visibleProperty().bind(timer.setProperty());
        managedProperty().bind(visibleProperty());
        timer.finishedProperty().addListener((obs, was, now) -> pseudoClassStateChanged(FINISHED, now));
        timer.runningProperty().addListener((obs, was, now) -> pseudoClassStateChanged(PAUSED,
                !now && !timer.finishedProperty().get()));
        pseudoClassStateChanged(PAUSED, true);
        Timeline ticks = new Timeline(new KeyFrame(Duration.millis(250), event -> timer.update()));
        ticks.setCycleCount(Animation.INDEFINITE);
        timer.runningProperty().addListener((obs, was, now) -> {
            if (now) {
                ticks.play();
            } else {
                ticks.stop();
            }
        });
        // the board can be closed while a timer runs: its ticks stop with it
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticks.stop();
            }
        });
    }

    private static String text(StageTimer timer, Messages messages) {
        if (timer.finishedProperty().get()) {
            return messages.get("timer.finished");
        }
        int seconds = timer.remainingProperty().get();
        String clock = String.format("%d:%02d", seconds / StageTimer.MINUTE, seconds % StageTimer.MINUTE);
        return timer.runningProperty().get() ? clock : messages.get("timer.paused", clock);
    }
}
