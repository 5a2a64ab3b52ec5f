package org.hurdleboard.phone;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client, in memory only: a phone may burst (the page, the paper, a ballot) and
 * then poll, but one client cannot flood the server. The key (the remote address) is held only
 * here, only while the server is open, and is never logged, stored or passed on.
 */
final class RateLimit {
    /** Beyond this many clients the idle ones are forgotten; a flood of addresses cannot fill memory. */
    private static final int MAX_CLIENTS = 4096;
    private static final long IDLE_NANOS = 60_000_000_000L;

    private final int burst;
    private final double perSecond;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimit(int burst, double perSecond, LongSupplier nanoClock) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.clock = nanoClock;
    }

    /** True when this client may make one more request now. */
    boolean allow(String client) {
        long now = clock.getAsLong();
        if (buckets.size() >= MAX_CLIENTS && !buckets.containsKey(client)) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > IDLE_NANOS);
            if (buckets.size() >= MAX_CLIENTS) {
                return false;
            }
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(burst, now)).take(now, burst, perSecond);
    }

    void forgetAll() {
        buckets.clear();
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int burst, long now) {
            tokens = burst;
            last = now;
        }

        synchronized boolean take(long now, int burst, double perSecond) {
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized long idleSince(long now) {
            return now - last;
        }
    }
}
