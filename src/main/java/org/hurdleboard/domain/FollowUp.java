package org.hurdleboard.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a follow-up workshop knows of the ones before it: the link to the previous file, how each
 * earlier workshop of the series ended (oldest first), and the actions carried over with what the
 * room says of them now. Empty for a workshop that follows none. Changed only through its session.
 */
public final class FollowUp {
    private PreviousWorkshop previous;
    private final List<EarlierWorkshop> earlier = new ArrayList<>();
    private final List<CarriedAction> carried = new ArrayList<>();

    FollowUp() {
    }

    public boolean isFollowUp() {
        return previous != null;
    }

    public Optional<PreviousWorkshop> previous() {
        return Optional.ofNullable(previous);
    }

    /** The earlier workshops of the series, oldest first; the last is the previous one. */
    public List<EarlierWorkshop> earlier() {
        return List.copyOf(earlier);
    }

    public Optional<EarlierWorkshop> lastTime() {
        return earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1));
    }

    /** The actions carried over, in the order they are talked through. */
    public List<CarriedAction> carried() {
        return List.copyOf(carried);
    }

    public Optional<CarriedAction> carried(long id) {
        return carried.stream().filter(action -> action.id() == id).findFirst();
    }

    void restore(PreviousWorkshop link, List<EarlierWorkshop> workshops, List<CarriedAction> actions) {
        previous = link;
        earlier.clear();
        earlier.addAll(workshops);
        carried.clear();
        carried.addAll(actions);
    }

    void apply(SessionChange change) {
        if (change instanceof CarriedActionSet set) {
            int position = carried.indexOf(set.before());
            if (position < 0) {
                throw new IllegalStateException("the carried action is not " + set.before());
            }
            carried.set(position, set.after());
        } else if (change instanceof LinkSet link) {
            if (!link.before().equals(previous)) {
                throw new IllegalStateException("the link is not " + link.before());
            }
            previous = link.after();
        }
    }
}
