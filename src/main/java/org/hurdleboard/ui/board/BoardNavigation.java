package org.hurdleboard.ui.board;

import java.util.List;

/**
 * Arrow-key moves on the board: up and down through a column (across category headers), left and
 * right to the card at the same height in the next column. Works on card numbers, column by column.
 */
public final class BoardNavigation {
    public enum Direction { UP, DOWN, LEFT, RIGHT }

    private final List<List<Integer>> columns;

    public BoardNavigation(List<List<Integer>> columns) {
        this.columns = columns.stream().filter(column -> !column.isEmpty()).map(List::copyOf).toList();
    }

    /** The card reached from {@code from} in that direction; the same card at an edge of the board. */
    public int move(int from, Direction direction) {
        int column = columnOf(from);
        if (column < 0) {
            return first();
        }
        List<Integer> cards = columns.get(column);
        int row = cards.indexOf(from);
        switch (direction) {
            case UP:
                return cards.get(Math.max(0, row - 1));
            case DOWN:
                return cards.get(Math.min(cards.size() - 1, row + 1));
            case LEFT:
                return column == 0 ? from : atRow(columns.get(column - 1), row);
            case RIGHT:
                return column == columns.size() - 1 ? from : atRow(columns.get(column + 1), row);
            default:
                throw new IllegalArgumentException(String.valueOf(direction));
        }
    }

    public int first() {
        return columns.get(0).get(0);
    }

    private static int atRow(List<Integer> cards, int row) {
        return cards.get(Math.min(cards.size() - 1, row));
    }

    private int columnOf(int card) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).contains(card)) {
                return i;
            }
        }
        return -1;
    }
}
