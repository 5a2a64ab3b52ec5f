package org.hurdleboard.ui.board;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.hurdleboard.settings.UserSettings;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;

/**
 * The room's settings, in the Workshop menu: present (F5), which screen is the projector, the
 * text size for large rooms, animations and the timer's sound. Each is kept for next time.
 */
final class RoomMenu extends Menu {
    private final BoardViewModel model;
    private final Messages messages;
    private final Menu screens;

    RoomMenu(BoardViewModel model, Messages messages, Navigator navigator) {
        super(messages.get("room.menu"));
        this.model = model;
        this.messages = messages;
        setId("roomMenu");
        MenuItem present = new MenuItem(messages.get("room.present"));
        present.setId("present");
        present.setOnAction(event -> navigator.togglePresentation());
        screens = new Menu(messages.get("room.projectorScreen"));
        screens.setId("projectorScreenMenu");
        // screens come and go: the choices are made each time the menu opens
        setOnShowing(event -> fillScreens());
        fillScreens();
        CheckMenuItem peek = new CheckMenuItem(messages.get("room.peek"));
        peek.setId("peekHidden");
        peek.selectedProperty().bindBidirectional(model.presenting().peekHiddenProperty());
        peek.disableProperty().bind(model.presenting().projectorShownProperty().not());
        CheckMenuItem animation = new CheckMenuItem(messages.get("room.animation"));
        animation.setId("animation");
        animation.selectedProperty().bindBidirectional(model.presenting().animateRevealProperty());
        CheckMenuItem sound = new CheckMenuItem(messages.get("room.timerSound"));
        sound.setId("timerSound");
        sound.selectedProperty().bindBidirectional(model.presenting().timerSoundProperty());
        CheckMenuItem voteButtons = new CheckMenuItem(messages.get("room.voteButtons"));
        voteButtons.setId("voteButtonsForRoom");
        voteButtons.selectedProperty().bindBidirectional(model.presenting().voteButtonsForRoomProperty());
        getItems().addAll(present, screens, textSizes(), peek, new SeparatorMenuItem(), animation, sound, voteButtons);
    }

    private Menu textSizes() {
        Menu sizes = new Menu(messages.get("room.textSize"));
        sizes.setId("textSizeMenu");
        ToggleGroup group = new ToggleGroup();
        for (int percent : UserSettings.TEXT_SIZES) {
            RadioMenuItem size = new RadioMenuItem(messages.get("room.textSize.option", percent));
            size.setId("textSize" + percent);
            size.setToggleGroup(group);
            size.setSelected(Math.round(model.presenting().textScaleProperty().get() * 100) == percent);
            size.setOnAction(event -> model.presenting().textScaleProperty().set(percent / 100.0));
            sizes.getItems().add(size);
        }
        model.presenting().textScaleProperty().addListener((obs, old, scale) -> group.getToggles().forEach(toggle ->
                toggle.setSelected(((MenuItem) toggle).getId().equals("textSize" + Math.round(scale.doubleValue() * 100)))));
        return sizes;
    }

    private void fillScreens() {
        ToggleGroup group = new ToggleGroup();
        screens.getItems().setAll(screenChoice(group, UserSettings.PROJECTOR_AUTOMATIC,
                messages.get("room.screen.automatic")));
        List<Rectangle2D> plugged = model.presenting().screens();
        for (int i = 0; i < plugged.size(); i++) {
            Rectangle2D bounds = plugged.get(i);
            screens.getItems().add(screenChoice(group, i + 1, messages.get("room.screen", i + 1,
                    (int) bounds.getWidth(), (int) bounds.getHeight())));
        }
        screens.getItems().add(screenChoice(group, UserSettings.PROJECTOR_NEVER, messages.get("room.screen.never")));
    }

    private RadioMenuItem screenChoice(ToggleGroup group, int setting, String text) {
        RadioMenuItem choice = new RadioMenuItem(text);
        choice.setId("projectorScreen" + setting);
        choice.setToggleGroup(group);
        choice.setSelected(model.presenting().projectorScreenProperty().get() == setting);
        choice.setOnAction(event -> model.presenting().projectorScreenProperty().set(setting));
        return choice;
    }
}
