package org.hurdleboard.ui.flows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.List;
import javafx.geometry.Rectangle2D;
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
     * A 1280x720 laptop and a Full HD projector (drawn on the test machine's one 1920x1080
     * screen: a window off it cannot be drawn); the screens never change.
     */
    static Displays laptopAndProjector() {
        return screens(new Rectangle2D(0, 0, 1280, 720), new Rectangle2D(0, 0, 1920, 1080));
    }

    /** A laptop (the primary screen) and a projector that stay plugged in. */
    static Displays screens(Rectangle2D laptop, Rectangle2D projector) {
        return screens(laptop, List.of(laptop, projector));
    }

    /** A laptop's one screen, nothing plugged in. */
    static Displays screens(Rectangle2D laptop) {
        return screens(laptop, List.of(laptop));
    }

    private static Displays screens(Rectangle2D laptop, List<Rectangle2D> all) {
        return new Displays() {
            @Override
            public List<Rectangle2D> screens() {
                return all;
            }

            @Override
            public Rectangle2D primary() {
                return laptop;
            }

            @Override
            public void onChange(Runnable listener) {
                // the screens never change in these tests
            }
        };
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
