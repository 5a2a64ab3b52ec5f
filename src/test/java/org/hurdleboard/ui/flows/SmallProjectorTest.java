package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import org.hurdleboard.ui.common.Displays;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * An old 1024x768 projector, as many meeting rooms still have: the room cannot scroll, so its board
 * shows all 50 cards inside the screen, every title whole on its two lines, and no scroll bar.
 */
class SmallProjectorTest extends AppFlowTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    /** Inside the test machine's one screen, as ProjectorFlowTest's projector is. */
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1024, 768);

    @Override
    Displays displays() {
        return screens(LAPTOP, PROJECTOR);
    }

    @Test
    void everyCardIsOnTheScreenWithItsWholeTitleAndNothingScrolls(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board") && robot.lookup("#projectorRoot").tryQuery().isPresent());
        Parent room = robot.lookup("#projectorRoot").queryAs(Parent.class);
        robot.interact(() -> {
            room.applyCss();
            room.layout();
        });
        double width = room.getScene().getWidth();
        double height = room.getScene().getHeight();
        assertThat(List.of(width, height)).containsExactly(1024.0, 768.0);

        List<Node> cards = robot.from(room).lookup(".card").queryAll().stream().toList();
        assertThat(cards).hasSize(50).allSatisfy(card -> {
            Bounds bounds = card.localToScene(card.getLayoutBounds());
            assertThat(bounds.getMinX()).as(card.getId() + " from the left").isGreaterThanOrEqualTo(0);
            assertThat(bounds.getMaxX()).as(card.getId() + " to the right").isLessThanOrEqualTo(width);
            assertThat(bounds.getMaxY()).as(card.getId() + " to the bottom").isLessThanOrEqualTo(height);
        });
        List<Label> titles = robot.from(room).lookup(".card-title").queryAllAs(Label.class).stream().toList();
        assertThat(titles).hasSize(50).allSatisfy(title -> assertThat(((Text) title.lookup(".text")).getText())
                .as("card title as drawn").isEqualTo(title.getText()));
        assertThat(robot.from(room).lookup(".scroll-bar").queryAllAs(ScrollBar.class))
                .as("scroll bars the room would see").noneMatch(Node::isVisible);
    }
}
