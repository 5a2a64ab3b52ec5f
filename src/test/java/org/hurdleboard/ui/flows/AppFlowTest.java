package org.hurdleboard.ui.flows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.ui.common.Displays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
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

    /**
     * Opens a new workshop whose first round is dot voting (3 dots each, 4 participants) with the
     * votes hidden, and waits for its board and, where a second screen is plugged in, the projector.
     */
    void openHiddenDotRound(FxRobot robot) throws Exception {
        Path file = home.resolve("Dots.hurdles");
        SessionFile.create(file, Session.start(new SessionDetails("Dots", "", LocalDate.of(2026, 11, 29), "", 4),
                app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What blocks us?",
                new RoundSettings(VotingRule.dots(3, 0), true, Set.of()))).close();
        robot.interact(() -> app.window.openSession(file, error -> { }));
        TestApp.waitUntil(() -> TestApp.showing(robot, "#board")
                && robot.lookup("#projectorRoot").tryQuery().isPresent());
    }

    @AfterEach
    void closeWorkshop() {
        if (app != null) {
            app.window.shutdown();
        }
    }
}
