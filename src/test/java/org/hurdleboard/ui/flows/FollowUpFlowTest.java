package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.ActionState;
import org.hurdleboard.domain.Capture;
import org.hurdleboard.domain.Deck;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.store.SessionFile;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Following up a workshop: from the start screen or set-up to the next workshop of the series. */
class FollowUpFlowTest extends AppFlowTest {
    /**
     * Last quarter's workshop in its own folder: dot voting, votes on cards 1, 12 and 33, a card the
     * room added, and two actions still open (and one done, which is not carried over).
     */
    Path lastQuarter() throws Exception {
        Path folder = Files.createDirectories(home.resolve("Digital team series"));
        Path file = folder.resolve("Autumn.hurdles");
        Deck deck = app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES);
        Session autumn = Session.start(new SessionDetails("Digital team quarterly", "Digital team",
                LocalDate.of(2026, 9, 15), "Sam Facilitator", 16), deck, "What blocks us?",
                new RoundSettings(VotingRule.dots(4, 0), false, Set.of()));
        try (SessionFile created = SessionFile.create(file, autumn)) {
            Session session = created.session();
            session.setVotes(1, 1, 9);
            session.setVotes(1, 12, 5);
            session.setVotes(1, 33, 2);
            Capture capture = new Capture(session);
            capture.addCard("organisational-culture", "Nobody has time", "There is no time set aside to learn.");
            capture.addAction(12, "Ask IT for a sandbox laptop", "Head of IT", LocalDate.of(2026, 10, 31),
                    ActionState.OPEN);
            capture.addAction(33, "Write a social media policy", "Comms lead", LocalDate.of(2027, 3, 1),
                    ActionState.DOING);
            capture.addAction(1, "Buy webcams", "Office manager", null, ActionState.DONE);
        }
        return file;
    }

    @Test
    void followingUpFromTheStartScreenTakesTheTeamDeckRuleAndParticipants(FxRobot robot) throws Exception {
        Path autumn = lastQuarter();
        app.nextOpen = autumn;
        robot.clickOn("#followUpWorkshop");
        waitUntil(() -> showing(robot, "#followsUp"));

        assertThat(robot.lookup("#followsUp").queryAs(Label.class).getText())
                .contains("Digital team quarterly", "2 actions carried over", "Autumn.hurdles");
        assertThat(robot.lookup("#teamField").queryAs(TextField.class).getText()).isEqualTo("Digital team");
        assertThat(robot.lookup("#participantsField").queryAs(TextField.class).getText()).isEqualTo("16");
        assertThat(robot.lookup("#ruleDots").queryAs(RadioButton.class).isSelected()).isTrue();
        ComboBox<?> deck = robot.lookup("#deckField").queryAs(ComboBox.class);
        assertThat(deck.getConverter() == null ? "" : ((javafx.util.StringConverter<Object>) deck.getConverter())
                .toString(deck.getValue())).contains("last workshop's own copy", "51 cards");
        assertThat(Path.of(robot.lookup("#fileField").queryAs(TextField.class).getText()).getParent())
                .as("beside the workshop it follows, so the series stays in one folder").isEqualTo(autumn.getParent());

        robot.clickOn("#createWorkshop");
        waitUntil(() -> app.context.recentFiles().load().size() == 1);
        Path winter = app.context.recentFiles().load().get(0).file();
        Session created = SessionFile.read(winter, false).session();
        assertThat(created.followUp().previous().orElseThrow().lastPath()).isEqualTo(autumn.toString());
        assertThat(created.followUp().carried()).extracting(action -> action.what())
                .containsExactly("Write a social media policy", "Ask IT for a sandbox laptop");
        assertThat(created.deck().card(51)).isPresent();
        assertThat(created.settings(1).rule()).isEqualTo(VotingRule.dots(4, 0));
    }

    @Test
    void aFolderOfOneSeriesIsFollowedUpFromItsLastWorkshopAndAFileThatIsNotOneSaysWhy(FxRobot robot)
            throws Exception {
        Path autumn = lastQuarter();
        robot.clickOn("#newWorkshop");
        app.nextOpen = autumn.getParent();
        robot.clickOn("#followUpFolder");
        waitUntil(() -> robot.lookup("#followsUp").queryAs(Label.class).getText().contains("Digital team quarterly"));

        Path notOurs = Files.writeString(home.resolve("notes.hurdles"), "shopping list");
        app.nextOpen = notOurs;
        robot.clickOn("#followUpFile");
        waitUntil(() -> showing(robot, "#followUpFileError"));
        assertThat(robot.lookup("#followUpFileError").queryAs(Label.class).getText())
                .startsWith("That workshop cannot be followed up.").contains("notes.hurdles");
        assertThat(robot.lookup("#followsUp").queryAs(Label.class).getText())
                .as("the workshop chosen before stays chosen").contains("Digital team quarterly");
    }
}
