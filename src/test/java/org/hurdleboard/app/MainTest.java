package org.hurdleboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void aQuotedPathFromTheMavenPluginIsUnwrapped() {
        assertThat(Main.unquoted("'/tmp/Team day.hurdles'")).isEqualTo("/tmp/Team day.hurdles");
        assertThat(Main.unquoted("\"C:\\Users\\sam\\Team day.hurdles\"")).isEqualTo("C:\\Users\\sam\\Team day.hurdles");
    }

    @Test
    void anOrdinaryArgumentIsLeftAlone() {
        assertThat(Main.unquoted("/tmp/day.hurdles")).isEqualTo("/tmp/day.hurdles");
        assertThat(Main.unquoted("'")).isEqualTo("'");
        assertThat(Main.unquoted("it's.hurdles")).isEqualTo("it's.hurdles");
    }
}
