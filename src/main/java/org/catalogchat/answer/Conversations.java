package org.catalogchat.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Conversation memory: the last turns of each conversation, bounded three ways (turns per conversation,
 * number of conversations, idle time), so memory stays flat however many clients come and go. A Caffeine cache:
 * a conversation evicted or expired is simply forgotten, and a client that sends its own history loses nothing.
 *
 * <pre>{@code
 * var memory = new Conversations(6, 10_000, Duration.ofHours(1), Clock.systemUTC());
 * memory.history(id); memory.record(id, question, answer);
 * }</pre>
 */
public final class Conversations {
    private final int maxTurns;
    private final Cache<String, List<Question.Turn>> turns;

    /** @param clock the time idle conversations are measured by (tests move it by hand) */
    public Conversations(int maxTurns, int maxConversations, Duration ttl, Clock clock) {
        if (maxTurns < 1 || maxConversations < 1 || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("conversation limits must be positive");
        }
        this.maxTurns = maxTurns;
        this.turns = Caffeine.newBuilder().maximumSize(maxConversations).expireAfterAccess(ttl)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                // Maintenance on the calling thread: no background tasks, and the bounds hold when a call returns.
                .executor(Runnable::run).recordStats().build();
    }

    /** A fresh conversation id for a client that sent none. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The remembered turns, oldest first; empty for an unknown, evicted or expired conversation. */
    public List<Question.Turn> history(String id) {
        List<Question.Turn> t = turns.getIfPresent(id);
        return t == null ? List.of() : t;
    }

    public void record(String id, String question, Answer answer) {
        turns.asMap().compute(id, (k, before) -> {
            var after = new ArrayList<>(before == null ? List.<Question.Turn>of() : before);
            after.add(new Question.Turn(question, answer));
            return List.copyOf(after.subList(Math.max(0, after.size() - maxTurns), after.size()));
        });
    }

    /** Conversations remembered now. */
    public int size() {
        turns.cleanUp();
        return (int) turns.estimatedSize();
    }

    /** The cache underneath, for its statistics on /metrics. */
    public Cache<String, ?> cache() {
        return turns;
    }
}
