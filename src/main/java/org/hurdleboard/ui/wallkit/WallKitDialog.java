package org.hurdleboard.ui.wallkit;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hurdleboard.domain.VotingRule;
import org.hurdleboard.report.WallKitOptions;
import org.hurdleboard.report.WallKitOptions.Paper;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Dialogs;
import org.hurdleboard.ui.common.Theme;

/**
 * "Print the wall kit…": what to print, the paper, cards a page and ticks on a ballot, where to
 * save it, and the first page as it will print. The window stays open while the PDF is written,
 * so the facilitator sees where it went, or why it did not.
 */
public final class WallKitDialog {
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    private final WallKitModel model;
    private final Messages messages;
    private final Dialogs dialogs;

    public WallKitDialog(WallKitModel model, Messages messages, Dialogs dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    public Stage show(Window owner) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("wallkit.title"));
        Button close = button("wallKitClose", "wallkit.close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.close());
        Button save = button("wallKitSave", "wallkit.save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(event -> model.save());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("wallKitProgress");
        progress.setPrefSize(24, 24);
        progress.setAccessibleText(messages.get("wallkit.working"));
        progress.visibleProperty().bind(model.busyProperty());
        HBox buttons = new HBox(8, progress, save, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label intro = new Label(messages.get("wallkit.intro", model.deckTitle()));
        wrap(intro);
        Label status = new Label();
        status.setId("wallKitStatus");
        status.getStyleClass().add("export-status");
        wrap(status);
        status.textProperty().bind(model.statusProperty());
        model.failedProperty().addListener((obs, was, failed) -> status.pseudoClassStateChanged(FAILED, failed));
        VBox form = new VBox(12, intro, choices(stage), status, buttons);
        form.setPrefWidth(540);
        HBox root = new HBox(16, form, preview());
        root.setPadding(new Insets(16));
        Scene scene = new Scene(root);
        dialogs.style(scene);
        stage.setScene(scene);
        stage.getIcons().setAll(Theme.icons());
        stage.setOnShown(event -> model.refreshPreview());
        stage.show();
        return stage;
    }

    private GridPane choices(Stage stage) {
        CheckBox cards = check("wallKitCards", "wallkit.cards", model.cardsProperty().get());
        cards.selectedProperty().bindBidirectional(model.cardsProperty());
        CheckBox dividers = check("wallKitDividers", "wallkit.dividers", model.dividersProperty().get());
        dividers.selectedProperty().bindBidirectional(model.dividersProperty());
        CheckBox tally = check("wallKitTally", "wallkit.tally", model.tallyProperty().get());
        tally.selectedProperty().bindBidirectional(model.tallyProperty());
        CheckBox ballots = check("wallKitBallots", "wallkit.ballots", model.ballotsProperty().get());
        ballots.selectedProperty().bindBidirectional(model.ballotsProperty());
        Label parts = new Label(messages.get("wallkit.parts"));
        parts.setLabelFor(cards);
        VBox partBoxes = new VBox(6, cards, dividers, tally, ballots);

        ComboBox<Paper> paper = new ComboBox<>();
        paper.setId("wallKitPaper");
        paper.getItems().setAll(Paper.values());
        paper.setCellFactory(list -> cell(item -> messages.get("wallkit.paper." + item.name())));
        paper.setButtonCell(cell(item -> messages.get("wallkit.paper." + item.name())));
        paper.valueProperty().bindBidirectional(model.paperProperty());
        paper.setAccessibleText(messages.get("wallkit.paper"));

        ComboBox<Integer> perPage = new ComboBox<>();
        perPage.setId("wallKitPerPage");
        perPage.getItems().setAll(WallKitOptions.PER_PAGE.stream().sorted().toList());
        perPage.setCellFactory(list -> cell(item -> messages.get("wallkit.perPage." + item)));
        perPage.setButtonCell(cell(item -> messages.get("wallkit.perPage." + item)));
        perPage.setValue(model.perPageProperty().get());
        perPage.valueProperty().addListener((obs, old, chosen) -> model.perPageProperty().set(chosen));
        perPage.setAccessibleText(messages.get("wallkit.perPage"));

        Spinner<Integer> ticks = new Spinner<>(1, VotingRule.MAX_DOTS, model.ticksProperty().get());
        ticks.setId("wallKitTicks");
        ticks.setEditable(true);
        ticks.setPrefWidth(90);
        ticks.valueProperty().addListener((obs, old, chosen) -> model.ticksProperty().set(chosen));
        ticks.setAccessibleText(messages.get("wallkit.ticks"));
        ticks.disableProperty().bind(model.ballotsProperty().not());

        TextField file = new TextField();
        file.setId("wallKitFile");
        file.textProperty().bindBidirectional(model.fileProperty());
        file.setAccessibleText(messages.get("wallkit.file"));
        file.setPrefColumnCount(24);
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = button("wallKitChoose", "wallkit.choose");
        choose.setOnAction(event -> choose(stage, file));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, parts, partBoxes);
        grid.addRow(1, labelFor("wallkit.paper", paper), paper);
        grid.addRow(2, labelFor("wallkit.perPage", perPage), perPage);
        grid.addRow(3, labelFor("wallkit.ticks", ticks), ticks);
        grid.addRow(4, labelFor("wallkit.file", file), new HBox(6, file, choose));
        return grid;
    }

    private Node preview() {
        ImageView page = new ImageView();
        page.setId("wallKitPreview");
        page.setFitWidth(300);
        page.setFitHeight(420);
        page.setPreserveRatio(true);
        page.imageProperty().bind(model.previewProperty().map(WallKitModel.Picture::toImage));
        page.setAccessibleText(messages.get("wallkit.preview"));
        StackPane frame = new StackPane(page);
        frame.setMinSize(300, 420);
        frame.getStyleClass().add("wall-kit-preview");
        Label caption = new Label(messages.get("wallkit.preview"));
        caption.setLabelFor(page);
        return new VBox(6, caption, frame);
    }

    private void choose(Stage stage, TextField file) {
        Path current = Path.of(file.getText().isBlank() ? "kit.pdf" : file.getText().strip());
        dialogs.savePdf(stage, messages.get("wallkit.title"), current).ifPresent(chosen -> file.setText(chosen.toString()));
    }

    /** A text that wraps to as many lines as it needs, never cut short with an ellipsis. */
    private static void wrap(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    private CheckBox check(String id, String key, boolean selected) {
        CheckBox box = new CheckBox(messages.get(key));
        box.setId(id);
        box.setSelected(selected);
        return box;
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private Label labelFor(String key, Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
