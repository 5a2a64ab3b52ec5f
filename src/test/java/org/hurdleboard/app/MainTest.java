package org.hurdleboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.hurdleboard.settings.AppHome;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void aQuotedPathFromTheMavenPluginIsUnwrapped() {
        assertThat(Main.unquoted("'/tmp/Team day.hurdles'")).isEqualTo("/tmp/Team day.hurdles");
        assertThat(Main.unquoted("\"C:\\Users\\sam\\Team day.hurdles\"")).isEqualTo("C:\\Users\\sam\\Team day.hurdles");
    }

    @Test
    void theDatabaseCodeIsUnpackedIntoTheUsersAppFolderNotTheTemporaryFolder() {
        String before = System.clearProperty("org.sqlite.tmpdir");
        try {
            Main.unpackNativeCodeIntoAppFolder();

            Path folder = Path.of(System.getProperty("org.sqlite.tmpdir"));
            assertThat(folder).isEqualTo(AppHome.forCurrentUser().nativeLibraryFolder()).isDirectory();
        } finally {
            if (before == null) {
                System.clearProperty("org.sqlite.tmpdir");
            } else {
                System.setProperty("org.sqlite.tmpdir", before);
            }
        }
    }

    @Test
    void anOrdinaryArgumentIsLeftAlone() {
        assertThat(Main.unquoted("/tmp/day.hurdles")).isEqualTo("/tmp/day.hurdles");
        assertThat(Main.unquoted("'")).isEqualTo("'");
        assertThat(Main.unquoted("it's.hurdles")).isEqualTo("it's.hurdles");
    }
}
