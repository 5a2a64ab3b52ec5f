package org.hurdleboard.ui.discuss;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A box for a captured line that keeps whatever was typed or pasted, line breaks included (a
 * text field would drop them): Enter captures or saves, Shift+Enter starts a new line, and Tab
 * moves on as in every other field. Long text wraps and scrolls inside the box, never widening it.
 */
final class TextBox extends TextArea {
    /** The most lines a box shows before it scrolls: a 1,000-character note stays this tall. */
    private static final int MAX_ROWS = 4;
    /** About how many characters fit on a line of a box, to guess how many lines it needs. */
    private static final int CHARS_PER_ROW = 70;

    TextBox(String text, Runnable onEnter) {
        super(text);
        getStyleClass().add("text-box");
        setWrapText(true);
        fitRows();
        textProperty().addListener((obs, old, now) -> fitRows());
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShiftDown()) {
                replaceSelection("\n");
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                onEnter.run();
                event.consume();
            } else if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                // a text area would type the tab; Ctrl+Tab is its own way on, so Tab is sent as that
                event.consume();
                fireEvent(new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(),
                        event.getCharacter(), event.getText(), event.getCode(), event.isShiftDown(), true,
                        event.isAltDown(), event.isMetaDown()));
            }
        });
    }

    private void fitRows() {
        String text = getText() == null ? "" : getText();
        int rows = (int) text.lines().mapToLong(line -> 1 + line.length() / CHARS_PER_ROW).sum();
        setPrefRowCount(Math.max(1, Math.min(MAX_ROWS, rows)));
    }
}
