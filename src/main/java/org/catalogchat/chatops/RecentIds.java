package org.catalogchat.chatops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded set of recently seen ids that forgets them after a while: enough to drop Slack's retries of an
 * event (they come within minutes) without growing forever.
 *
 * <pre>{@code
 * RecentIds seen = new RecentIds(10_000, Duration.ofHours(1), Clock.systemUTC());
 * if (seen.firstSighting(eventId)) answer(event);
 * }</pre>
 */
public final class RecentIds {
    private final int capacity;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    public RecentIds(int capacity, Duration ttl, Clock clock) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be positive");
        this.capacity = capacity;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** True the first time an id is offered (within its time to live); false for every repeat. */
    public synchronized boolean firstSighting(String id) {
        Instant now = clock.instant();
        // insertion order is arrival order, so expired entries are all at the head
        for (Iterator<Map.Entry<String, Instant>> it = seen.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue().plus(ttl).isAfter(now)) break;
            it.remove();
        }
        if (seen.containsKey(id)) return false;
        if (seen.size() >= capacity) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        seen.put(id, now);
        return true;
    }

    /** Forget an id, so a retry of an event that could not be queued is answered after all. */
    public synchronized void forget(String id) {
        seen.remove(id);
    }

    public synchronized int size() {
        return seen.size();
    }
}
