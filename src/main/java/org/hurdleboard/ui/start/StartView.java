package org.hurdleboard.ui.start;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hurdleboard.settings.RecentFiles;
import org.hurdleboard.settings.UserSettings.Language;
import org.hurdleboard.ui.common.InitialFocus;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;
import org.hurdleboard.ui.common.ScrollPanes;
import org.hurdleboard.ui.common.Shortcut;

/** The first screen: new workshop, open a file, try the demo, or pick a recent workshop. */
public final class StartView {

    private static final double RECENT_ROW_HEIGHT = 52;

    private final StartViewModel model;
    private final Messages messages;
    private final Navigator navigator;
    private final StackPane page = new StackPane();
    private final ScrollPane root = ScrollPanes.uncached(page);

    public StartView(StartViewModel model, Messages messages, Navigator navigator) {
        this.model = model;
        this.messages = messages;
        this.navigator = navigator;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        Label name = new Label(messages.get("app.name"));
        name.getStyleClass().add("start-title");
        name.setAccessibleRole(AccessibleRole.TEXT);
        Label tagline = new Label(messages.get("start.tagline"));
        tagline.getStyleClass().add("start-tagline");
        tagline.setWrapText(true);

        Button newWorkshop = action("start.new", "newWorkshop", model::newWorkshop);
        newWorkshop.setDefaultButton(true);
        Button open = action("start.open", "openFile", this::chooseAndOpen);
        Button followUp = action("start.followUp", "followUpWorkshop", this::chooseAndFollowUp);
        Button demo = action("start.demo", "tryDemo", model::openDemo);
        HBox actions = new HBox(newWorkshop, followUp, open, demo);
        actions.getStyleClass().add("start-actions");

        Label recentHeading = new Label(messages.get("start.recent"));
        recentHeading.getStyleClass().add("section-heading");
        ListView<RecentFiles.Entry> recent = recentList();
        recentHeading.setLabelFor(recent);

        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("small-progress");
        Label status = new Label();
        status.setId("startStatus");
        status.textProperty().bind(model.messageProperty());
        Label error = new Label();
        error.setId("startError");
        error.getStyleClass().add("error-message");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button recover = new Button();
        recover.setId("recoverFile");
        recover.textProperty().bind(model.recoveryLabelProperty());
        recover.setAccessibleHelp(messages.get("start.recover.help"));
        recover.setOnAction(event -> model.recover());
        recover.visibleProperty().bind(model.recoveryLabelProperty().isNotEmpty());
        recover.managedProperty().bind(recover.visibleProperty());
        recover.disableProperty().bind(model.busyProperty());
        HBox statusRow = new HBox(progress, status);
        statusRow.getStyleClass().add("status-row");
        statusRow.visibleProperty().bind(model.busyProperty());
        statusRow.managedProperty().bind(model.busyProperty());

        Label keys = new Label(messages.get("start.keys"));
        keys.getStyleClass().add("key-hints");

        actions.disableProperty().bind(model.busyProperty());
        recent.disableProperty().bind(model.busyProperty());

        VBox column = new VBox(languageRow(), name, tagline, actions, error, recover, statusRow, recentHeading, recent,
                howItWorks(), keys);
        column.getStyleClass().add("start-column");
        page.getChildren().add(column);
        page.getStyleClass().add("start-screen");
        // on a small screen the page scrolls rather than squeezing its texts into "..."
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.getStyleClass().add("screen-scroll");
        for (Label text : new Label[] {tagline, error}) {
            text.setMinHeight(Region.USE_PREF_SIZE);
        }
        StackPane.setAlignment(column, Pos.TOP_CENTER);

        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.NEW_WORKSHOP.matches(event)) {
                model.newWorkshop();
            } else if (Shortcut.OPEN_WORKSHOP.matches(event)) {
                chooseAndOpen();
            } else if (Shortcut.DEMO.matches(event)) {
                model.openDemo();
            } else {
                return;
            }
            event.consume();
        });
        InitialFocus.whenShown(newWorkshop);
    }

    /**
     * "Language: This computer's | English | Cymraeg", at the top so a Welsh speaker finds it
     * before reading anything else; each language is named in itself.
     */
    private HBox languageRow() {
        Label label = new Label(messages.get("start.language"));
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(label);
        for (Language language : Language.values()) {
            ToggleButton button = new ToggleButton(messages.get(switch (language) {
                case SYSTEM -> "start.language.system";
                case EN -> "start.language.en";
                case CY -> "start.language.cy";
            }));
            button.setId("language-" + language.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setSelected(language == model.language());
            button.setAccessibleText(label.getText() + ": " + button.getText());
            button.setAccessibleHelp(messages.get("start.language.help"));
            button.setOnAction(event -> model.chooseLanguage(language));
            row.getChildren().add(button);
        }
        label.setLabelFor(row.getChildren().get(1));
        row.getStyleClass().add("language-row");
        row.disableProperty().bind(model.busyProperty());
        return row;
    }

    /** Three lines for a facilitator who has never seen the app. */
    private VBox howItWorks() {
        Label heading = new Label(messages.get("start.how"));
        heading.getStyleClass().add("section-heading");
        VBox steps = new VBox(heading);
        for (String step : new String[] {"start.how.setUp", "start.how.vote", "start.how.saved"}) {
            Label line = new Label(messages.get(step));
            line.setWrapText(true);
            line.getStyleClass().add("how-step");
            line.setMinHeight(Region.USE_PREF_SIZE);
            steps.getChildren().add(line);
        }
        steps.getStyleClass().add("how-it-works");
        return steps;
    }

    private Button action(String key, String id, Runnable onAction) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.getStyleClass().add("big-button");
        button.setAccessibleHelp(messages.get(key + ".help"));
        button.setOnAction(event -> onAction.run());
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        return button;
    }

    private ListView<RecentFiles.Entry> recentList() {
        ListView<RecentFiles.Entry> list = new ListView<>(model.recent());
        list.setId("recentFiles");
        list.getStyleClass().add("recent-list");
        list.setAccessibleText(messages.get("start.recent"));
        list.setAccessibleHelp(messages.get("start.recent.help"));
        Label placeholder = new Label(messages.get("start.recent.empty"));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        // as tall as its entries (two rows when empty, ten at most), so the screen does not fill with white
        list.setFixedCellSize(RECENT_ROW_HEIGHT);
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(RecentFiles.MAX_ENTRIES, Math.max(2, model.recent().size())) * RECENT_ROW_HEIGHT + 4,
                model.recent()));
        list.setMinHeight(2 * RECENT_ROW_HEIGHT + 4);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RecentFiles.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setText(null);
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                Label title = new Label(entry.title().isBlank() ? entry.file().getFileName().toString() : entry.title());
                title.getStyleClass().add("recent-title");
                Label where = new Label(messages.get("start.recent.item", when.format(entry.openedAt()), entry.path()));
                where.getStyleClass().add("recent-path");
                setGraphic(new VBox(title, where));
                setText(null);
                setAccessibleText(title.getText() + ", " + where.getText());
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.openRecent(list.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.openRecent(list.getSelectionModel().getSelectedItem());
            }
        });
        return list;
    }

    private void chooseAndOpen() {
        navigator.dialogs().openSession(navigator.window()).ifPresent(model::open);
    }

    private void chooseAndFollowUp() {
        navigator.dialogs().openSession(navigator.window()).ifPresent(model::followUp);
    }
}
