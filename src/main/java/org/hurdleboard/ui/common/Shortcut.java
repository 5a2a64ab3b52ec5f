package org.hurdleboard.ui.common;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every key of the app in one table: the keys (a combination, a bare key, or a character typed,
 * so {@code +} and {@code ?} work on every keyboard layout), where it works, and the row of the
 * {@code ?} key map that names it ({@code keymap.ROW.keys} and {@code keymap.ROW.does} in the
 * bundle). The views ask this table what a key means; the key map lists its rows in this order.
 */
public enum Shortcut {
    MOVE_UP(Where.BOARD, "arrows", code(KeyCode.UP)),
    MOVE_DOWN(Where.BOARD, "arrows", code(KeyCode.DOWN)),
    MOVE_LEFT(Where.BOARD, "arrows", code(KeyCode.LEFT)),
    MOVE_RIGHT(Where.BOARD, "arrows", code(KeyCode.RIGHT)),
    ADD_VOTE(Where.BOARD, "plusMinus", typed("+", "=")),
    REMOVE_VOTE(Where.BOARD, "plusMinus", typed("-", "\u2212")),
    TYPE_NUMBER(Where.BOARD, "number", typed("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
    CANCEL_NUMBER(Where.BOARD, "number", code(KeyCode.ESCAPE)),
    ERASE_DIGIT(Where.BOARD, "number", code(KeyCode.BACK_SPACE)),
    PLACE_DOT(Where.BOARD, "dots", code(KeyCode.SPACE)),
    ENTER(Where.BOARD, "pass", code(KeyCode.ENTER)),
    REVEAL_CARD(Where.BOARD, "reveal", typed("r")),
    REVEAL_CATEGORY(Where.BOARD, "reveal", typed("c")),
    REVEAL_ALL(Where.BOARD, "reveal", combo(KeyCode.R, SHORTCUT_DOWN)),
    CYCLE_STATUS(Where.BOARD, "status", typed("s")),
    WALL_ENTRY(Where.BOARD, "wall", combo(KeyCode.K, SHORTCUT_DOWN)),
    BOARD_VIEW(Where.BOARD, "views", combo(KeyCode.DIGIT1, SHORTCUT_DOWN)),
    RANKING_VIEW(Where.BOARD, "views", combo(KeyCode.DIGIT2, SHORTCUT_DOWN)),
    HEAT_VIEW(Where.BOARD, "views", combo(KeyCode.DIGIT3, SHORTCUT_DOWN)),
    DISCUSS(Where.BOARD, "discuss", typed("d")),
    NEXT_CARD(Where.DISCUSS, "discussKeys", code(KeyCode.PAGE_DOWN)),
    PREVIOUS_CARD(Where.DISCUSS, "discussKeys", code(KeyCode.PAGE_UP)),
    LEAVE_DISCUSSION(Where.DISCUSS, "discussKeys", code(KeyCode.ESCAPE)),
    MORE_CHAMPIONS(Where.DISCUSS, "discussKeys", combo(KeyCode.UP, SHORTCUT_DOWN)),
    FEWER_CHAMPIONS(Where.DISCUSS, "discussKeys", combo(KeyCode.DOWN, SHORTCUT_DOWN)),
    TIMER(Where.BOARD, "timer", typed("t")),
    ADD_MINUTE(Where.BOARD, "timer", typed("m")),
    UNDO(Where.WORKSHOP, "undo", combo(KeyCode.Z, SHORTCUT_DOWN)),
    REDO(Where.WORKSHOP, "redo", combo(KeyCode.Y, SHORTCUT_DOWN), combo(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN)),
    SAVE_COPY(Where.BOARD, "saveCopy", combo(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN)),
    EXPORT(Where.BOARD, "export", combo(KeyCode.E, SHORTCUT_DOWN)),
    FULL_SCREEN(Where.WINDOW, "fullScreen", code(KeyCode.F11)),
    THEME(Where.WINDOW, "theme", combo(KeyCode.T, SHORTCUT_DOWN, SHIFT_DOWN)),
    NEW_WORKSHOP(Where.START, "startKeys", combo(KeyCode.N, SHORTCUT_DOWN)),
    OPEN_WORKSHOP(Where.START, "startKeys", combo(KeyCode.O, SHORTCUT_DOWN)),
    DEMO(Where.START, "startKeys", combo(KeyCode.D, SHORTCUT_DOWN)),
    PRESENT(Where.WINDOW, "present", code(KeyCode.F5)),
    BLANK(Where.WINDOW, "blank", typed("b", "B")),
    BIGGER_TEXT(Where.BOARD, "textSize", combo(KeyCode.EQUALS, SHORTCUT_DOWN), combo(KeyCode.PLUS, SHORTCUT_DOWN),
            combo(KeyCode.ADD, SHORTCUT_DOWN)),
    SMALLER_TEXT(Where.BOARD, "textSize", combo(KeyCode.MINUS, SHORTCUT_DOWN),
            combo(KeyCode.SUBTRACT, SHORTCUT_DOWN)),
    PEEK(Where.BOARD, "peek", typed("h")),
    HIDE_STRIP(Where.BOARD, "strip", combo(KeyCode.H, SHORTCUT_DOWN)),
    KEY_MAP(Where.WINDOW, "help", typed("?"));

    /** Where a key works: the whole window, or one screen (the board and discuss share undo and redo). */
    public enum Where {
        WINDOW, START, BOARD, DISCUSS, WORKSHOP;

        /** True when a key of this place and one of {@code other} could be pressed on the same screen. */
        public boolean overlaps(Where other) {
            return this == other || this == WINDOW || other == WINDOW
                    || (this == WORKSHOP && (other == BOARD || other == DISCUSS))
                    || (other == WORKSHOP && (this == BOARD || this == DISCUSS));
        }
    }

    /** One way to press a shortcut. */
    public sealed interface Keys {
    }

    /** A key with modifiers, matched exactly (Ctrl+Z is not Ctrl+Shift+Z). */
    public record Combo(KeyCodeCombination combination) implements Keys {
    }

    /** A bare key, whatever Shift says; the view decides what other modifiers mean. */
    public record Code(KeyCode code) implements Keys {
    }

    /** A character typed, on any keyboard layout. */
    public record Typed(String character) implements Keys {
    }

    private final Where where;
    private final String row;
    private final List<Keys> keys;

    Shortcut(Where where, String row, Keys... keys) {
        this.where = where;
        this.row = row;
        this.keys = List.of(keys);
    }

    private static Keys code(KeyCode code) {
        return new Code(code);
    }

    private static Keys combo(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new Combo(new KeyCodeCombination(code, modifiers));
    }

    private static Keys[] typed(String... characters) {
        return Arrays.stream(characters).map(Typed::new).toArray(Keys[]::new);
    }

    public Where where() {
        return where;
    }

    /** The key map's row that names this shortcut. */
    public String row() {
        return row;
    }

    public List<Keys> keys() {
        return keys;
    }

    /** The shortcut's first key combination, for a menu item's or a button's accelerator. */
    public KeyCombination combination() {
        return keys.stream().filter(Combo.class::isInstance).map(key -> ((Combo) key).combination()).findFirst()
                .orElseThrow(() -> new IllegalStateException(this + " has no key combination"));
    }

    /** True when a key pressed or a character typed is this shortcut. */
    public boolean matches(KeyEvent event) {
        boolean pressed = event.getEventType() == KeyEvent.KEY_PRESSED;
        for (Keys key : keys) {
            if (key instanceof Combo combo && pressed && combo.combination().match(event)
                    || key instanceof Code code && pressed && event.getCode() == code.code()
                    || key instanceof Typed typed && event.getEventType() == KeyEvent.KEY_TYPED
                            && typed.character().equals(event.getCharacter())) {
                return true;
            }
        }
        return false;
    }

    /** The first of {@code candidates} that the event is, if any. */
    public static Optional<Shortcut> of(KeyEvent event, Shortcut... candidates) {
        return Arrays.stream(candidates).filter(shortcut -> shortcut.matches(event)).findFirst();
    }

    /** The key map's rows, in the table's order. */
    public static List<String> rows() {
        Set<String> rows = new LinkedHashSet<>();
        for (Shortcut shortcut : values()) {
            rows.add(shortcut.row);
        }
        return List.copyOf(rows);
    }
}
