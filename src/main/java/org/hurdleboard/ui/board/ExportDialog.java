package org.hurdleboard.ui.board;

import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.hurdleboard.report.ReportFormat;
import org.hurdleboard.report.ReportLanguage;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Dialogs;

/** Asks which format and where: a format list, a file field and a Choose… button with one filter per format. */
final class ExportDialog {
    /** The facilitator's answer. */
    record Choice(ReportFormat format, Path file, ReportLanguage language) {
    }

    private final Messages messages;
    private final ExportViewModel model;
    private final Dialogs dialogs;

    ExportDialog(Messages messages, ExportViewModel model, Dialogs dialogs) {
        this.messages = messages;
        this.model = model;
        this.dialogs = dialogs;
    }

    Optional<Choice> ask(Window owner) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("board.export.title"));
        dialog.setHeaderText(messages.get("board.export.intro"));

        ComboBox<ReportFormat> format = new ComboBox<>();
        format.setId("exportFormat");
        format.getItems().setAll(ReportFormat.values());
        format.setCellFactory(list -> new FormatCell());
        format.setButtonCell(new FormatCell());
        format.setValue(ReportFormat.HTML);
        TextField file = new TextField(model.suggestedFile(ReportFormat.HTML).toString());
        file.setId("exportFile");
        file.setPrefColumnCount(36);
        format.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !file.getText().isBlank()) {
                file.setText(ExportViewModel.withExtension(Path.of(file.getText().strip()), chosen).toString());
            }
        });
        ComboBox<ReportLanguage> language = languageChoice(format);
        Button choose = new Button(messages.get("board.export.choose"));
        choose.setId("exportChoose");
        choose.setOnAction(event -> choose(dialog.getDialogPane().getScene().getWindow(), format, file));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(12));
        form.addRow(0, labelFor(messages.get("board.export.format"), format), format);
        form.addRow(1, labelFor(messages.get("board.export.file"), file), file, choose);
        form.addRow(2, labelFor(messages.get("board.export.language"), language), language);
        GridPane.setHgrow(file, Priority.ALWAYS);
        dialog.getDialogPane().setContent(form);

        ButtonType export = new ButtonType(messages.get("board.export.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        Node exportButton = dialog.getDialogPane().lookupButton(export);
        exportButton.setId("exportConfirm");
        exportButton.disableProperty().bind(file.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == export
                ? new Choice(format.getValue(), Path.of(file.getText().strip()), language.getValue()) : null);
        dialog.setOnShown(event -> format.requestFocus());
        return dialogs.show(dialog);
    }

    private void choose(Window owner, ComboBox<ReportFormat> format, TextField file) {
        Path current = Path.of(file.getText().isBlank() ? model.suggestedFile(format.getValue()).toString()
                : file.getText().strip());
        dialogs.saveReport(owner, current, format.getValue()).ifPresent(chosen -> {
            format.setValue(chosen.format());
            file.setText(ExportViewModel.withExtension(chosen.file(), chosen.format()).toString());
        });
    }

    /**
     * English, Welsh, or both (Welsh first), the workshop's language chosen; both only for the
     * formats that hold two, so a CSV or JSON choice falls back to the workshop's language.
     */
    private ComboBox<ReportLanguage> languageChoice(ComboBox<ReportFormat> format) {
        ComboBox<ReportLanguage> language = new ComboBox<>();
        language.setId("exportLanguage");
        language.setAccessibleHelp(messages.get("board.export.language.help"));
        Runnable offer = () -> {
            ReportLanguage kept = language.getValue();
            language.getItems().setAll(java.util.Arrays.stream(ReportLanguage.values())
                    .filter(each -> each.fits(format.getValue())).toList());
            language.setValue(kept != null && language.getItems().contains(kept) ? kept : model.defaultLanguage());
        };
        offer.run();
        format.valueProperty().addListener((obs, old, chosen) -> offer.run());
        language.setCellFactory(list -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        return language;
    }

    private final class LanguageCell extends ListCell<ReportLanguage> {
        @Override
        protected void updateItem(ReportLanguage item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.get(switch (item) {
                case EN -> "board.export.language.EN";
                case CY -> "board.export.language.CY";
                case BOTH -> "board.export.language.BOTH";
            }));
        }
    }

    private static Label labelFor(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        return label;
    }

    private String formatName(ReportFormat format) {
        return switch (format) {
            case HTML -> messages.get("board.export.html");
            case PDF -> messages.get("board.export.pdf");
            case CSV -> messages.get("board.export.csv");
            case MD -> messages.get("board.export.md");
            case JSON -> messages.get("board.export.json");
        };
    }

    private final class FormatCell extends ListCell<ReportFormat> {
        @Override
        protected void updateItem(ReportFormat item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : formatName(item));
        }
    }
}
