package org.catalogchat.ops;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests a minute, refilled continuously, with a burst of up to
 * a minute's worth. Memory is bounded: full buckets are forgotten when too many clients are tracked.
 *
 * <pre>{@code
 * RateLimiter limiter = new RateLimiter(120, System::nanoTime);
 * long wait = limiter.acquire("203.0.113.9"); // 0 = go ahead, else seconds to wait (Retry-After)
 * }</pre>
 */
public final class RateLimiter {
    private static final int MAX_CLIENTS = 100_000;
    private static final double NANOS_PER_MINUTE = 60e9;

    private final int perMinute;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    public RateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) throw new IllegalArgumentException("rate limit must be positive");
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
    }

    /** Takes one token for {@code client}: 0 when allowed, else the whole seconds until a token is back. */
    public long acquire(String client) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) forgetFull(now);
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(perMinute, now));
        synchronized (b) {
            refill(b, now);
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            double missingNanos = (1 - b.tokens) * NANOS_PER_MINUTE / perMinute;
            return Math.max(1, (long) Math.ceil(missingNanos / 1e9));
        }
    }

    private void refill(Bucket b, long now) {
        b.tokens = Math.min(perMinute, b.tokens + (now - b.updated) * perMinute / NANOS_PER_MINUTE);
        b.updated = now;
    }

    private void forgetFull(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                refill(e.getValue(), now);
                return e.getValue().tokens >= perMinute;
            }
        });
    }

    int trackedClients() {
        return buckets.size();
    }
}
