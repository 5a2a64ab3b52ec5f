package org.hurdleboard.ui.flows;

import static org.hurdleboard.ui.flows.ReachableNames.assertEveryReachableNodeIsNamed;

import java.util.Set;
import javafx.scene.Parent;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.ui.common.Displays;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The phone voting dialog and panel, as a screen reader meets them: every control has a name. */
class PhonesAccessibilityTest extends PhoneFlowTest {
    @Override
    Displays displays() {
        return laptopAndProjector();
    }

    @Test
    void everyControlOfThePhoneDialogAndPanelHasAName(FxRobot robot) throws Exception {
        openWorkshop(robot, 4, new RoundSettings(VotingRule.dots(3, 0), true, Set.of()));
        askForPhones(robot);
        assertEveryReachableNodeIsNamed(robot.lookup("#phonesConfirm").queryButton().getScene().getRoot(), 8);

        robot.clickOn("#phonesConfirm");
        TestApp.waitUntil(() -> TestApp.showing(robot, "#phonesConsole") && linkOnProjector(robot) != null);
        assertEveryReachableNodeIsNamed(robot.lookup("#phonesConsole").queryAs(Parent.class), 4);
    }
}
