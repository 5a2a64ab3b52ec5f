package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import org.hurdleboard.ui.common.UnexpectedErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A bug on the FX thread mid-workshop: one plain sentence, and the workshop carries on. */
class UnexpectedErrorFlowTest extends AppFlowTest {
    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();

    @AfterEach
    void restoreHandler() {
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @Test
    void theUserSeesOneSentenceNotTheDetailsAndCarriesOnVoting(FxRobot robot) {
        new UnexpectedErrors(app.window::showUnexpectedError, Platform::runLater).install();
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-5");
        robot.write("+");
        String votesBefore = badge(robot, 5);

        Platform.runLater(() -> {
            throw new IllegalStateException("secret detail of card 5");
        });
        waitUntil(() -> showing(robot, "#unexpectedError"));

        List<String> texts = new ArrayList<>();
        robot.lookup(".label").queryAllAs(Label.class).forEach(label -> texts.add(label.getText()));
        assertThat(texts).contains(app.messages.get("app.unexpectedError"))
                .noneMatch(text -> text != null && text.contains("secret detail"));
        assertThat(badge(robot, 5)).as("nothing shown was lost").isEqualTo(votesBefore);

        robot.clickOn("#card-5");
        robot.write("+");
        assertThat(badge(robot, 5)).as("the workshop carries on")
                .isEqualTo(String.valueOf(Integer.parseInt(votesBefore) + 1));
        robot.clickOn("#closeUnexpectedError");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing(robot, "#unexpectedError")).isFalse();
    }
}
