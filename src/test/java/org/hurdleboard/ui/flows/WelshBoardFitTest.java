package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.store.SessionFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

/** Welsh titles run longer than English: on a 1080p board each still fits its card in two lines, whole, at 18 px or more. */
class WelshBoardFitTest extends AppFlowTest {
    @ParameterizedTest
    @ValueSource(strings = {"overcoming-the-hurdles-cy", "people-and-culture-cy"})
    void everyWelshCardTitleIsShownWholeInsideItsCard(String id, FxRobot robot) throws Exception {
        Path file = home.resolve(id + ".hurdles");
        Deck deck = app.context.decks().load(id);
        Session session = Session.start(new SessionDetails("Gweithdy", "", LocalDate.of(2026, 12, 1), "", 5), deck, "C");
        for (int number = 1; number <= deck.size(); number++) {
            session.restoreVotes(1, number, 10 + number);
        }
        SessionFile.create(file, session).close();
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> showing(robot, "#board"));
        // the board sizes its font to the screen after its first layout pass
        waitUntil(() -> robot.lookup(".card-title").queryAs(Label.class).getFont().getSize() >= 18);

        List<Label> titles = robot.lookup(".card-title").queryAllAs(Label.class).stream().toList();
        assertThat(titles).hasSize(deck.size());
        for (Label title : titles) {
            Node card = title.getParent();
            Bounds cardBounds = card.localToScreen(card.getBoundsInLocal());
            Text drawn = (Text) title.lookup(".text");
            assertThat(title.getFont().getSize()).isGreaterThanOrEqualTo(18);
            assertThat(drawn.getText()).as("%s cut short", title.getText()).isEqualTo(title.getText());
            // a card is two lines of title high: a third line grows the card here and spills over it on a real screen
            assertThat(drawn.getLayoutBounds().getHeight()).as("\"%s\" in two lines", title.getText())
                    .isLessThan(3 * title.getFont().getSize());
            assertThat(cardBounds.contains(drawn.localToScreen(drawn.getBoundsInLocal())))
                    .as("\"%s\" stays inside its card", title.getText()).isTrue();
        }
    }
}
