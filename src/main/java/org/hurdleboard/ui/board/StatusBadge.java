package org.hurdleboard.ui.board;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.ui.common.Messages;

/**
 * A card's status as an icon and a word ("Blocking us"), never colour alone; nothing at all for a
 * card without one. The icon's shape comes from the style sheet (.status-icon.blocking...).
 */
final class StatusBadge extends Label {
    private final Region icon = new Region();
    private final Messages messages;

    StatusBadge(ObservableValue<CardStatus> status, Messages messages) {
        this.messages = messages;
        getStyleClass().add("status-badge");
        icon.getStyleClass().add("status-icon");
        setGraphic(icon);
        setMinWidth(USE_PREF_SIZE);
        status.addListener((obs, old, now) -> show(now));
        show(status.getValue());
    }

    private void show(CardStatus status) {
        boolean none = status == CardStatus.NONE;
        setVisible(!none);
        setManaged(!none);
        icon.getStyleClass().setAll("status-icon", cssName(status));
        // a short word on the card leaves its title room; the menu has the full words
        setText(none ? "" : messages.get("status.short." + status.name()));
    }

    static String cssName(CardStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
