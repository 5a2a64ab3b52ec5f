package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** One screen in the room: F5 puts the board full screen without the facilitator's buttons. */
class PresentationFlowTest extends AppFlowTest {
    @Test
    void f5HidesTheButtonsButNotTheBoardAndF5BringsThemBack(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-5");

        robot.type(KeyCode.F5);
        waitUntil(stage::isFullScreen);
        for (String control : new String[] {"#undo", "#redo", "#exportReport", "#workshopMenu", "#fullScreen",
                "#closeWorkshop", "#votingBar"}) {
            assertThat(showing(robot, control)).as(control).isFalse();
        }
        assertThat(showing(robot, "#sessionTitle")).isTrue();
        robot.write("+");
        assertThat(badge(robot, 5))
                .as("the keys still work").isEqualTo("5");

        robot.type(KeyCode.F5);
        waitUntil(() -> !stage.isFullScreen());
        assertThat(showing(robot, "#undo")).isTrue();
        assertThat(showing(robot, "#votingBar")).isTrue();
        assertThat(showing(robot, "#presentStrip")).isFalse();
    }

    @Test
    void aSmallStripKeepsUndoAndTheTimerAtHandAndCtrlHHidesIt(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-5");
        robot.type(KeyCode.F5);
        waitUntil(stage::isFullScreen);
        assertThat(showing(robot, "#presentStrip")).isTrue();

        robot.write("+");
        robot.clickOn("#presentUndo");
        assertThat(badge(robot, 5)).as("undone from the strip").isEqualTo("4");
        robot.clickOn("#presentTimer");
        waitUntil(() -> showing(robot, "#stageTimer"));

        robot.clickOn("#card-5");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        assertThat(showing(robot, "#presentStrip")).as("a clean board").isFalse();
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        assertThat(showing(robot, "#presentStrip")).isTrue();

        robot.clickOn("#presentLeave");
        waitUntil(() -> !stage.isFullScreen());
        assertThat(showing(robot, "#undo")).isTrue();
    }

    @Test
    void theRoomSeesTheCountButNoVoteButtonsUnlessATouchWhiteboardNeedsThem(FxRobot robot) throws Exception {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-5");
        robot.type(KeyCode.F5);
        waitUntil(stage::isFullScreen);
        assertThat(showing(robot, "#addVote")).as("no + on the room's screen").isFalse();
        assertThat(showing(robot, "#removeVote")).as("no \u2212 on the room's screen").isFalse();
        assertThat(TestApp.spotlightCount(robot)).as("the count still shows")
                .isEqualTo("4");
        robot.write("+");
        assertThat(badge(robot, 5)).as("the keys still vote").isEqualTo("5");
        robot.write("7").type(KeyCode.ENTER);
        assertThat(badge(robot, 5)).as("a typed count still works").isEqualTo("7");
        robot.type(KeyCode.F5);
        waitUntil(() -> !stage.isFullScreen());
        assertThat(showing(robot, "#addVote")).as("the facilitator's own buttons are back").isTrue();

        CheckMenuItem touch = roomMenuItem(robot, "voteButtonsForRoom");
        assertThat(touch.getText()).isEqualTo("Vote buttons on the room\u2019s screen (for a touch whiteboard)");
        robot.interact(() -> touch.setSelected(true));
        waitUntil(() -> read(app.context.home().settingsFile()).contains("voteButtonsForRoom=on"));
        robot.interact(() -> app.window.closeSession());
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#card-5");
        robot.type(KeyCode.F5);
        waitUntil(stage::isFullScreen);
        assertThat(showing(robot, "#addVote")).as("remembered: + for the whiteboard").isTrue();
        assertThat(showing(robot, "#removeVote")).isTrue();
    }

    private static CheckMenuItem roomMenuItem(FxRobot robot, String id) {
        MenuButton workshop = robot.lookup("#workshopMenu").queryAs(MenuButton.class);
        Menu room = (Menu) workshop.getItems().stream().filter(item -> "roomMenu".equals(item.getId())).findFirst()
                .orElseThrow();
        return (CheckMenuItem) room.getItems().stream().filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow();
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
