package org.hurdleboard.phone;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Without chromium the browser tests fail and say what to install; they never skip in silence. */
class PhoneBrowserTest {
    @Test
    void aMissingChromiumFailsWithWhatToInstall() {
        assertThatThrownBy(() -> PhoneBrowser.start(Path.of("/nonexistent/chromium"), PhoneBrowser.CHROMEDRIVER))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install -y chromium chromium-driver");
    }
}
