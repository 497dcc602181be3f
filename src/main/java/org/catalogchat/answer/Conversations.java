package org.catalogchat.answer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

/**
 * Conversation memory: the last turns of each conversation, bounded three ways (turns per conversation,
 * number of conversations, idle time), so memory stays flat however many clients come and go.
 *
 * <pre>{@code
 * var memory = new Conversations(6, 10_000, Duration.ofHours(1), Clock.systemUTC());
 * memory.history(id); memory.record(id, question, answer);
 * }</pre>
 */
public final class Conversations {
    private record Entry(List<Question.Turn> turns, Instant lastUsed) {
    }

    private final int maxTurns;
    private final int maxConversations;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

    public Conversations(int maxTurns, int maxConversations, Duration ttl, Clock clock) {
        if (maxTurns < 1 || maxConversations < 1 || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("conversation limits must be positive");
        }
        this.maxTurns = maxTurns;
        this.maxConversations = maxConversations;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A fresh conversation id for a client that sent none. */
    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public synchronized List<Question.Turn> history(String id) {
        expire();
        Entry e = entries.get(id);
        return e == null ? List.of() : e.turns();
    }

    public synchronized void record(String id, String question, Answer answer) {
        expire();
        Entry e = entries.get(id);
        var turns = new ArrayList<>(e == null ? List.<Question.Turn>of() : e.turns());
        turns.add(new Question.Turn(question, answer));
        while (turns.size() > maxTurns) turns.remove(0);
        entries.put(id, new Entry(List.copyOf(turns), clock.instant()));
        while (entries.size() > maxConversations) {
            Iterator<String> eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    public synchronized int size() {
        expire();
        return entries.size();
    }

    private void expire() {
        Instant cutoff = clock.instant().minus(ttl);
        entries.entrySet().removeIf(en -> en.getValue().lastUsed().isBefore(cutoff));
    }
}
