package org.hurdleboard.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The facilitator's actions in the discuss stage, each made into one change and applied to the
 * session, so each is one step of undo and one transaction in the file.
 */
public final class Capture {
    private final Session session;

    public Capture(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Adds a note, idea or parking-lot item (card 0) at the end of its list. */
    public Item add(ItemKind kind, int cardNumber, String text) {
        return append(Item.of(session.discussion().nextId(), kind, cardNumber, text));
    }

    public Item addAction(int cardNumber, String what, String owner, LocalDate due, ActionState state) {
        return append(Item.action(session.discussion().nextId(), cardNumber, what, owner, due, state));
    }

    private Item append(Item item) {
        session.apply(new ItemAdded(item, list(item).size()));
        return item;
    }

    /** Replaces an item with its edited self; nothing happens when nothing changed. */
    public Optional<ItemEdited> edit(Item current, Item edited) {
        if (current.equals(edited)) {
            return Optional.empty();
        }
        ItemEdited change = new ItemEdited(current, edited);
        session.apply(change);
        return Optional.of(change);
    }

    public void delete(Item item) {
        session.apply(new ItemRemoved(item, position(item)));
    }

    /** Moves an item {@code by} places up (negative) or down its list; false at either end. */
    public boolean move(Item item, int by) {
        int from = position(item);
        int to = from + by;
        if (to < 0 || to >= list(item).size() || by == 0) {
            return false;
        }
        session.apply(new ItemMoved(item, from, to));
        return true;
    }

    /** Sets how many champions a card has (never fewer than none); nothing happens when unchanged. */
    public Optional<ChampionsSet> champions(int cardNumber, int count) {
        int before = session.discussion().champions(cardNumber);
        int after = Math.max(0, count);
        if (before == after) {
            return Optional.empty();
        }
        ChampionsSet change = new ChampionsSet(cardNumber, before, after);
        session.apply(change);
        return Optional.of(change);
    }

    /** Adds the room's own hurdle to the session's deck, numbered after the deck's highest card. */
    public Card addCard(String categoryId, String title, String statement) {
        Card card = new Card(session.nextCardNumber(), categoryId, title, statement);
        session.apply(new CardAdded(card));
        return card;
    }

    private List<Item> list(Item item) {
        return session.discussion().items(item.kind(), item.cardNumber());
    }

    private int position(Item item) {
        int position = list(item).indexOf(item);
        if (position < 0) {
            throw new IllegalArgumentException("not in the discussion: " + item);
        }
        return position;
    }
}
