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
 * so {@code +} and {@code ?} work on every keyboard layout), where it works, and the {@link Row}
 * of the {@code ?} key map that names it. The views ask this table what a key means; the key map lists its rows in this order.
 */
public enum Shortcut {
    MOVE_UP(Where.BOARD, Row.ARROWS, code(KeyCode.UP)),
    MOVE_DOWN(Where.BOARD, Row.ARROWS, code(KeyCode.DOWN)),
    MOVE_LEFT(Where.BOARD, Row.ARROWS, code(KeyCode.LEFT)),
    MOVE_RIGHT(Where.BOARD, Row.ARROWS, code(KeyCode.RIGHT)),
    ADD_VOTE(Where.BOARD, Row.PLUS_MINUS, typed("+", "=")),
    REMOVE_VOTE(Where.BOARD, Row.PLUS_MINUS, typed("-", "\u2212")),
    TYPE_NUMBER(Where.BOARD, Row.NUMBER, typed("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
    CANCEL_NUMBER(Where.BOARD, Row.NUMBER, code(KeyCode.ESCAPE)),
    ERASE_DIGIT(Where.BOARD, Row.NUMBER, code(KeyCode.BACK_SPACE)),
    PLACE_DOT(Where.BOARD, Row.DOTS, code(KeyCode.SPACE)),
    ENTER(Where.BOARD, Row.PASS, code(KeyCode.ENTER)),
    REVEAL_CARD(Where.BOARD, Row.REVEAL, typed("r")),
    REVEAL_CATEGORY(Where.BOARD, Row.REVEAL, typed("c")),
    REVEAL_ALL(Where.BOARD, Row.REVEAL, combo(KeyCode.R, SHORTCUT_DOWN)),
    CYCLE_STATUS(Where.BOARD, Row.STATUS, typed("s")),
    WALL_ENTRY(Where.BOARD, Row.WALL, combo(KeyCode.K, SHORTCUT_DOWN)),
    PHONES(Where.BOARD, Row.PHONES, combo(KeyCode.P, SHORTCUT_DOWN)),
    BOARD_VIEW(Where.BOARD, Row.VIEWS, combo(KeyCode.DIGIT1, SHORTCUT_DOWN)),
    RANKING_VIEW(Where.BOARD, Row.VIEWS, combo(KeyCode.DIGIT2, SHORTCUT_DOWN)),
    HEAT_VIEW(Where.BOARD, Row.VIEWS, combo(KeyCode.DIGIT3, SHORTCUT_DOWN)),
    DISCUSS(Where.BOARD, Row.DISCUSS, typed("d")),
    NEXT_CARD(Where.DISCUSS, Row.DISCUSS_KEYS, code(KeyCode.PAGE_DOWN)),
    PREVIOUS_CARD(Where.DISCUSS, Row.DISCUSS_KEYS, code(KeyCode.PAGE_UP)),
    LEAVE_DISCUSSION(Where.DISCUSS, Row.DISCUSS_KEYS, code(KeyCode.ESCAPE)),
    MORE_CHAMPIONS(Where.DISCUSS, Row.DISCUSS_KEYS, combo(KeyCode.UP, SHORTCUT_DOWN)),
    FEWER_CHAMPIONS(Where.DISCUSS, Row.DISCUSS_KEYS, combo(KeyCode.DOWN, SHORTCUT_DOWN)),
    LEAVE_SINCE_LAST(Where.SINCE_LAST, Row.SINCE_LAST, code(KeyCode.ESCAPE)),
    TIMER(Where.BOARD, Row.TIMER, typed("t")),
    ADD_MINUTE(Where.BOARD, Row.TIMER, typed("m")),
    UNDO(Where.WORKSHOP, Row.UNDO, combo(KeyCode.Z, SHORTCUT_DOWN)),
    REDO(Where.WORKSHOP, Row.REDO, combo(KeyCode.Y, SHORTCUT_DOWN), combo(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN)),
    SAVE_COPY(Where.BOARD, Row.SAVE_COPY, combo(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN)),
    EXPORT(Where.BOARD, Row.EXPORT, combo(KeyCode.E, SHORTCUT_DOWN)),
    FULL_SCREEN(Where.WINDOW, Row.FULL_SCREEN, code(KeyCode.F11)),
    THEME(Where.WINDOW, Row.THEME, combo(KeyCode.T, SHORTCUT_DOWN, SHIFT_DOWN)),
    NEW_WORKSHOP(Where.START, Row.START_KEYS, combo(KeyCode.N, SHORTCUT_DOWN)),
    OPEN_WORKSHOP(Where.START, Row.START_KEYS, combo(KeyCode.O, SHORTCUT_DOWN)),
    DEMO(Where.START, Row.START_KEYS, combo(KeyCode.D, SHORTCUT_DOWN)),
    PRESENT(Where.WINDOW, Row.PRESENT, code(KeyCode.F5)),
    BLANK(Where.WINDOW, Row.BLANK, typed("b", "B")),
    BIGGER_TEXT(Where.BOARD, Row.TEXT_SIZE, combo(KeyCode.EQUALS, SHORTCUT_DOWN), combo(KeyCode.PLUS, SHORTCUT_DOWN),
            combo(KeyCode.ADD, SHORTCUT_DOWN)),
    SMALLER_TEXT(Where.BOARD, Row.TEXT_SIZE, combo(KeyCode.MINUS, SHORTCUT_DOWN),
            combo(KeyCode.SUBTRACT, SHORTCUT_DOWN)),
    PEEK(Where.BOARD, Row.PEEK, typed("h")),
    HIDE_STRIP(Where.BOARD, Row.STRIP, combo(KeyCode.H, SHORTCUT_DOWN)),
    KEY_MAP(Where.WINDOW, Row.HELP, typed("?"));

    /** A row of the {@code ?} key map: the bundle keys of its keys and of what they do. */
    public enum Row {
        ARROWS("keymap.arrows.keys", "keymap.arrows.does"),
        PLUS_MINUS("keymap.plusMinus.keys", "keymap.plusMinus.does"),
        NUMBER("keymap.number.keys", "keymap.number.does"),
        DOTS("keymap.dots.keys", "keymap.dots.does"),
        PASS("keymap.pass.keys", "keymap.pass.does"),
        REVEAL("keymap.reveal.keys", "keymap.reveal.does"),
        STATUS("keymap.status.keys", "keymap.status.does"),
        WALL("keymap.wall.keys", "keymap.wall.does"),
        PHONES("keymap.phones.keys", "keymap.phones.does"),
        VIEWS("keymap.views.keys", "keymap.views.does"),
        DISCUSS("keymap.discuss.keys", "keymap.discuss.does"),
        DISCUSS_KEYS("keymap.discussKeys.keys", "keymap.discussKeys.does"),
        SINCE_LAST("keymap.sinceLast.keys", "keymap.sinceLast.does"),
        TIMER("keymap.timer.keys", "keymap.timer.does"),
        UNDO("keymap.undo.keys", "keymap.undo.does"),
        REDO("keymap.redo.keys", "keymap.redo.does"),
        SAVE_COPY("keymap.saveCopy.keys", "keymap.saveCopy.does"),
        EXPORT("keymap.export.keys", "keymap.export.does"),
        FULL_SCREEN("keymap.fullScreen.keys", "keymap.fullScreen.does"),
        THEME("keymap.theme.keys", "keymap.theme.does"),
        START_KEYS("keymap.startKeys.keys", "keymap.startKeys.does"),
        PRESENT("keymap.present.keys", "keymap.present.does"),
        BLANK("keymap.blank.keys", "keymap.blank.does"),
        TEXT_SIZE("keymap.textSize.keys", "keymap.textSize.does"),
        PEEK("keymap.peek.keys", "keymap.peek.does"),
        STRIP("keymap.strip.keys", "keymap.strip.does"),
        HELP("keymap.help.keys", "keymap.help.does");

        private final String keys;
        private final String does;

        Row(String keys, String does) {
            this.keys = keys;
            this.does = does;
        }

        public String keysKey() {
            return keys;
        }

        public String doesKey() {
            return does;
        }
    }

    /** Where a key works: the whole window, or one screen (the board, discuss and since last time share undo and redo). */
    public enum Where {
        WINDOW, START, BOARD, DISCUSS, SINCE_LAST, WORKSHOP;

        /** True when a key of this place and one of {@code other} could be pressed on the same screen. */
        public boolean overlaps(Where other) {
            return this == other || this == WINDOW || other == WINDOW
                    || (this == WORKSHOP && other.isWorkshopScreen())
                    || (other == WORKSHOP && isWorkshopScreen());
        }

        /** The screens of an open workshop, where its undo and redo work. */
        private boolean isWorkshopScreen() {
            return this == BOARD || this == DISCUSS || this == SINCE_LAST;
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
    private final Row row;
    private final List<Keys> keys;

    Shortcut(Where where, Row row, Keys... keys) {
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
    public Row row() {
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
    public static List<Row> rows() {
        Set<Row> rows = new LinkedHashSet<>();
        for (Shortcut shortcut : values()) {
            rows.add(shortcut.row);
        }
        return List.copyOf(rows);
    }
}
