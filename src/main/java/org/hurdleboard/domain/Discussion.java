package org.hurdleboard.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the room said in the discuss stage: for each card its notes, ideas, actions and number of
 * champions, and the parking lot. Each list keeps the order the facilitator gave it. Changed only
 * through its session, so every change is undoable and stored.
 */
public final class Discussion {
    private record ListKey(ItemKind kind, int cardNumber) {
    }

    /** By kind, then card: a stable order for writing and comparing. */
    private final Map<ListKey, List<Item>> lists = new TreeMap<>(
            Comparator.comparing(ListKey::kind).thenComparingInt(ListKey::cardNumber));
    private final Map<Integer, Integer> champions = new HashMap<>();
    private long highestId;

    Discussion() {
    }

    /** The items of one kind on one card (card 0 for the parking lot), in order. */
    public List<Item> items(ItemKind kind, int cardNumber) {
        return List.copyOf(lists.getOrDefault(new ListKey(kind, cardNumber), List.of()));
    }

    /** Every item, list by list (by kind, then card), each list in order; for writing a whole session. */
    public List<Item> all() {
        List<Item> all = new ArrayList<>();
        lists.values().forEach(all::addAll);
        return all;
    }

    public List<Item> parkingLot() {
        return items(ItemKind.PARKED, 0);
    }

    /** Every action, by owner (ignoring case, the unowned last), then due date (undated last), then card. */
    public List<Item> actionsByOwner() {
        List<Item> actions = new ArrayList<>();
        lists.forEach((key, items) -> {
            if (key.kind() == ItemKind.ACTION) {
                actions.addAll(items);
            }
        });
        actions.sort(BY_OWNER_THEN_DUE);
        return actions;
    }

    public static final Comparator<Item> BY_OWNER_THEN_DUE = Comparator
            .comparing((Item item) -> item.owner().isBlank())
            .thenComparing(item -> item.owner().strip(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(Item::cardNumber)
            .thenComparingLong(Item::id);

    /** The cards with at least one champion, and how many. */
    public Map<Integer, Integer> allChampions() {
        return Map.copyOf(champions);
    }

    public int champions(int cardNumber) {
        return champions.getOrDefault(cardNumber, 0);
    }

    /** Whether the room found a way forward for this card: an idea or an action. */
    public boolean hasIdeasOrActions(int cardNumber) {
        return !items(ItemKind.IDEA, cardNumber).isEmpty() || !items(ItemKind.ACTION, cardNumber).isEmpty();
    }

    /** Whether anything was captured for this card: an item or a champion. */
    public boolean isDiscussed(int cardNumber) {
        return champions(cardNumber) > 0 || lists.entrySet().stream()
                .anyMatch(list -> list.getKey().cardNumber() == cardNumber && !list.getValue().isEmpty());
    }

    /** The cards with anything captured, by number. */
    public Set<Integer> discussedCards() {
        Set<Integer> cards = new TreeSet<>(champions.keySet());
        lists.forEach((key, items) -> {
            if (key.cardNumber() > 0 && !items.isEmpty()) {
                cards.add(key.cardNumber());
            }
        });
        return cards;
    }

    /** The id the next captured item gets: never one used before in this session. */
    public long nextId() {
        return highestId + 1;
    }

    /** Restores a stored item at the end of its list without telling anyone; for loading in order. */
    void restore(Item item) {
        list(item).add(item);
        highestId = Math.max(highestId, item.id());
    }

    void restoreChampions(int cardNumber, int count) {
        if (count == 0) {
            champions.remove(cardNumber);
        } else {
            champions.put(cardNumber, count);
        }
    }

    void apply(DiscussionChange change) {
        if (change instanceof ItemAdded added) {
            List<Item> list = list(added.item());
            expect(added.position() <= list.size(), "no position " + added.position() + " in " + list);
            expect(find(added.item().id()) == null, "item " + added.item().id() + " exists already");
            list.add(added.position(), added.item());
            highestId = Math.max(highestId, added.item().id());
        } else if (change instanceof ItemRemoved removed) {
            List<Item> list = list(removed.item());
            expect(at(list, removed.position()).equals(removed.item()), "item is not " + removed.item());
            list.remove(removed.position());
        } else if (change instanceof ItemEdited edited) {
            List<Item> list = list(edited.before());
            int position = list.indexOf(edited.before());
            expect(position >= 0, "item is not " + edited.before());
            list.set(position, edited.after());
        } else if (change instanceof ItemMoved moved) {
            List<Item> list = list(moved.item());
            expect(at(list, moved.from()).equals(moved.item()) && moved.to() < list.size(),
                    "cannot move " + moved.item() + " to " + moved.to());
            list.add(moved.to(), list.remove(moved.from()));
        } else if (change instanceof ChampionsSet set) {
            expect(champions(set.cardNumber()) == set.before(), "card " + set.cardNumber() + " has "
                    + champions(set.cardNumber()) + " champions, not " + set.before());
            restoreChampions(set.cardNumber(), set.after());
        }
    }

    private Item find(long id) {
        for (List<Item> list : lists.values()) {
            for (Item item : list) {
                if (item.id() == id) {
                    return item;
                }
            }
        }
        return null;
    }

    private static Item at(List<Item> list, int position) {
        expect(position < list.size(), "no position " + position + " in " + list);
        return list.get(position);
    }

    private List<Item> list(Item item) {
        return lists.computeIfAbsent(new ListKey(item.kind(), item.cardNumber()), key -> new ArrayList<>());
    }

    private static void expect(boolean condition, String otherwise) {
        if (!condition) {
            throw new IllegalStateException(otherwise);
        }
    }
}
