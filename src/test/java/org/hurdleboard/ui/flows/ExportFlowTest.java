package org.hurdleboard.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hurdleboard.ui.flows.TestApp.showing;
import static org.hurdleboard.ui.flows.TestApp.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.hurdleboard.report.ReportFormat;
import org.hurdleboard.report.ReportLanguage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Export from the board: format and place asked in a dialog, the report written off the FX thread. */
class ExportFlowTest extends AppFlowTest {
    @Test
    void aReportIsExportedFromTheBoardAndTheBoardSaysWhere(FxRobot robot) throws Exception {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        Path report = home.resolve("reports").resolve("demo.md");

        robot.clickOn("#exportReport");
        waitUntil(() -> showing(robot, "#exportFile"));
        ComboBox<?> format = robot.lookup("#exportFormat").queryAs(ComboBox.class);
        assertThat(robot.lookup("#exportFile").queryAs(TextField.class).getText()).endsWith(".html");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<ReportFormat> formats = (ComboBox<ReportFormat>) format;
            formats.setValue(ReportFormat.MD);
            robot.lookup("#exportFile").queryAs(TextField.class).setText(report.toString());
        });
        robot.clickOn("#exportConfirm");

        Label status = robot.lookup("#exportStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Report saved"));
        assertThat(status.getText()).contains(report.toString());
        assertThat(Files.readString(report)).startsWith("# Demo\\: what stops us using digital tools?")
                .contains("| 1 | 33 | **Senior managers fear the social web**");
    }

    @Test
    void aWelshWorkshopsReportIsWelshByDefaultAndCanBeBilingual(FxRobot robot) throws Exception {
        robot.clickOn("#language-cy");
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        Path report = home.resolve("adroddiad.md");

        robot.clickOn("#exportReport");
        waitUntil(() -> showing(robot, "#exportFile"));
        @SuppressWarnings("unchecked")
        ComboBox<ReportLanguage> language = robot.lookup("#exportLanguage").queryAs(ComboBox.class);
        assertThat(language.getValue()).as("the workshop's language").isEqualTo(ReportLanguage.CY);
        @SuppressWarnings("unchecked")
        ComboBox<ReportFormat> format = robot.lookup("#exportFormat").queryAs(ComboBox.class);
        robot.interact(() -> format.setValue(ReportFormat.CSV));
        assertThat(language.getItems()).as("a CSV file holds one language")
                .containsExactly(ReportLanguage.EN, ReportLanguage.CY);
        robot.interact(() -> {
            format.setValue(ReportFormat.MD);
            language.setValue(ReportLanguage.BOTH);
            robot.lookup("#exportFile").queryAs(TextField.class).setText(report.toString());
        });
        robot.clickOn("#exportConfirm");

        waitUntil(() -> Files.exists(report));
        assertThat(Files.readString(report)).contains("Y rhwystrau yn nhrefn y pleidleisiau", "Hurdles ranked by votes",
                "Mae uwch reolwyr yn ofni\u2019r we gymdeithasol");
    }

    @Test
    void ctrlEAsksAndEscapeCancelsWithoutWritingAnything(FxRobot robot) throws Exception {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        waitUntil(() -> robot.lookup("#card-1").query().isFocused());

        robot.press(KeyCode.CONTROL).press(KeyCode.E).release(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#exportFile"));
        Path suggested = Path.of(robot.lookup("#exportFile").queryAs(TextField.class).getText());
        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> !showing(robot, "#exportFile"));
        assertThat(suggested).doesNotExist();
        assertThat(robot.lookup("#exportStatus").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aFailedExportSaysWhyInRedAndLeavesNoFile(FxRobot robot) throws Exception {
        robot.clickOn("#tryDemo");
        waitUntil(() -> showing(robot, "#board"));
        Path notAFolder = Files.writeString(home.resolve("plain.txt"), "a file, not a folder");
        Path report = notAFolder.resolve("report.html");

        robot.clickOn("#exportReport");
        waitUntil(() -> showing(robot, "#exportFile"));
        robot.interact(() -> robot.lookup("#exportFile").queryAs(TextField.class).setText(report.toString()));
        robot.clickOn("#exportConfirm");

        Label status = robot.lookup("#exportStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("The report could not be saved"));
        assertThat(status.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("failed"));
        assertThat(Files.exists(report)).isFalse();
    }
}
