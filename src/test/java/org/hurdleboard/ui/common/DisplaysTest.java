package org.hurdleboard.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.hurdleboard.settings.UserSettings;
import org.junit.jupiter.api.Test;

class DisplaysTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1920, 1080);
    private static final Rectangle2D WHITEBOARD = new Rectangle2D(-1280, 0, 1280, 720);

    @Test
    void withOneScreenThereIsNoProjectorWindow() {
        assertThat(Displays.projectorScreen(List.of(LAPTOP), LAPTOP, UserSettings.PROJECTOR_AUTOMATIC)).isEmpty();
        assertThat(Displays.projectorScreen(List.of(LAPTOP), LAPTOP, 1)).isEmpty();
    }

    @Test
    void automaticallyTheProjectorIsTheFirstScreenThatIsNotTheLaptops() {
        assertThat(Displays.projectorScreen(List.of(LAPTOP, PROJECTOR, WHITEBOARD), LAPTOP,
                UserSettings.PROJECTOR_AUTOMATIC)).contains(PROJECTOR);
        assertThat(Displays.projectorScreen(List.of(PROJECTOR, LAPTOP), LAPTOP,
                UserSettings.PROJECTOR_AUTOMATIC)).contains(PROJECTOR);
    }

    @Test
    void aChosenScreenIsUsedWhileItIsThereAndNeverTheLaptops() {
        List<Rectangle2D> three = List.of(LAPTOP, PROJECTOR, WHITEBOARD);
        assertThat(Displays.projectorScreen(three, LAPTOP, 3)).contains(WHITEBOARD);
        assertThat(Displays.projectorScreen(List.of(LAPTOP, PROJECTOR), LAPTOP, 3)).contains(PROJECTOR);
        assertThat(Displays.projectorScreen(three, LAPTOP, 1)).contains(PROJECTOR);
    }

    @Test
    void neverMeansNeverEvenWithASecondScreen() {
        assertThat(Displays.projectorScreen(List.of(LAPTOP, PROJECTOR), LAPTOP, UserSettings.PROJECTOR_NEVER))
                .isEmpty();
    }

    @Test
    void oneWideScreenCanBeSplitToTryTheProjector() {
        assertThat(Displays.parse("0,0,1920,1080; 1920,0,1920,1080")).containsExactly(
                new Rectangle2D(0, 0, 1920, 1080), new Rectangle2D(1920, 0, 1920, 1080));
        assertThatThrownBy(() -> Displays.parse("0,0,1920")).hasMessageContaining("x,y,width,height");
        assertThatThrownBy(() -> Displays.parse("0,0,0,1080")).hasMessageContaining("x,y,width,height");
        assertThatThrownBy(() -> Displays.parse("left,0,1920,1080")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void aMistypedSplitIsIgnoredAndTheAppStartsOnTheRealScreens() {
        String before = System.getProperty("hurdleboard.screens");
        System.setProperty("hurdleboard.screens", "0,0,1280;oops");
        try {
            Displays screens = Displays.system();
            assertThat(screens.getClass()).as("JavaFX's screens, not a split one")
                    .isNotEqualTo(Displays.fixed(List.of(LAPTOP)).getClass());
        } finally {
            if (before == null) {
                System.clearProperty("hurdleboard.screens");
            } else {
                System.setProperty("hurdleboard.screens", before);
            }
        }
    }
}
