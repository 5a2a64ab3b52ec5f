package org.hurdleboard.ui.board;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a deck's categories into columns on the screen, as large as the space allows. Categories
 * stay whole and in order; consecutive small categories share a column. The sizes are in em of
 * the board's font, the same numbers as {@code hurdle-board.css} uses, so the board's font size
 * alone scales the whole board.
 */
public final class BoardLayout {
    /** The board's geometry in em; must match the rules for .card, .category-header and .board-column. */
    public record Metrics(double cardHeight, double cardGap, double headerHeight, double sectionGap,
                          double columnWidth, double columnGap, double padding) {
        public static final Metrics BOARD = new Metrics(3.0, 0.3, 1.8, 0.7, 17.5, 0.6, 0.5);
    }

    /** Which categories (by index) go in which column, and the font size in px that makes them fit. */
    public record Plan(List<List<Integer>> columns, double fontSize) {
    }

    private final Metrics metrics;
    private final double minFontSize;
    private final double maxFontSize;

    public BoardLayout(Metrics metrics, double minFontSize, double maxFontSize) {
        this.metrics = metrics;
        this.minFontSize = minFontSize;
        this.maxFontSize = maxFontSize;
    }

    /** The plan with the largest font for this many cards per category in a width x height px area. */
    public Plan plan(List<Integer> categorySizes, double width, double height) {
        Plan best = null;
        double bestFont = -1;
        for (int columnCount = 1; columnCount <= categorySizes.size(); columnCount++) {
            List<List<Integer>> columns = partition(categorySizes, columnCount);
            double tallest = 0;
            for (List<Integer> column : columns) {
                tallest = Math.max(tallest, columnHeight(column, categorySizes));
            }
            double wide = columns.size() * metrics.columnWidth() + (columns.size() - 1) * metrics.columnGap()
                    + 2 * metrics.padding();
            double font = Math.min(width / wide, height / (tallest + 2 * metrics.padding()));
            if (font > bestFont + 1e-9) {
                bestFont = font;
                best = new Plan(columns, font);
            }
        }
        double clamped = Math.max(minFontSize, Math.min(maxFontSize, bestFont));
        return new Plan(best.columns(), clamped);
    }

    /** Height in em of one column holding the given categories. */
    double columnHeight(List<Integer> categoryIndexes, List<Integer> categorySizes) {
        double height = 0;
        for (int i = 0; i < categoryIndexes.size(); i++) {
            int cards = categorySizes.get(categoryIndexes.get(i));
            height += metrics.headerHeight() + metrics.cardGap() + cards * metrics.cardHeight()
                    + Math.max(0, cards - 1) * metrics.cardGap();
            if (i > 0) {
                height += metrics.sectionGap();
            }
        }
        return height;
    }

    /**
     * Splits the categories, in order, into at most {@code columnCount} runs so that the tallest
     * run is as short as possible (the linear partition problem; decks are small, so try them all).
     */
    List<List<Integer>> partition(List<Integer> sizes, int columnCount) {
        int n = sizes.size();
        double[][] cost = new double[n + 1][columnCount + 1];
        int[][] split = new int[n + 1][columnCount + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        cost[0][0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int k = 1; k <= columnCount; k++) {
                for (int start = k - 1; start < end; start++) {
                    if (cost[start][k - 1] == Double.MAX_VALUE) {
                        continue;
                    }
                    double candidate = Math.max(cost[start][k - 1], columnHeight(range(start, end), sizes));
                    if (candidate < cost[end][k] - 1e-9) {
                        cost[end][k] = candidate;
                        split[end][k] = start;
                    }
                }
            }
        }
        int bestK = 1;
        for (int k = 1; k <= columnCount; k++) {
            if (cost[n][k] < cost[n][bestK] - 1e-9) {
                bestK = k;
            }
        }
        List<List<Integer>> columns = new ArrayList<>();
        int end = n;
        for (int k = bestK; k >= 1; k--) {
            int start = split[end][k];
            columns.add(0, range(start, end));
            end = start;
        }
        return columns;
    }

    private static List<Integer> range(int start, int end) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = start; i < end; i++) {
            indexes.add(i);
        }
        return indexes;
    }
}
