package org.hurdleboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.hurdleboard.deck.Icons;
import org.junit.jupiter.api.Test;

class CategoryIconsTest {
    @Test
    void everyIconADeckMayNameHasAPicture() {
        assertThat(Icons.NAMES).allMatch(CategoryIcons::has);
        assertThat(CategoryIcons.has("rocket")).isFalse();
    }
}
