package org.hurdleboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hurdleboard.ui.board.BoardNavigation.Direction;
import org.junit.jupiter.api.Test;

class BoardNavigationTest {
    private final BoardNavigation navigation = new BoardNavigation(List.of(
            List.of(1, 2, 3, 4),
            List.of(5, 6),
            List.of(7, 8, 9)));

    @Test
    void upAndDownStayInTheColumnAndStopAtItsEnds() {
        assertThat(navigation.move(2, Direction.DOWN)).isEqualTo(3);
        assertThat(navigation.move(4, Direction.DOWN)).isEqualTo(4);
        assertThat(navigation.move(1, Direction.UP)).isEqualTo(1);
        assertThat(navigation.move(8, Direction.UP)).isEqualTo(7);
    }

    @Test
    void leftAndRightKeepTheRowWhereTheNextColumnIsLongEnough() {
        assertThat(navigation.move(2, Direction.RIGHT)).isEqualTo(6);
        assertThat(navigation.move(6, Direction.RIGHT)).isEqualTo(8);
        assertThat(navigation.move(8, Direction.LEFT)).isEqualTo(6);
    }

    @Test
    void aShorterColumnTakesItsLastCard() {
        assertThat(navigation.move(4, Direction.RIGHT)).isEqualTo(6);
        assertThat(navigation.move(9, Direction.LEFT)).isEqualTo(6);
    }

    @Test
    void theEdgesOfTheBoardStopTheMove() {
        assertThat(navigation.move(1, Direction.LEFT)).isEqualTo(1);
        assertThat(navigation.move(9, Direction.RIGHT)).isEqualTo(9);
    }

    @Test
    void anUnknownCardStartsFromTheFirst() {
        assertThat(navigation.move(42, Direction.DOWN)).isEqualTo(1);
        assertThat(navigation.first()).isEqualTo(1);
    }

    @Test
    void scrollingBringsACardIntoViewAndMovesNoMoreThanNeeded() {
        // content 1000 high in a view 400 high: 600 to scroll
        assertThat(BoardGrid.scrolledTo(0, 100, 200, 400, 1000)).isEqualTo(0);
        assertThat(BoardGrid.scrolledTo(0, 500, 600, 400, 1000)).isEqualTo(200.0 / 600);
        assertThat(BoardGrid.scrolledTo(1, 100, 200, 400, 1000)).isEqualTo(100.0 / 600);
        assertThat(BoardGrid.scrolledTo(0.5, 0, 50, 400, 300)).isEqualTo(0.5);
    }
}
