package org.hurdleboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardLayoutTest {
    /** The categories of "Overcoming the Hurdles". */
    private static final List<Integer> HURDLES = List.of(10, 10, 6, 6, 8, 7, 3);
    private final BoardLayout layout = new BoardLayout(BoardLayout.Metrics.BOARD, 12, 40);

    @Test
    void theFiftyHurdlesFitAFullHdBoardWithTitlesOfAtLeast18px() {
        // 1920x1080 less the header (about 60 px) and the selected-card panel (4.6em at 32 px)
        BoardLayout.Plan plan = layout.plan(HURDLES, 1920, 1080 - 60 - 148);

        assertThat(plan.fontSize()).isGreaterThanOrEqualTo(18);
        assertThat(plan.columns()).hasSizeBetween(4, 7);
    }

    @Test
    void everyCategoryIsPlacedOnceAndInOrder() {
        BoardLayout.Plan plan = layout.plan(HURDLES, 1920, 880);

        List<Integer> placed = new ArrayList<>();
        plan.columns().forEach(placed::addAll);
        assertThat(placed).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void theFontFillsTheSpaceButNoMore() {
        BoardLayout.Plan plan = layout.plan(HURDLES, 1920, 880);
        BoardLayout.Metrics m = BoardLayout.Metrics.BOARD;
        int columns = plan.columns().size();
        double width = (columns * m.columnWidth() + (columns - 1) * m.columnGap() + 2 * m.padding())
                * plan.fontSize();
        double tallest = plan.columns().stream().mapToDouble(c -> layout.columnHeight(c, HURDLES)).max().orElseThrow();
        double height = (tallest + 2 * m.padding()) * plan.fontSize();

        assertThat(width).isLessThanOrEqualTo(1920.001);
        assertThat(height).isLessThanOrEqualTo(880.001);
        assertThat(Math.max(width / 1920, height / 880)).isGreaterThan(0.99);
    }

    @Test
    void aWideScreenUsesMoreColumnsThanATallOne() {
        int wide = layout.plan(HURDLES, 3840, 900).columns().size();
        int tall = layout.plan(HURDLES, 1000, 1900).columns().size();

        assertThat(wide).isGreaterThan(tall);
    }

    @Test
    void aTinyWindowKeepsTheMinimumSizeAndScrolls() {
        assertThat(layout.plan(HURDLES, 400, 300).fontSize()).isEqualTo(12);
    }

    @Test
    void partitionKeepsTheTallestColumnAsShortAsPossible() {
        List<List<Integer>> columns = layout.partition(List.of(10, 10, 6, 6, 8, 7, 3), 5);

        assertThat(columns).containsExactly(List.of(0), List.of(1), List.of(2, 3), List.of(4), List.of(5, 6));
    }

    @Test
    void aSingleCategoryDeckGetsOneColumn() {
        assertThat(layout.plan(List.of(12), 1920, 1000).columns()).containsExactly(List.of(0));
    }
}
