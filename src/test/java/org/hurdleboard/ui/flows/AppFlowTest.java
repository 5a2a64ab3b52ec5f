package org.hurdleboard.ui.flows;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.hurdleboard.ui.common.Displays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** A UI flow on the real window: a fresh app home and a fresh window for each test. */
@ExtendWith(ApplicationExtension.class)
abstract class AppFlowTest {
    @TempDir
    Path home;
    TestApp app;
    Stage stage;

    @BeforeEach
    void startApp() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(primary -> app = new TestApp(primary, home, displays()));
    }

    /** The screens the app sees; null for the test machine's one screen. */
    Displays displays() {
        return null;
    }

    @AfterEach
    void closeWorkshop() {
        if (app != null) {
            app.window.shutdown();
        }
    }
}
