package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.hurdleboard.deck.BuiltInDecks;
import org.hurdleboard.domain.RoundSettings;
import org.hurdleboard.domain.Session;
import org.hurdleboard.domain.SessionDetails;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.store.SessionFile;
import org.hurdleboard.ui.common.Displays;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * What the room reads on a Full HD projector beside a 1280x720 laptop: whole card titles, a chart
 * that names its bars, long right-to-left text kept in its column, nothing bare or meaningless.
 */
class RoomScreenFlowTest extends AppFlowTest {
    /** 1,000 characters: Arabic, Hebrew, English and emoji in one note, as a room may type it. */
    static final String LONG_NOTE = longNote();

    @Override
    Displays displays() {
        return laptopAndProjector();
    }

    static String longNote() {
        String piece = "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 \u05e9\u05dc\u05d5\u05dd "
                + "\u05e2\u05d5\u05dc\u05dd we cannot post \ud83d\ude80\ud83d\udc69\ud83c\udffd\u200d\ud83d\udcbb "
                + "\u0644\u0627 \u0646\u0633\u062a\u0637\u064a\u0639 \u05dc\u05d0 \u05d9\u05db\u05d5\u05dc\u05d9\u05dd ";
        StringBuilder text = new StringBuilder();
        while (text.length() < 1000) {
            text.append(piece);
        }
        return text.substring(0, 999) + "!";
    }

    @Test
    void everyCardTitleOnAFullHdProjectorIsWholeAndInsideItsCard(FxRobot robot) {
        openDemo(robot);
        layOut(robot);

        List<Label> titles = robot.from(room(robot)).lookup(".card-title").queryAllAs(Label.class).stream().toList();
        assertThat(titles).hasSize(50);
        for (Label title : titles) {
            Text drawn = (Text) title.lookup(".text");
            assertThat(drawn.getText()).as("card %s's title is not cut short", title.getParent().getId())
                    .isEqualTo(title.getText());
            Node card = title.getParent();
            Bounds tile = card.localToScene(card.getLayoutBounds());
            Bounds text = drawn.localToScene(drawn.getLayoutBounds());
            assertThat(tile.contains(text)).as("card %s's title inside its tile: %s in %s", card.getId(), text, tile)
                    .isTrue();
            assertThat(title.getFont().getSize()).as("read from the back").isGreaterThanOrEqualTo(18);
        }
    }

    @Test
    void afterAHiddenRoundIsRevealedTheRoomsChartNamesEveryCategory(FxRobot robot) throws Exception {
        openHiddenTally(robot);
        for (int card : new int[] {1, 12, 33, 48}) {
            focusConsoleCard(robot, card);
            robot.write("++");
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> robot.from(room(robot)).lookup("#rankView").query().isVisible());
        assertThat(robot.from(room(robot)).lookup("#rankHidden").tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(() -> robot.from(room(robot)).lookup("#rankHidden").tryQuery().isEmpty());
        layOut(robot);

        List<String> categories = List.of("Internet Access", "Office Technology", "Systems and Procedures",
                "Policy and Guidance", "Organisational Culture", "Technical Skills", "Leadership and Management");
        Node chart = robot.from(room(robot)).lookup("#categoryChart").query();
        assertThat(drawnTexts(chart)).as("the room's chart names each of its bars").containsAll(categories)
                .as("two votes a card: counts are whole votes, never 0.25 of one").noneMatch(text -> text.matches(".*\\d[.,]\\d.*"));
        Node console = robot.from(stage.getScene().getRoot()).lookup("#categoryChart").query();
        assertThat(drawnTexts(console)).containsAll(categories);
    }

    @Test
    void aLongRightToLeftNoteStaysInsideItsColumnOnTheProjector(FxRobot robot) {
        openDemo(robot);
        focusConsoleCard(robot, 33);
        robot.write("d");
        waitUntil(() -> showing(robot, "#discussConsole"));
        TextInputControl input = robot.lookup("#input-note").queryAs(TextInputControl.class);
        robot.interact(() -> input.setText(LONG_NOTE));
        robot.clickOn(input).type(KeyCode.ENTER);
        waitUntil(() -> !robot.from(room(robot)).lookup(".discuss-room-item").queryAll().isEmpty());
        layOut(robot);

        Node column = robot.from(room(robot)).lookup(".discuss-room-column").query();
        Bounds inside = column.localToScreen(column.getLayoutBounds());
        Node view = robot.from(room(robot)).lookup(".discuss-room").query();
        Bounds screen = view.localToScreen(view.getLayoutBounds());
        for (Node drawn : walk(robot.from(room(robot)).lookup(".discuss-room-item").query(), new ArrayList<>())) {
            if (drawn instanceof Text text) {
                Bounds bounds = text.localToScreen(text.getBoundsInLocal());
                assertThat(bounds.getMinX()).as("the note starts inside its column").isGreaterThanOrEqualTo(inside.getMinX() - 1);
                assertThat(bounds.getMaxX()).as("the note ends inside its column").isLessThanOrEqualTo(inside.getMaxX() + 1);
                assertThat(bounds.getMaxY()).as("the note stays on the screen").isLessThanOrEqualTo(screen.getMaxY() + 1);
            }
        }
        List<Label> lines = robot.from(room(robot)).lookup(".discuss-room-item .room-text-line").queryAllAs(Label.class)
                .stream().filter(Node::isVisible).toList();
        assertThat(lines).as("wrapped onto several lines").hasSizeGreaterThan(2);
        StringBuilder shown = new StringBuilder();
        for (Label line : lines) {
            assertThat(((Text) line.lookup(".text")).getText()).as("each line drawn whole").isEqualTo(line.getText());
            shown.append(line.getText()).append(' ');
        }
        String start = shown.toString().strip();
        assertThat(start).as("the note's start, each phrase once, then \u2026").endsWith("\u2026");
        assertThat(LONG_NOTE.replaceAll("\\s+", " ")).startsWith(start.substring(0, start.length() - 1).strip());
    }

    @Test
    void peekingKeepsTheWorkshopsTitleAndDetailsReadableOnA1280x720Console(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        openDemo(robot);
        focusConsoleCard(robot, 5);
        robot.write("h");
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });

        for (String part : new String[] {"#sessionTitle", ".session-details", "#projectorState"}) {
            Label label = robot.from(stage.getScene().getRoot()).lookup(".board-header " + part).queryAs(Label.class);
            String drawn = drawnTexts(label).stream().reduce("", (a, b) -> a + b);
            assertThat(drawn.replace("\u2026", "").replace("...", "").strip().length()).as("%s shows words: %s", part, drawn)
                    .isGreaterThanOrEqualTo(Math.min(12, label.getText().length()));
        }
        Label state = robot.from(stage.getScene().getRoot()).lookup("#projectorState").queryAs(Label.class);
        assertThat(state.getText()).contains("hidden counts shown here only");
        assertThat(String.join(" ", drawnTexts(state)).replaceAll("\\s+", " ")).as("the peek state whole")
                .isEqualTo(state.getText());
    }

    @Test
    void whileDotsAreHiddenTheRoomsCardStripShowsNothingBare(FxRobot robot) throws Exception {
        openHiddenDotRound(robot);
        focusConsoleCard(robot, 12);
        robot.write("+");
        layOut(robot);

        Node strip = robot.from(room(robot)).lookup("#roomSpotlight").query();
        assertThat(robot.from(strip).lookup("#spotlightStatement").queryLabeled().getText()).startsWith("Voting in progress");
        assertThat(robot.from(strip).lookup(".category-swatch").query().isVisible()).as("no empty grey square").isFalse();
        assertThat(drawnTexts(strip)).as("no bare caption without a count")
                .noneMatch(text -> text.equals(app.messages.get("spotlight.dots"))
                        || text.equals(app.messages.get("spotlight.votes")));

        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(() -> robot.from(strip).lookup(".category-swatch").query().isVisible());
        assertThat(drawnTexts(strip)).as("with a card shown, its count is captioned").contains("1",
                app.messages.get("spotlight.dots"));
    }

    /** The texts a part of the screen draws: visible Text nodes inside it, whole. */
    static List<String> drawnTexts(Node part) {
        List<String> texts = new ArrayList<>();
        for (Node node : walk(part, new ArrayList<>())) {
            if (node instanceof Text text && text.isVisible() && visibleUpTo(text, part)) {
                texts.add(text.getText());
            }
        }
        return texts;
    }

    private static boolean visibleUpTo(Node node, Node top) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
            if (at == top) {
                return true;
            }
        }
        return true;
    }

    private void openDemo(FxRobot robot) {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board") && robot.lookup("#projectorRoot").tryQuery().isPresent());
    }

    private Path openHiddenTally(FxRobot robot) throws Exception {
        Path file = home.resolve("Hidden.hurdles");
        SessionFile.create(file, Session.start(new SessionDetails("Hidden", "", LocalDate.of(2026, 11, 29), "", 9),
                app.context.decks().load(BuiltInDecks.OVERCOMING_THE_HURDLES), "What blocks us?",
                new RoundSettings(VotingRule.TALLY, true, Set.of()))).close();
        robot.interact(() -> app.window.openSession(file, error -> { }));
        waitUntil(() -> showing(robot, "#board") && robot.lookup("#projectorRoot").tryQuery().isPresent());
        return file;
    }

    static Parent room(FxRobot robot) {
        return robot.lookup("#projectorRoot").queryAs(Parent.class);
    }

    private void layOut(FxRobot robot) {
        robot.interact(() -> {
            room(robot).applyCss();
            room(robot).layout();
        });
    }

    private void focusConsoleCard(FxRobot robot, int number) {
        Node card = robot.from(stage.getScene().getRoot()).lookup("#card-" + number).query();
        robot.interact(card::requestFocus);
    }

    static List<Node> walk(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, into));
        }
        return into;
    }
}


