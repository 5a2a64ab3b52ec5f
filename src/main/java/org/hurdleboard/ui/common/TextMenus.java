package org.hurdleboard.ui.common;

import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;

/**
 * The right-click menu (and the menu key's) of every text field and area, in the app's language.
 * JavaFX draws its own from a bundle it has in English and a few other languages, never Welsh.
 * The menu is made when asked for, so each item is enabled as the field stands at that moment.
 */
public final class TextMenus implements AutoCloseable {
    private static final String OURS = "app-text-menu";
    private final Supplier<Messages> messages;
    private final EventHandler<ContextMenuEvent> onRequest = this::requested;
    private final ListChangeListener<Window> opened = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::install);
        }
    };

    /** {@code messages} gives the app's language at the moment a menu is asked for. */
    public TextMenus(Supplier<Messages> messages) {
        this.messages = messages;
    }

    /** In the windows open now and every one opened from now on (dialogs too). */
    public TextMenus inEveryWindow() {
        Window.getWindows().forEach(this::install);
        Window.getWindows().addListener(opened);
        return this;
    }

    private void install(Window window) {
        if (window.getScene() != null) {
            on(window.getScene());
        }
    }

    /** In this scene, for a window not yet open (or one whose scene is new); once, however often asked. */
    public void on(Scene scene) {
        scene.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onRequest);
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, onRequest);
    }

    private void requested(ContextMenuEvent event) {
        TextInputControl input = textInputAround(event.getTarget());
        // a field with a menu of its own keeps it
        if (input != null && (input.getContextMenu() == null || input.getContextMenu().getStyleClass().contains(OURS))) {
            input.setContextMenu(menuFor(input, messages.get()));
        }
    }

    private static TextInputControl textInputAround(Object target) {
        for (Node node = target instanceof Node picked ? picked : null; node != null; node = node.getParent()) {
            if (node instanceof TextInputControl input) {
                return input;
            }
        }
        return null;
    }

    static ContextMenu menuFor(TextInputControl input, Messages messages) {
        boolean editable = input.isEditable() && !input.isDisabled();
        boolean selected = input.getSelection().getLength() > 0;
        ContextMenu menu = new ContextMenu(
                item(messages, "text.undo", !editable || !input.isUndoable(), input::undo),
                item(messages, "text.redo", !editable || !input.isRedoable(), input::redo),
                new SeparatorMenuItem(),
                item(messages, "text.cut", !editable || !selected, input::cut),
                item(messages, "text.copy", !selected, input::copy),
                item(messages, "text.paste", !editable || !Clipboard.getSystemClipboard().hasString(), input::paste),
                item(messages, "text.delete", !editable || !selected, () -> input.deleteText(input.getSelection())),
                new SeparatorMenuItem(),
                item(messages, "text.selectAll", input.getLength() == 0, input::selectAll));
        menu.getStyleClass().add(OURS);
        return menu;
    }

    private static MenuItem item(Messages messages, String key, boolean disabled, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setDisable(disabled);
        item.setOnAction(event -> action.run());
        return item;
    }

    @Override
    public void close() {
        Window.getWindows().removeListener(opened);
    }
}
