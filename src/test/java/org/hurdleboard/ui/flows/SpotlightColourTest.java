package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The spotlight shows the selected card's category in its colour, and follows the selection. */
class SpotlightColourTest extends AppFlowTest {
    @Test
    void theSwatchTakesTheColourOfEachCardsCategoryAsTheSelectionMoves(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board .card"));
        robot.interact(() -> robot.lookup("#card-1").query().requestFocus());
        Paint internetAccess = fill(robot, "#category-internet-access .category-header");
        waitUntil(() -> fill(robot, ".spotlight .category-swatch").equals(internetAccess));

        robot.type(KeyCode.RIGHT);
        Paint officeTechnology = fill(robot, "#category-office-technology .category-header");
        assertThat(officeTechnology).isNotEqualTo(internetAccess);
        waitUntil(() -> fill(robot, ".spotlight .category-swatch").equals(officeTechnology));

        robot.type(KeyCode.LEFT);
        waitUntil(() -> fill(robot, ".spotlight .category-swatch").equals(internetAccess));
    }

    private static Paint fill(FxRobot robot, String query) {
        Region region = robot.lookup(query).queryAs(Region.class);
        return region.getBackground().getFills().get(0).getFill();
    }
}
