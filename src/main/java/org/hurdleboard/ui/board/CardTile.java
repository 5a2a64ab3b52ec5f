package org.hurdleboard.ui.board;

import java.util.function.Supplier;
import javafx.animation.FadeTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.CardStatus;
import org.hurdleboard.domain.Category;
import org.hurdleboard.ui.common.CategoryIcons;
import org.hurdleboard.ui.common.Messages;

/**
 * One card on the board: number, short title, status (icon and word) and vote count, with its
 * category's colour as a band down its side (the category's name heads its group). Focusing a card
 * selects it. It shows only what the room may see: while counts are hidden, a card with votes
 * looks exactly like one without. In the heat view its shade says how many votes it has.
 */
final class CardTile extends HBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass VOTED = PseudoClass.getPseudoClass("voted");
    private static final PseudoClass PEEK = PseudoClass.getPseudoClass("peek");
    private static final PseudoClass OUT_OF_ROUND = PseudoClass.getPseudoClass("out-of-round");
    /** Heat shades, lightest to darkest; a card without votes has none. */
    static final int HEAT_LEVELS = 4;
    private static final Duration REVEAL_TIME = Duration.millis(700);
    private static final PseudoClass[] HEAT = {
        PseudoClass.getPseudoClass("heat1"), PseudoClass.getPseudoClass("heat2"),
        PseudoClass.getPseudoClass("heat3"), PseudoClass.getPseudoClass("heat4"),
    };

    private final Card card;

    CardTile(Card card, Category category, BoardViewModel model, Messages messages, Audience audience) {
        this.card = card;
        setId("card-" + card.number());
        getStyleClass().addAll("card", "category-" + category.colour());
        setAlignment(Pos.CENTER_LEFT);
        setFocusTraversable(audience == Audience.FACILITATOR);

        Label number = new Label(String.valueOf(card.number()));
        number.getStyleClass().add("card-number");
        number.setMinWidth(USE_PREF_SIZE);
        Label title = new Label(card.title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("card-votes");
        count.setMinWidth(USE_PREF_SIZE);
        var votes = model.votesFor(audience, card);
        count.textProperty().bind(votes.asString());
        // an empty badge keeps its space, so a first vote never shifts the title
        count.visibleProperty().bind(votes.greaterThan(0));
        // the category by its shape too, for rooms that cannot tell its colour
        Label icon = new Label();
        icon.getStyleClass().add("card-icon");
        icon.setMinWidth(USE_PREF_SIZE);
        CategoryIcons.show(icon, category.icon());
        // under the number, so the title keeps its width
        VBox identity = new VBox(number, icon);
        identity.getStyleClass().add("card-identity");
        identity.setAlignment(Pos.CENTER_RIGHT);
        identity.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(identity, title, count);
        // most cards never show either badge: each is made the first time its card needs it, which
        // leaves a 50-card board 100 labels (300 nodes, with their skins and CSS) lighter to build
        var plan = model.planProperty(card);
        addWhenNeeded(plan, BoardViewModel.Plan.NONE, () -> planBadge(plan, messages), count);
        var status = model.statusProperty(card);
        addWhenNeeded(status, CardStatus.NONE, () -> new StatusBadge(status, messages), count);

        votes.addListener((obs, old, now) -> pseudoClassStateChanged(VOTED, now.intValue() > 0));
        votes.addListener((obs, old, now) -> {
            if (model.isRevealing() && model.presenting().animateRevealProperty().get() && now.intValue() > 0) {
                fadeIn(count);
            }
        });
        pseudoClassStateChanged(VOTED, votes.get() > 0);
        if (audience == Audience.FACILITATOR) {
            // a count the room cannot see (the console's differs from the room's only while peeking) looks
            // different, so the facilitator never reads one out by mistake
            var roomVotes = model.shownVotesProperty(card);
            Runnable peek = () -> count.pseudoClassStateChanged(PEEK, votes.get() != roomVotes.get());
            votes.addListener((obs, old, now) -> peek.run());
            roomVotes.addListener((obs, old, now) -> peek.run());
            peek.run();
        }
        var inRound = model.inRoundProperty(card);
        inRound.addListener((obs, old, now) -> pseudoClassStateChanged(OUT_OF_ROUND, !now));
        pseudoClassStateChanged(OUT_OF_ROUND, !inRound.get());
        Runnable heat = () -> showHeat(model.heatViewProperty().get(), votes.get(), model.maxShownVotesProperty().get());
        votes.addListener((obs, old, now) -> heat.run());
        model.maxShownVotesProperty().addListener((obs, old, now) -> heat.run());
        model.heatViewProperty().addListener((obs, old, now) -> heat.run());
        heat.run();
        Runnable ring = () -> pseudoClassStateChanged(SELECTED, model.selectedProperty().get() == card
                && (audience == Audience.FACILITATOR || !model.selectionPrivateProperty().get()));
        model.selectedProperty().addListener((obs, old, now) -> ring.run());
        model.selectionPrivateProperty().addListener((obs, old, now) -> ring.run());
        ring.run();
        setAccessibleRole(AccessibleRole.BUTTON);
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.get("board.card.accessible",
                card.number(), category.name(), card.title(), votesText(messages, votes.get()))
                + planText(messages, plan.get()), votes, plan));
        if (audience == Audience.FACILITATOR) {
            takeInput(model, messages);
        }
    }

    /** Focus selects the card; a click or tap selects it too and, in a dot vote, places a dot. */
    private void takeInput(BoardViewModel model, Messages messages) {
        focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                model.select(card);
            }
        });
        setOnMousePressed(event -> {
            requestFocus();
            // in a dot vote a click or a tap on a card places a dot, as a sticker on a wall would
            if (model.voting().dotRoundProperty().get()) {
                model.addVote();
            }
            event.consume();
        });
        // the scroll pane around the board would take the focus on a click; the card keeps it
        setOnMouseClicked(MouseEvent::consume);
        setAccessibleHelp(messages.get("board.card.help"));
    }

    /**
     * Adds the badge before {@code next} once the value is other than {@code none}, now or later;
     * the badge then follows the value itself (hiding again, out of the layout, when it goes back).
     * The plan's badge, added first, stays before the status's: the order the card reads in.
     */
    private <T> void addWhenNeeded(ObservableValue<T> value, T none, Supplier<Node> badge, Node next) {
        if (!none.equals(value.getValue())) {
            getChildren().add(getChildren().indexOf(next), badge.get());
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> observable, T old, T now) {
                if (!none.equals(now)) {
                    value.removeListener(this);
                    Node made = badge.get();
                    // the status's badge goes after the plan's, whichever was needed first
                    int at = made instanceof StatusBadge ? getChildren().indexOf(next)
                            : firstIndexOf(StatusBadge.class, getChildren().indexOf(next));
                    getChildren().add(at, made);
                }
            }
        });
    }

    private int firstIndexOf(Class<?> type, int otherwise) {
        for (int i = 0; i < getChildren().size(); i++) {
            if (type.isInstance(getChildren().get(i))) {
                return i;
            }
        }
        return otherwise;
    }

    /**
     * What the discuss stage found for the card, as an icon and a word ("Ideas", "Actions"), never
     * colour alone; nothing for a card without either.
     */
    private static Label planBadge(ObservableValue<BoardViewModel.Plan> plan, Messages messages) {
        Label badge = new Label();
        badge.getStyleClass().add("plan-badge");
        javafx.scene.layout.Region icon = new javafx.scene.layout.Region();
        icon.getStyleClass().add("plan-icon");
        badge.setGraphic(icon);
        badge.setMinWidth(USE_PREF_SIZE);
        Runnable show = () -> {
            BoardViewModel.Plan now = plan.getValue();
            badge.setVisible(now != BoardViewModel.Plan.NONE);
            badge.setManaged(badge.isVisible());
            badge.setText(now == BoardViewModel.Plan.ACTIONS ? messages.get("discuss.tile.actions")
                    : now == BoardViewModel.Plan.IDEAS ? messages.get("discuss.tile.ideas") : "");
        };
        plan.addListener((obs, old, now) -> show.run());
        show.run();
        return badge;
    }

    static String planText(Messages messages, BoardViewModel.Plan plan) {
        return switch (plan) {
            case NONE -> "";
            case IDEAS -> " " + messages.get("discuss.tile.ideas.accessible");
            case ACTIONS -> " " + messages.get("discuss.tile.actions.accessible");
        };
    }

    /** The reveal: the count fades in over most of a second, calm enough for a room to follow. */
    private static void fadeIn(Label count) {
        FadeTransition fade = new FadeTransition(REVEAL_TIME, count);
        fade.setFromValue(0);
        fade.setToValue(1);
        fade.play();
    }

    private void showHeat(boolean heatView, int votes, int max) {
        int level = heatLevel(heatView ? votes : 0, max);
        for (int i = 0; i < HEAT.length; i++) {
            pseudoClassStateChanged(HEAT[i], level == i + 1);
        }
    }

    /** 0 for no votes, else 1 to {@link #HEAT_LEVELS} by the share of the most votes any card has. */
    static int heatLevel(int votes, int max) {
        if (votes <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.ceil((double) votes * HEAT_LEVELS / max));
    }

    static String votesText(Messages messages, int votes) {
        if (votes == 0) {
            return messages.get("board.card.votes.none");
        }
        return votes == 1 ? messages.get("board.card.votes.one") : messages.get("board.card.votes.many", votes);
    }

    Card card() {
        return card;
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            requestFocus();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}
