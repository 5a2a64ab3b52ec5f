package org.hurdleboard.ui.board;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Round;
import org.hurdleboard.ui.common.Messages;
import org.hurdleboard.ui.common.Navigator;

/**
 * The voting controls in a narrow column at the board's right edge, where the board has width to
 * spare (so it keeps its height and the selected card its width): whose turn it is in a dot vote,
 * which round is shown (and adding one), the reveal, the card's status, counts typed from a paper wall, and the
 * board, ranking and heat views.
 */
final class VotingBar extends VBox {
    enum View { BOARD, RANKING, HEAT }

    /** Narrow enough to leave the board its columns at 1280 px wide; long texts wrap onto more lines. */
    private static final double COLUMN_WIDTH = 160;

    private final BoardViewModel model;
    private final Messages messages;
    private final Navigator navigator;
    private final MenuButton rounds = new WrappingMenuButton();
    private final SegmentedButton viewSwitch = new SegmentedButton();
    private final ToggleGroup views = viewSwitch.getToggleGroup();
    private final ReadOnlyObjectWrapper<View> view = new ReadOnlyObjectWrapper<>(View.BOARD);

    VotingBar(BoardViewModel model, Messages messages, Navigator navigator, Runnable openWallEntry) {
        this.model = model;
        this.messages = messages;
        this.navigator = navigator;
        setId("votingBar");
        // in presentation mode the room sees whose turn it is in a dot vote, and no menus otherwise
        visibleProperty().bind(model.presenting().presentingProperty().not().or(model.voting().dotRoundProperty()));
        managedProperty().bind(visibleProperty());
        getStyleClass().add("voting-bar");
        setAlignment(Pos.TOP_CENTER);

        rounds.setId("roundMenu");
        rounds.setMinWidth(0);
        rounds.setWrapText(true);
        rounds.setMinHeight(USE_PREF_SIZE);
        rounds.setAccessibleHelp(messages.get("round.menu.help"));
        rounds.setOnShowing(event -> fillRoundMenu());
        rounds.textProperty().bind(Bindings.createStringBinding(() -> roundTitle(model.roundProperty().get()),
                model.roundProperty(), model.revisionProperty()));
        // a long question wraps in the column; the tooltip has it on one line
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(rounds.textProperty());
        rounds.setTooltip(whole);

        Button wall = wrapping(new Button(messages.get("wall.open")));
        wall.setId("openWallEntry");
        wall.setAccessibleHelp(messages.get("wall.open.help"));
        wall.setOnAction(event -> openWallEntry.run());
        wall.visibleProperty().bind(model.voting().dotRoundProperty().not());
        wall.managedProperty().bind(wall.visibleProperty());

        viewSwitch.setId("viewSwitch");
        viewSwitch.getStyleClass().add("view-switch");
        // the switch is its buttons: the keyboard and screen readers go to each of them, not to the bar
        viewSwitch.setFocusTraversable(false);
        viewSwitch.getButtons().addAll(viewButton(View.BOARD, "view.board"), viewButton(View.RANKING, "view.ranking"),
                viewButton(View.HEAT, "view.heat"));
        getChildren().addAll(new TurnStrip(model.voting(), messages), rounds, revealMenu(), statusMenu(), wall, viewSwitch);
        getChildren().forEach(control -> ((Region) control).setMaxWidth(Double.MAX_VALUE));
        setMinWidth(COLUMN_WIDTH);
        setPrefWidth(COLUMN_WIDTH);
        setMaxWidth(COLUMN_WIDTH);
        views.selectToggle(views.getToggles().get(0));
        // a view is always chosen: clicking the chosen one again keeps it
        views.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                views.selectToggle(old);
            } else {
                view.set((View) now.getUserData());
            }
        });
    }

    private String roundTitle(Round round) {
        int index = model.voting().rounds().indexOf(round) + 1;
        return messages.get("round.title", index, model.voting().rounds().size(), round.question());
    }

    private void fillRoundMenu() {
        rounds.getItems().clear();
        ToggleGroup group = new ToggleGroup();
        for (Round round : model.voting().rounds()) {
            RadioMenuItem item = new RadioMenuItem(roundTitle(round));
            item.setId("round-" + round.id());
            item.setToggleGroup(group);
            item.setSelected(round.equals(model.roundProperty().get()));
            item.setOnAction(event -> model.showRound(round));
            rounds.getItems().add(item);
        }
        MenuItem add = new MenuItem(messages.get("round.add"));
        add.setId("addRound");
        add.setDisable(model.isReadOnly());
        add.setOnAction(event -> new RoundDialog(messages, model.voting(), navigator.dialogs()).addNew(navigator.window()));
        MenuItem rule = new MenuItem(messages.get("round.rule"));
        rule.setId("changeRule");
        rule.setDisable(model.isReadOnly() || model.voting().hasVotes());
        rule.setOnAction(event -> new RoundDialog(messages, model.voting(), navigator.dialogs()).askRule(navigator.window())
                .ifPresent(model.voting()::changeSettings));
        MenuItem names = new MenuItem(messages.get("names.menu"));
        names.setId("participantNamesItem");
        names.setDisable(model.isReadOnly());
        names.setOnAction(event -> new RoundDialog(messages, model.voting(), navigator.dialogs()).askNames(navigator.window())
                .ifPresent(model.voting()::setParticipantNames));
        rounds.getItems().addAll(new SeparatorMenuItem(), add, rule, names);
    }

    /** The status of the selected card, for the mouse or a touch screen; S does the same from the board. */
    /** The way on from voting: the discuss stage (D), and a hurdle the room names that the deck lacks. */
    void addStageButtons(Runnable discuss, Runnable addRoomCard) {
        Button toDiscuss = wrapping(new Button(messages.get("discuss.open")));
        toDiscuss.setId("openDiscuss");
        toDiscuss.setAccessibleHelp(messages.get("discuss.open.help"));
        toDiscuss.setOnAction(event -> discuss.run());
        Button addCard = wrapping(new Button(messages.get("discuss.addCard.open")));
        addCard.setId("openRoomCard");
        addCard.setOnAction(event -> addRoomCard.run());
        toDiscuss.setMaxWidth(Double.MAX_VALUE);
        addCard.setMaxWidth(Double.MAX_VALUE);
        addCard.setDisable(model.isReadOnly());
        getChildren().addAll(toDiscuss, addCard);
    }

    /** A follow-up's first stage, "Since last time", to go back to from the board. */
    void addFollowUpButton(Runnable sinceLastTime) {
        Button button = wrapping(new Button(messages.get("sinceLast.open")));
        button.setId("openSinceLast");
        button.setAccessibleHelp(messages.get("sinceLast.open.help"));
        button.setOnAction(event -> sinceLastTime.run());
        button.setMaxWidth(Double.MAX_VALUE);
        getChildren().add(button);
    }

    private MenuButton statusMenu() {
        MenuButton menu = new MenuButton(messages.get("status.menu"));
        menu.setId("statusMenu");
        menu.getStyleClass().add("status-menu");
        menu.setAccessibleHelp(messages.get("status.menu.help"));
        menu.setFocusTraversable(false);
        for (CardStatus status : CardStatus.values()) {
            MenuItem item = new MenuItem(messages.get("status." + status.name()));
            item.setId("status-" + StatusBadge.cssName(status));
            item.setOnAction(event -> model.voting().setStatus(status));
            menu.getItems().add(item);
        }
        if (model.isReadOnly()) {
            menu.setDisable(true);
        } else {
            menu.disableProperty().bind(model.selectedProperty().isNull());
        }
        return menu;
    }

    private MenuButton revealMenu() {
        MenuItem all = new MenuItem(messages.get("reveal.all"));
        all.setId("revealAll");
        all.setOnAction(event -> model.voting().revealAll());
        MenuItem category = new MenuItem(messages.get("reveal.category"));
        category.setId("revealCategory");
        category.setOnAction(event -> model.voting().revealCategory());
        MenuItem card = new MenuItem(messages.get("reveal.card"));
        card.setId("revealCard");
        card.setOnAction(event -> model.voting().revealCard());
        MenuItem hide = new MenuItem(messages.get("reveal.hideAgain"));
        hide.setId("hideAgain");
        hide.setOnAction(event -> model.voting().hideAgain());
        CheckMenuItem animate = new CheckMenuItem(messages.get("reveal.animate"));
        animate.setId("animateReveal");
        animate.selectedProperty().bindBidirectional(model.presenting().animateRevealProperty());
        MenuButton menu = new MenuButton(messages.get("reveal.menu"), null, all, category, card, hide,
                new SeparatorMenuItem(), animate);
        menu.setId("revealMenu");
        menu.setAccessibleHelp(messages.get("reveal.menu.help"));
        menu.visibleProperty().bind(model.voting().hidesVotesProperty());
        menu.managedProperty().bind(menu.visibleProperty());
        menu.disableProperty().set(model.isReadOnly());
        return menu;
    }

    /**
     * A menu button whose wrapped text is measured at the width its text gets. JavaFX's skin measures
     * it at the whole button's width, arrow and padding included, so a question that needs a third
     * line was given two and ended in "...".
     */
    private static final class WrappingMenuButton extends MenuButton {
        @Override
        protected double computePrefHeight(double width) {
            if (width < 0) {
                return super.computePrefHeight(width);
            }
            double arrow = lookup(".arrow-button") instanceof Region button ? button.prefWidth(-1) : 0;
            return super.computePrefHeight(Math.max(0, width - snappedLeftInset() - snappedRightInset() - arrow));
        }
    }

    /** A button whose text takes a second line in the narrow column rather than being cut short. */
    private static Button wrapping(Button button) {
        button.setWrapText(true);
        button.setMinHeight(USE_PREF_SIZE);
        return button;
    }

    /**
     * One segment of the view switch. Space or Enter on it shows its view and does nothing else: it
     * never leaves no view chosen, and the key goes no further (Space on the board places a dot).
     */
    private ToggleButton viewButton(View choice, String key) {
        ToggleButton button = new ToggleButton(messages.get(key));
        button.setId("view-" + choice.name().toLowerCase(Locale.ROOT));
        button.setUserData(choice);
        // the switch's own group: the segmented bar puts its buttons in it only when it is drawn
        button.setToggleGroup(views);
        button.setAccessibleHelp(messages.get(key + ".help"));
        button.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(button, Priority.ALWAYS);
        button.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER) {
                views.selectToggle(button);
                event.consume();
            }
        });
        button.addEventFilter(KeyEvent.KEY_RELEASED, event -> {
            if (event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER) {
                event.consume();
            }
        });
        return button;
    }

    void show(View chosen) {
        views.getToggles().stream().filter(toggle -> toggle.getUserData() == chosen).findFirst()
                .ifPresent(views::selectToggle);
    }

    ReadOnlyObjectProperty<View> viewProperty() {
        return view.getReadOnlyProperty();
    }
}
