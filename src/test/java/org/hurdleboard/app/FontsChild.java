package org.hurdleboard.app;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.text.Font;
import org.hurdleboard.ui.common.Theme;

/**
 * Run in a child JVM by {@link TemporaryFolderTest}: starts JavaFX headless, loads the app's fonts
 * and prints "fonts: " and whether the board's font is there, then how many files are in the
 * temporary folder while it runs.
 */
public final class FontsChild {
    private FontsChild() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Theme.loadFonts();
        System.out.println("fonts: " + Font.getFamilies().contains("Atkinson Hyperlegible Next"));
        // while running: what a kill would leave behind
        java.io.File[] inTemporary = new java.io.File(System.getProperty("java.io.tmpdir")).listFiles();
        System.out.println("temporary files: " + (inTemporary == null ? 0 : inTemporary.length));
        Platform.exit();
    }
}
