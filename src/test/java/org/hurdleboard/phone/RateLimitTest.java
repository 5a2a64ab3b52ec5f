package org.hurdleboard.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    private final AtomicLong now = new AtomicLong();
    private final RateLimit limit = new RateLimit(3, 2, now::get);

    @Test
    void aClientMayBurstThenKeepsToTheRateWhileOthersAreUntouched() {
        assertThat(limit.allow("a")).isTrue();
        assertThat(limit.allow("a")).isTrue();
        assertThat(limit.allow("a")).isTrue();
        assertThat(limit.allow("a")).isFalse();
        assertThat(limit.allow("b")).isTrue();
        now.addAndGet(500_000_000L);
        assertThat(limit.allow("a")).isTrue();
        assertThat(limit.allow("a")).isFalse();
    }
}
