package org.hurdleboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.settings.UserSettings.ThemeName;
import org.hurdleboard.ui.common.ThemeManager;
import org.hurdleboard.ui.workshop.WorkshopModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A card's title is never cut to one line with "…" by rounding: the board sizes its cards to the
 * screen, so every size from a small window to a Full HD projector is tried.
 */
@ExtendWith(ApplicationExtension.class)
class CardTitleFitTest {
    private static final Messages MESSAGES = new Messages(Locale.UK);
    private final StackPane root = new StackPane();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Session session = Session.start(new SessionDetails("Day", "", LocalDate.of(2026, 11, 29), "", 4),
                new BuiltInDecks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What blocks us?");
        BoardViewModel model = new BoardViewModel(new WorkshopModel(session, false, "day.hurdles", MESSAGES,
                Runnable::run), MESSAGES);
        root.getChildren().add(new BoardGrid(model, MESSAGES, Audience.ROOM).node());
        Scene scene = new Scene(root, 1920, 800);
        new ThemeManager(ThemeName.LIGHT).style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyTitleIsWholeAtEveryBoardHeight(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            for (int height = 560; height <= 1080; height += 19) {
                stage.setHeight(height);
                root.applyCss();
                root.layout();
                root.layout();
                for (var node : root.lookupAll(".card-title")) {
                    Label title = (Label) node;
                    if (!((Text) title.lookup(".text")).getText().equals(title.getText())) {
                        cut.add(height + " px: " + title.getText() + " at " + title.getFont().getSize() + " px");
                    }
                }
            }
        });
        assertThat(cut).as("titles cut short").isEmpty();
    }
}
