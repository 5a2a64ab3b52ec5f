package org.hurdleboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The heat view's shades: none without votes, the darkest for the most, every vote count visible. */
class HeatLevelTest {
    @Test
    void shadesGoFromNoneToDarkestByShareOfTheMostVotes() {
        assertThat(CardTile.heatLevel(0, 7)).isZero();
        assertThat(CardTile.heatLevel(1, 7)).isEqualTo(1);
        assertThat(CardTile.heatLevel(3, 7)).isEqualTo(2);
        assertThat(CardTile.heatLevel(5, 7)).isEqualTo(3);
        assertThat(CardTile.heatLevel(7, 7)).isEqualTo(CardTile.HEAT_LEVELS);
    }

    @Test
    void nothingIsShadedWhileNoCountIsShown() {
        assertThat(CardTile.heatLevel(0, 0)).isZero();
    }
}
