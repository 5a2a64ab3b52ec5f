package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.badge;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hurdleboard.ui.common.Displays;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A laptop and a projector: the facilitator works in the console, the room sees only the board on
 * the projector's screen, and both always show the same workshop.
 */
class ProjectorFlowTest extends AppFlowTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    /** Inside the test machine's one screen (a window off it cannot be drawn), as a 720p projector. */
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1280, 720);
    private final PluggableScreens screens = new PluggableScreens();

    @Override
    Displays displays() {
        return screens;
    }

    @Test
    void theRoomSeesTheBoardOnTheProjectorInStepWithTheConsoleAndNothingElse(FxRobot robot) {
        openDemo(robot);
        Stage room = roomWindow(robot);
        assertThat(List.of(room.getX(), room.getY(), room.getWidth(), room.getHeight()))
                .as("the whole projector screen").containsExactly(0.0, 0.0, 1280.0, 720.0);
        assertThat(text(robot, console(robot), "#projectorState")).isEqualTo("On the projector");

        focusConsoleCard(robot, 7);
        robot.write("+");
        assertThat(badge(robot, room(robot), 7)).isEqualTo("4").isEqualTo(badge(robot, console(robot), 7));
        assertThat(text(robot, room(robot), "#roomCount")).isEqualTo("4");
        assertThat(robot.from(room(robot)).lookup("#card-7").query().getPseudoClassStates())
                .extracting(Object::toString).as("the room sees which card is being talked about").contains("selected");

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> robot.from(room(robot)).lookup("#rankView").query().isVisible());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> !robot.from(room(robot)).lookup("#rankView").query().isVisible());

        List<Node> everything = new ArrayList<>();
        robot.interact(() -> walk(room(robot), everything));
        assertThat(everything).as("nothing to press or type into on the projector")
                .noneMatch(node -> node instanceof ButtonBase || node instanceof MenuButton
                        || node instanceof TextInputControl || node instanceof ComboBoxBase || node instanceof Spinner);
        assertThat(everything).filteredOn(Labeled.class::isInstance).map(node -> ((Labeled) node).getText())
                .as("no file name, save state or error on the projector")
                .noneMatch(text -> text != null && (text.contains(".hurdles") || text.contains("saved")
                        || text.contains("Save a copy")));
        assertThat(room(robot).isMouseTransparent()).isTrue();
    }

    @Test
    void onA720pProjectorEveryCardTitleIsWhole(FxRobot robot) {
        openDemo(robot);
        robot.interact(() -> {
            room(robot).applyCss();
            room(robot).layout();
        });
        List<javafx.scene.control.Label> titles = robot.from(room(robot)).lookup(".card-title")
                .queryAllAs(javafx.scene.control.Label.class).stream().toList();
        assertThat(titles).hasSize(50).allSatisfy(title -> assertThat(
                ((javafx.scene.text.Text) title.lookup(".text")).getText()).isEqualTo(title.getText()));
    }

    @Test
    void whileDotsAreHiddenTheRoomSeesNeitherCountsNorWhereTheyGo(FxRobot robot) throws Exception {
        openHiddenDotRound(robot);
        List<String> before = fingerprint(robot, "#roomBoard", "#roomSpotlight");

        for (int participant = 0; participant < 4; participant++) {
            focusConsoleCard(robot, 33);
            robot.write("+");
            robot.type(KeyCode.RIGHT);
            robot.write("+").write("+");
            robot.type(KeyCode.ENTER);
        }
        assertThat(fingerprint(robot, "#roomBoard", "#roomSpotlight"))
                .as("12 dots placed by moving the selection: the room's board has not changed at all")
                .isEqualTo(before);
        assertThat(text(robot, room(robot), "#roomTotal")).isEqualTo("Votes hidden");
        assertThat(text(robot, room(robot), "#spotlightStatement")).startsWith("Voting in progress");
        assertThat(badge(robot, console(robot), 33)).isEmpty();

        robot.write("h");
        assertThat(badge(robot, console(robot), 33)).as("the facilitator peeks at the hidden count").isEqualTo("4");
        assertThat(robot.from(console(robot)).lookup("#card-33 .card-votes").query().getPseudoClassStates())
                .extracting(Object::toString).contains("peek");
        assertThat(text(robot, console(robot), "#projectorState")).contains("hidden counts shown here only");
        assertThat(fingerprint(robot, "#roomBoard", "#roomSpotlight")).as("the room still sees nothing")
                .isEqualTo(before);
        robot.write("h");
        assertThat(badge(robot, console(robot), 33)).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(() -> "4".equals(badge(robot, room(robot), 33)));
        assertThat(badge(robot, room(robot), 41)).isEqualTo("8");
        assertThat(text(robot, room(robot), "#roomTotal")).isEqualTo("12 votes");
        assertThat(robot.from(room(robot)).lookup("#card-41").query().getPseudoClassStates())
                .extracting(Object::toString).as("after the reveal the selection shows again").contains("selected");
    }

    @Test
    void bBlacksOutOnlyTheProjectorAndF5TakesTheBoardOffItAndBack(FxRobot robot) {
        openDemo(robot);
        focusConsoleCard(robot, 5);

        robot.write("b");
        assertThat(robot.from(room(robot)).lookup("#projectorBlank").query().isVisible()).isTrue();
        assertThat(text(robot, console(robot), "#projectorState")).isEqualTo("Projector blacked out (B)");
        assertThat(showing(robot, "#blankScreen")).as("the facilitator's screen stays").isFalse();
        robot.write("+");
        assertThat(badge(robot, console(robot), 5)).as("the workshop goes on behind the black").isEqualTo("5");
        robot.write("b");
        assertThat(robot.from(room(robot)).lookup("#projectorBlank").query().isVisible()).isFalse();
        assertThat(badge(robot, room(robot), 5)).isEqualTo("5");

        robot.type(KeyCode.F5);
        waitUntil(() -> robot.lookup("#projectorRoot").tryQuery().isEmpty());
        assertThat(stage.isFullScreen()).as("with a projector F5 never takes over the laptop's screen").isFalse();
        assertThat(showing(robot, "#projectorState")).isFalse();
        robot.type(KeyCode.F5);
        waitUntil(() -> robot.lookup("#projectorRoot").tryQuery().isPresent());
        assertThat(badge(robot, room(robot), 5)).isEqualTo("5");
    }

    @Test
    void unpluggingTheProjectorLeavesTheWorkshopInTheConsoleAndPluggingItInBringsTheBoardBack(FxRobot robot) {
        openDemo(robot);
        focusConsoleCard(robot, 7);
        robot.write("+");

        robot.interact(screens::unplug);
        waitUntil(() -> robot.lookup("#projectorRoot").tryQuery().isEmpty());
        assertThat(showing(robot, "#projectorState")).isFalse();
        robot.write("+");
        assertThat(badge(robot, console(robot), 7)).isEqualTo("5");
        robot.type(KeyCode.F5);
        waitUntil(stage::isFullScreen);
        robot.type(KeyCode.F5);
        waitUntil(() -> !stage.isFullScreen());

        robot.interact(screens::plug);
        waitUntil(() -> robot.lookup("#projectorRoot").tryQuery().isPresent());
        assertThat(badge(robot, room(robot), 7)).isEqualTo("5");
    }

    @Test
    void theTextSizeGrowsTheRoomsTextAndIsKeptForNextTime(FxRobot robot) throws Exception {
        openDemo(robot);
        double before = fontSize(robot, "#roomTitle");

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitUntil(() -> fontSize(robot, "#roomTitle") > before);
        assertThat(fontSize(robot, "#roomTitle") / before).isCloseTo(1.25, org.assertj.core.data.Offset.offset(0.01));
        Path settings = app.context.home().settingsFile();
        waitUntil(() -> read(settings).contains("textSize=125"));
    }

    @Test
    void theTimerRunsOnTheProjectorToo(FxRobot robot) {
        openDemo(robot);
        focusConsoleCard(robot, 1);
        robot.write("t");
        waitUntil(() -> robot.from(room(robot)).lookup("#stageTimer").query().isVisible());
        String shown = text(robot, room(robot), "#stageTimer");
        assertThat(shown).matches("[45]:\\d\\d");
        robot.write("t");
        waitUntil(() -> text(robot, room(robot), "#stageTimer").startsWith("Paused"));
        assertThat(text(robot, room(robot), "#stageTimer")).isEqualTo(text(robot, console(robot), "#stageTimer"));
    }

    @Test
    void theDiscussStageGoesOnTheProjectorWithWhatIsCapturedButNoOwner(FxRobot robot) {
        openDemo(robot);
        focusConsoleCard(robot, 33);
        robot.write("d");
        waitUntil(() -> showing(robot, "#discussConsole"));
        waitUntil(() -> robot.from(room(robot)).lookup(".discuss-room").query().isVisible());
        assertThat(robot.from(room(robot)).lookup("#roomBoard").tryQuery()).as("the board makes way").isEmpty();
        assertThat(robot.from(room(robot)).lookup("#stageTimer").tryQuery()).as("the timer stays").isPresent();

        focusConsole(robot, "#input-action");
        robot.write("Draft a social media policy");
        focusConsole(robot, "#input-owner");
        robot.write("Sam Secret");
        focusConsole(robot, "#input-due");
        robot.write("2027-03-01").type(KeyCode.ENTER);
        waitUntil(() -> roomTexts(robot).stream().anyMatch(text -> text.contains("Draft a social media policy")));
        assertThat(roomTexts(robot)).as("an action's owner never reaches the projector")
                .noneMatch(text -> text.contains("Sam Secret"));

        robot.interact(() -> app.window.togglePresentation());
        waitUntil(() -> robot.lookup("#projectorRoot").tryQuery().isEmpty());
        assertThat(stage.isFullScreen()).isFalse();
    }

    private void focusConsole(FxRobot robot, String query) {
        Node field = robot.from(console(robot)).lookup(query).query();
        robot.interact(field::requestFocus);
    }

    private static List<String> roomTexts(FxRobot robot) {
        List<Node> everything = new ArrayList<>();
        robot.interact(() -> walk(room(robot), everything));
        List<String> texts = new ArrayList<>();
        for (Node node : everything) {
            if (node instanceof Labeled labeled && labeled.getText() != null) {
                texts.add(labeled.getText());
            } else if (node instanceof javafx.scene.text.Text text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }

    private void openDemo(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board") && robot.lookup("#projectorRoot").tryQuery().isPresent());
    }

    private Parent console(FxRobot robot) {
        return stage.getScene().getRoot();
    }

    private static Parent room(FxRobot robot) {
        return robot.lookup("#projectorRoot").queryAs(Parent.class);
    }

    private static Stage roomWindow(FxRobot robot) {
        return (Stage) room(robot).getScene().getWindow();
    }

    private void focusConsoleCard(FxRobot robot, int number) {
        Node card = robot.from(console(robot)).lookup("#card-" + number).query();
        robot.interact(card::requestFocus);
    }

    private static String text(FxRobot robot, Parent root, String query) {
        return robot.from(root).lookup(query).queryLabeled().getText();
    }

    private static double fontSize(FxRobot robot, String query) {
        return robot.from(room(robot)).lookup(query).queryLabeled().getFont().getSize();
    }

    private static List<String> fingerprint(FxRobot robot, String... queries) {
        List<String> lines = new ArrayList<>();
        robot.interact(() -> {
            for (String query : queries) {
                TestApp.collect(robot.from(room(robot)).lookup(query).query(), lines);
            }
        });
        return lines;
    }

    private static void walk(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, into));
        }
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** A laptop with a projector that can be unplugged and plugged in again. */
    private static final class PluggableScreens implements Displays {
        private final List<Rectangle2D> plugged = new ArrayList<>(List.of(LAPTOP, PROJECTOR));
        private final List<Runnable> listeners = new ArrayList<>();

        @Override
        public List<Rectangle2D> screens() {
            return List.copyOf(plugged);
        }

        @Override
        public Rectangle2D primary() {
            return LAPTOP;
        }

        @Override
        public void onChange(Runnable listener) {
            listeners.add(listener);
        }

        void unplug() {
            plugged.remove(PROJECTOR);
            listeners.forEach(Runnable::run);
        }

        void plug() {
            plugged.add(PROJECTOR);
            listeners.forEach(Runnable::run);
        }
    }
}
