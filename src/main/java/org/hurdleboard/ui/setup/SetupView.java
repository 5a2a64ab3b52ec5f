package org.hurdleboard.ui.setup;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.converter.LocalDateStringConverter;
import org.hurdleboard.ui.common.InitialFocus;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;
import org.hurdleboard.ui.common.ScrollPanes;
import org.hurdleboard.ui.common.ValidationMark;
import org.hurdleboard.ui.common.VotingRuleForm;

/** The set-up form for a new workshop. It only binds to its model; the model decides what is valid. */
public final class SetupView {
    private final SetupViewModel model;
    private final Messages messages;
    private final Navigator navigator;
    private final ScrollPane root = ScrollPanes.uncached(null);
    private final GridPane form = new GridPane();
    private int row;

    public SetupView(SetupViewModel model, Messages messages, Navigator navigator) {
        this.model = model;
        this.messages = messages;
        this.navigator = navigator;
        build();
    }

    public Parent root() {
        return root;
    }

    private void build() {
        Label heading = new Label(messages.get("setup.heading"));
        heading.getStyleClass().add("screen-heading");
        Label intro = new Label(messages.get("setup.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("screen-intro");

        form.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);

        addFollowUpRow();

        TextField title = textField("titleField", "setup.title.prompt");
        title.textProperty().bindBidirectional(model.titleProperty());
        addRow("setup.title", title, model.titleErrorProperty());

        TextField team = textField("teamField", null);
        team.textProperty().bindBidirectional(model.teamProperty());
        addRow("setup.team", team, model.teamErrorProperty());

        DatePicker date = new DatePicker();
        date.setId("dateField");
        // dates as the facilitator writes them (29/11/2026 in the UK), not in the JVM's default style
        DateTimeFormatter dateFormat = shortDateWithFullYear(messages.locale());
        date.setConverter(new LocalDateStringConverter(dateFormat, dateFormat));
        date.valueProperty().bindBidirectional(model.dateProperty());
        addRow("setup.date", date, model.dateErrorProperty());

        TextField facilitator = textField("facilitatorField", null);
        facilitator.textProperty().bindBidirectional(model.facilitatorProperty());
        addRow("setup.facilitator", facilitator, model.facilitatorErrorProperty());

        TextField participants = textField("participantsField", null);
        participants.setPrefColumnCount(5);
        participants.setMaxWidth(Region.USE_PREF_SIZE);
        participants.setAccessibleHelp(messages.get("setup.participants.help"));
        participants.textProperty().bindBidirectional(model.participantsProperty());
        addRow("setup.participants", participants, model.participantsErrorProperty());

        DeckChoiceView deck = new DeckChoiceView(model.deckChoice(), messages, navigator);
        addRow("setup.deck", deck, null, deck.picker());
        addVotingRow();

        TextField file = textField("fileField", null);
        file.textProperty().bindBidirectional(model.fileProperty());
        file.setAccessibleHelp(messages.get("setup.file.help"));
        Button choose = new Button(messages.get("setup.file.choose"));
        choose.setId("chooseFile");
        choose.setAccessibleHelp(messages.get("setup.file.help"));
        choose.setOnAction(event -> chooseFile());
        HBox fileRow = new HBox(file, choose);
        fileRow.getStyleClass().add("field-with-button");
        HBox.setHgrow(file, Priority.ALWAYS);
        addRow("setup.file", fileRow, model.fileErrorProperty(), file);

        Button create = new Button(messages.get("setup.create"));
        create.setId("createWorkshop");
        create.setDefaultButton(true);
        create.getStyleClass().add("big-button");
        create.setOnAction(event -> {
            if (!model.create()) {
                focusFirstError(title, participants, file);
            }
        });
        Button cancel = new Button(messages.get("setup.cancel"));
        cancel.setId("cancelSetup");
        cancel.setCancelButton(true);
        cancel.getStyleClass().add("big-button");
        cancel.setOnAction(event -> model.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("small-progress");
        Label creating = new Label(messages.get("setup.creating"));
        HBox working = new HBox(progress, creating);
        working.getStyleClass().add("status-row");
        working.visibleProperty().bind(model.busyProperty());
        HBox buttons = new HBox(create, cancel, working);
        buttons.getStyleClass().add("form-buttons");
        form.disableProperty().bind(model.busyProperty());
        create.disableProperty().bind(model.busyProperty());

        VBox page = new VBox(heading, intro, form, buttons);
        page.getStyleClass().add("form-page");
        StackPane centred = new StackPane(page);
        StackPane.setAlignment(page, Pos.TOP_CENTER);
        centred.getStyleClass().add("setup-screen");
        root.setContent(ValidationMark.area(centred));
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.getStyleClass().add("screen-scroll");
        InitialFocus.whenShown(title);
    }

    private TextField textField(String id, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        if (promptKey != null) {
            field.setPromptText(messages.get(promptKey));
        }
        return field;
    }

    private void addRow(String labelKey, Node field, ReadOnlyStringProperty error) {
        addRow(labelKey, field, error, field);
    }

    /** A label, its field and, under the field, the field's error; the label names the field for screen readers. */
    private void addRow(String labelKey, Node field, ReadOnlyStringProperty error, Node labelled) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(labelled);
        label.getStyleClass().add("form-label");
        form.add(label, 0, row);
        form.add(field, 1, row);
        row++;
        if (error != null) {
            Label message = new Label();
            String id = labelled.getId();
            message.setId(id.contains("Field") ? id.replace("Field", "Error") : id + "Error");
            message.getStyleClass().add("error-message");
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            message.textProperty().bind(error);
            message.visibleProperty().bind(error.isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
            form.add(message, 1, row);
            row++;
            if (labelled instanceof Control control) {
                ValidationMark.follow(control, error);
            }
            String help = labelled.getAccessibleHelp();
            error.addListener((obs, old, now) -> labelled.setAccessibleHelp(now.isEmpty() ? help : now));
        }
    }

    /**
     * Which workshop this one follows up (none, or its title and date), and the choosers: a file,
     * or a folder holding a series; choosing starts set-up again with that workshop's defaults.
     */
    private void addFollowUpRow() {
        Label followsUp = new Label(model.followsUp());
        followsUp.setId("followsUp");
        followsUp.setWrapText(true);
        followsUp.setMinHeight(Region.USE_PREF_SIZE);
        Button file = new Button(messages.get("setup.followUp.file"));
        file.setId("followUpFile");
        file.setAccessibleHelp(messages.get("setup.followUp.file.help"));
        file.setOnAction(event -> navigator.dialogs().openSession(navigator.window()).ifPresent(model::followUp));
        Button folder = new Button(messages.get("setup.followUp.folder"));
        folder.setId("followUpFolder");
        folder.setAccessibleHelp(messages.get("setup.followUp.folder.help"));
        folder.setOnAction(event -> navigator.dialogs().openFolder(navigator.window(),
                messages.get("setup.followUp.folder.title")).ifPresent(model::followUp));
        for (Button button : new Button[] {file, folder}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(file, folder);
        buttons.getStyleClass().add("field-with-button");
        VBox field = new VBox(4, followsUp, buttons);
        field.setId("followUpField");
        followsUp.setLabelFor(file);
        file.setAccessibleText(messages.get("setup.followUp.file") + ". " + model.followsUp());
        addRow("setup.followsUp", field, model.followUpErrorProperty(), file);
    }

    /** How the first round is voted; kept apart so the rest of the form can change without it. */
    private void addVotingRow() {
        VotingRuleForm voting = new VotingRuleForm(messages, model.roundSettingsProperty().get());
        voting.setId("votingRule");
        model.roundSettingsProperty().bind(voting.settingsProperty());
        addRow("setup.voting", voting, null);
    }

    private void focusFirstError(TextField title, TextField participants, TextField file) {
        if (!model.titleErrorProperty().get().isEmpty()) {
            title.requestFocus();
        } else if (!model.participantsErrorProperty().get().isEmpty()) {
            participants.requestFocus();
        } else if (!model.fileErrorProperty().get().isEmpty()) {
            file.requestFocus();
        }
    }

    private void chooseFile() {
        navigator.dialogs().saveSession(navigator.window(), model.fileOrDefault()).ifPresent(model::chooseFile);
    }

    /**
     * The locale's short date with the year in full: Welsh's own "29/11/26" would refuse
     * "29/11/2026" as typed; this way Welsh reads and shows dates as UK English does.
     */
    private static DateTimeFormatter shortDateWithFullYear(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "y"), locale);
    }
}
