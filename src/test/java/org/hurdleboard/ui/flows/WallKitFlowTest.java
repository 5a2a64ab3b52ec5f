package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Workshop ▸ Print the wall kit… and the deck editor's button: choose, preview, save off the FX thread. */
class WallKitFlowTest extends AppFlowTest {
    @Test
    void theWorkshopsWallKitIsPreviewedAndSavedWithTheChosenParts(FxRobot robot) throws Exception {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#workshopMenu").clickOn("#printWallKit");
        waitUntil(() -> showing(robot, "#wallKitPreview"));
        ImageView preview = robot.lookup("#wallKitPreview").queryAs(ImageView.class);
        waitUntil(() -> preview.getImage() != null);
        double twoAPage = preview.getImage().getWidth();
        TextField file = robot.lookup("#wallKitFile").queryAs(TextField.class);
        assertThat(file.getText()).as("beside the workshop, named after it").endsWith("Demo workshop wall kit.pdf");

        Path kit = home.resolve("kit.pdf");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Integer> perPage = robot.lookup("#wallKitPerPage").queryAs(ComboBox.class);
            perPage.setValue(4);
            robot.lookup("#wallKitBallots").queryAs(CheckBox.class).setSelected(false);
            file.setText(home.resolve("kit").toString());
        });
        waitUntil(() -> preview.getImage() != null && preview.getImage().getWidth() == twoAPage);
        robot.clickOn("#wallKitSave");

        Label status = robot.lookup("#wallKitStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Wall kit saved"));
        assertThat(status.getText()).contains(kit.toString(), "17 pages");
        assertThat(file.getText()).as("the name is given its .pdf").isEqualTo(kit.toString());
        assertThat(robot.lookup("#wallKitProgress").queryAs(ProgressIndicator.class).isVisible()).isFalse();
        try (PDDocument document = Loader.loadPDF(kit.toFile())) {
            // 50 cards and 7 dividers 4 a page, a 2-page tally sheet, no ballots
            assertThat(document.getNumberOfPages()).isEqualTo(13 + 2 + 2);
            assertThat(new PDFTextStripper().getText(document)).contains("Tally sheet").doesNotContain("Secret ballot");
        }

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !showing(robot, "#wallKitPreview"));
        assertThat(showing(robot, "#board")).isTrue();
    }

    @Test
    void nothingToPrintOrAWorkshopsNameIsRefusedWithAReason(FxRobot robot) throws Exception {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        robot.clickOn("#workshopMenu").clickOn("#printWallKit");
        waitUntil(() -> showing(robot, "#wallKitPreview"));
        Button save = robot.lookup("#wallKitSave").queryAs(Button.class);
        Label status = robot.lookup("#wallKitStatus").queryAs(Label.class);
        robot.interact(() -> {
            for (String part : new String[] {"#wallKitCards", "#wallKitDividers", "#wallKitTally", "#wallKitBallots"}) {
                robot.lookup(part).queryAs(CheckBox.class).setSelected(false);
            }
        });
        assertThat(save.isDisabled()).isTrue();
        assertThat(status.getText()).isEqualTo("Choose at least one thing to print.");

        Path workshop = home.resolve("Team day.hurdles");
        robot.interact(() -> {
            robot.lookup("#wallKitTally").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#wallKitFile").queryAs(TextField.class).setText(workshop.toString());
        });
        robot.clickOn("#wallKitSave");
        assertThat(status.getText()).startsWith("A wall kit is never saved over a workshop");
        assertThat(status.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("failed"));
        assertThat(workshop).doesNotExist();
    }

    @Test
    void theDeckEditorPrintsTheDeckOnItsOwn(FxRobot robot) throws Exception {
        robot.clickOn("#newWorkshop");
        robot.clickOn("#editDeck");
        waitUntil(() -> showing(robot, "#deckEditor"));
        robot.clickOn("#printWallKit");
        waitUntil(() -> showing(robot, "#wallKitPreview"));
        Path kit = Path.of(robot.lookup("#wallKitFile").queryAs(TextField.class).getText());
        assertThat(kit.getFileName().toString()).isEqualTo("Overcoming the Hurdles (my copy) wall kit.pdf");
        robot.interact(() -> {
            robot.lookup("#wallKitCards").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#wallKitDividers").queryAs(CheckBox.class).setSelected(false);
            robot.lookup("#wallKitTally").queryAs(CheckBox.class).setSelected(false);
        });
        robot.clickOn("#wallKitSave");
        Label status = robot.lookup("#wallKitStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Wall kit saved"));
        assertThat(status.getText()).contains("(4 pages)").doesNotContain("shortened");
        assertThat(Files.size(kit)).isPositive();
    }
}
