package org.hurdleboard.domain.report;

import java.util.Objects;
import org.hurdleboard.domain.EarlierWorkshop.Standing;

/**
 * A card's standing last time beside this time. UP means it ranks higher now (more of a hurdle),
 * NEW that it had no votes last time and has now, GONE the reverse.
 */
public record CardMove(int cardNumber, String title, Standing lastTime, Standing now, Direction direction) {
    public enum Direction { UP, DOWN, SAME, NEW, GONE }

    public CardMove {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lastTime, "lastTime");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(direction, "direction");
    }

    static CardMove of(int cardNumber, String title, Standing lastTime, Standing now) {
        Direction direction;
        if (lastTime.ranked() && now.ranked()) {
            direction = now.rank() < lastTime.rank() ? Direction.UP
                    : now.rank() > lastTime.rank() ? Direction.DOWN : Direction.SAME;
        } else {
            direction = now.ranked() ? Direction.NEW : lastTime.ranked() ? Direction.GONE : Direction.SAME;
        }
        return new CardMove(cardNumber, title, lastTime, now, direction);
    }

    /** Places risen (positive) or fallen (negative); 0 unless ranked both times. */
    public int places() {
        return lastTime.ranked() && now.ranked() ? lastTime.rank() - now.rank() : 0;
    }
}
