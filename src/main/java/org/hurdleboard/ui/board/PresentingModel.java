package org.hurdleboard.ui.board;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Rectangle2D;
import org.hurdleboard.settings.UserSettings;

/**
 * How the board is put before the room: presentation mode, the projector (which screen, shown or
 * not, blacked out), the text size, the reveal animation, the stage timer and its chime, and the
 * facilitator's peek at hidden counts. What the facilitator chooses of these is kept in their
 * settings ({@link #keepIn}).
 */
public final class PresentingModel {
    private final BooleanProperty presenting = new SimpleBooleanProperty();
    private final BooleanProperty presentStripHidden = new SimpleBooleanProperty();
    private final BooleanProperty animateReveal = new SimpleBooleanProperty(true);
    private final DoubleProperty textScale = new SimpleDoubleProperty(1);
    private final BooleanProperty projectorBlanked = new SimpleBooleanProperty();
    private final BooleanProperty projectorShown = new SimpleBooleanProperty();
    private final IntegerProperty projectorScreen = new SimpleIntegerProperty();
    private final ObservableList<Rectangle2D> screens = FXCollections.observableArrayList();
    private final BooleanProperty peekHidden = new SimpleBooleanProperty();
    private final StageTimer timer = new StageTimer(System::nanoTime);
    private final BooleanProperty timerSound = new SimpleBooleanProperty();
    private final BooleanProperty voteButtonsForRoom = new SimpleBooleanProperty();
    private Runnable timeUpSound = () -> { };

    PresentingModel() {
        timer.finishedProperty().addListener((obs, was, finished) -> {
            if (finished && timerSound.get()) {
                timeUpSound.run();
            }
        });
    }

    /**
     * Starts from the facilitator's settings and keeps each change in them: {@code save} makes a
     * change to the settings and writes them (off the FX thread).
     */
    public void keepIn(UserSettings settings, Consumer<Consumer<UserSettings>> save) {
        textScale.set(settings.textSize() / 100.0);
        animateReveal.set(settings.animation());
        timerSound.set(settings.timerSound());
        projectorScreen.set(settings.projectorScreen());
        voteButtonsForRoom.set(settings.voteButtonsForRoom());
        textScale.addListener((obs, old, scale) -> save.accept(
                chosen -> chosen.setTextSize((int) Math.round(scale.doubleValue() * 100))));
        animateReveal.addListener((obs, old, on) -> save.accept(chosen -> chosen.setAnimation(on)));
        timerSound.addListener((obs, old, on) -> save.accept(chosen -> chosen.setTimerSound(on)));
        voteButtonsForRoom.addListener((obs, old, on) -> save.accept(chosen -> chosen.setVoteButtonsForRoom(on)));
        projectorScreen.addListener((obs, old, screen) -> save.accept(
                chosen -> chosen.setProjectorScreen(screen.intValue())));
    }

    /**
     * Presentation mode (F5), for a laptop with one screen: the board full screen, the
     * facilitator's buttons out of the room's sight until F5 or Esc.
     */
    public BooleanProperty presentingProperty() {
        return presenting;
    }

    /** The small control strip of presentation mode, hidden (Ctrl+H) for a clean board. */
    public BooleanProperty presentStripHiddenProperty() {
        return presentStripHidden;
    }

    /** Whether counts fade in when revealed; off for rooms (or tests) that want them at once. */
    public BooleanProperty animateRevealProperty() {
        return animateReveal;
    }

    /** The facilitator's text size for large rooms, as a factor of the normal size (1 = 100%). */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** The projector shows black while the room talks (B). */
    public BooleanProperty projectorBlankedProperty() {
        return projectorBlanked;
    }

    /** The projector window is showing this board (so B blacks it out, not the facilitator's screen). */
    public BooleanProperty projectorShownProperty() {
        return projectorShown;
    }

    /** Which screen the projector window goes on: 0 automatic, -1 none, or a screen's number from 1. */
    public IntegerProperty projectorScreenProperty() {
        return projectorScreen;
    }

    /** The screens plugged in now, to choose the projector's from; kept up to date by the window. */
    public ObservableList<Rectangle2D> screens() {
        return screens;
    }

    /**
     * H: the facilitator sees hidden counts on the console, as the vote goes; only while the board
     * is on the projector, where the room still sees none of them.
     */
    public BooleanProperty peekHiddenProperty() {
        return peekHidden;
    }

    /** True while the console shows counts the room cannot see. */
    public boolean isPeeking() {
        return peekHidden.get() && projectorShown.get();
    }

    /** The stage timer, one for the workshop: the facilitator sets it, the projector shows it. */
    StageTimer timer() {
        return timer;
    }

    /** Whether the timer also sounds when time is up (it always shows it). */
    public BooleanProperty timerSoundProperty() {
        return timerSound;
    }

    /** In presentation mode, the vote buttons stay on the room's screen, for a touch whiteboard. */
    public BooleanProperty voteButtonsForRoomProperty() {
        return voteButtonsForRoom;
    }

    /** What plays when time is up and the sound is on: the app's chime, or a test's counter. */
    public void setTimeUpSound(Runnable sound) {
        timeUpSound = sound;
    }
}
