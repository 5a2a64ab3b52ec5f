package org.hurdleboard.domain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hurdleboard.domain.Card;
import org.hurdleboard.domain.Discussion;
import org.hurdleboard.domain.Item;
import org.hurdleboard.domain.ItemKind;
import org.hurdleboard.domain.Session;

/**
 * What the discuss stage produced: each discussed card with its notes, ideas, actions and
 * champions (by card number); every action by owner then due date; the parking lot; and the
 * cards the room added to the deck. Empty for a workshop that never got past voting.
 */
public record DiscussionReport(List<DiscussedCard> cards, List<ReportedAction> actions, List<String> parkingLot,
                               List<AddedCard> addedCards) {
    public static final DiscussionReport NONE = new DiscussionReport(List.of(), List.of(), List.of(), List.of());

    public DiscussionReport {
        cards = List.copyOf(cards);
        actions = List.copyOf(actions);
        parkingLot = List.copyOf(parkingLot);
        addedCards = List.copyOf(addedCards);
    }

    /** One discussed card. {@code added} marks a card the room added in this workshop. */
    public record DiscussedCard(int cardNumber, String title, boolean added, int champions, List<String> notes,
                                List<String> ideas, List<ReportedAction> actions) {
        public DiscussedCard {
            Objects.requireNonNull(title, "title");
            notes = List.copyOf(notes);
            ideas = List.copyOf(ideas);
            actions = List.copyOf(actions);
        }
    }

    /** An action as a report shows it; {@code due} is null when none was given. */
    public record ReportedAction(int cardNumber, String cardTitle, String what, String owner,
                                 java.time.LocalDate due, org.hurdleboard.domain.ActionState state) {
        public ReportedAction {
            Objects.requireNonNull(cardTitle, "cardTitle");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(state, "state");
        }
    }

    /** A hurdle the room named that the deck did not have. */
    public record AddedCard(int cardNumber, String categoryId, String title, String statement) {
        public AddedCard {
            Objects.requireNonNull(categoryId, "categoryId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(statement, "statement");
        }
    }

    public boolean isEmpty() {
        return cards.isEmpty() && parkingLot.isEmpty() && addedCards.isEmpty();
    }

    public boolean isAdded(int cardNumber) {
        return addedCards.stream().anyMatch(card -> card.cardNumber() == cardNumber);
    }

    static DiscussionReport of(Session session) {
        Discussion discussion = session.discussion();
        List<DiscussedCard> cards = new ArrayList<>();
        for (int number : discussion.discussedCards()) {
            String title = session.deck().card(number).map(Card::title).orElse("");
            cards.add(new DiscussedCard(number, title, session.isAddedInSession(number), discussion.champions(number),
                    texts(discussion.items(ItemKind.NOTE, number)), texts(discussion.items(ItemKind.IDEA, number)),
                    discussion.items(ItemKind.ACTION, number).stream().map(action -> reported(session, action)).toList()));
        }
        List<AddedCard> added = new ArrayList<>();
        for (int number : session.addedCards()) {
            session.deck().card(number).ifPresent(card -> added.add(new AddedCard(number, card.categoryId(),
                    card.title(), card.statement())));
        }
        return new DiscussionReport(cards,
                discussion.actionsByOwner().stream().map(action -> reported(session, action)).toList(),
                texts(discussion.parkingLot()), added);
    }

    private static ReportedAction reported(Session session, Item action) {
        String title = session.deck().card(action.cardNumber()).map(Card::title).orElse("");
        return new ReportedAction(action.cardNumber(), title, action.text(), action.owner(), action.due(),
                action.state());
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }
}
