package org.catalogchat.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Conversations;
import org.catalogchat.answer.Intent;
import org.catalogchat.answer.Language;
import org.catalogchat.answer.Question;
import org.junit.jupiter.api.Test;

/** Conversation memory stays bounded: turns per conversation, number of conversations, idle time. */
class ConversationMemoryTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    private static Answer answer(String text) {
        return new Answer(text, List.of(), List.of(), Intent.FACT, Language.EN, "grounded");
    }

    @Test
    void keepsOnlyTheLastTurnsOfAConversation() {
        var memory = new Conversations(3, 10, Duration.ofMinutes(30), clock);
        for (int i = 1; i <= 5; i++) memory.record("c", "q" + i, answer("a" + i));
        List<Question.Turn> turns = memory.history("c");
        assertEquals(List.of("q3", "q4", "q5"), turns.stream().map(Question.Turn::question).toList());
        assertEquals("a5", turns.get(2).answer().markdown());
    }

    @Test
    void forgetsConversationsBeyondTheLimitButNeverTheNewest() {
        // Caffeine picks the victim by recency and frequency (W-TinyLFU), not strictly the least recently used;
        // what must hold is the bound, and that the conversation just recorded survives.
        var memory = new Conversations(3, 2, Duration.ofMinutes(30), clock);
        for (String id : List.of("a", "b", "c", "d", "e")) {
            memory.record(id, "q" + id, answer("x"));
            assertEquals(1, memory.history(id).size(), id + " just recorded");
            assertTrue(memory.size() <= 2, "bounded");
        }
        assertEquals(2, memory.size());
        assertEquals(2, List.of("a", "b", "c", "d", "e").stream().filter(id -> !memory.history(id).isEmpty()).count());
    }

    @Test
    void idleConversationsExpire() {
        var memory = new Conversations(3, 10, Duration.ofMinutes(30), clock);
        memory.record("old", "q", answer("x"));
        clock.advance(Duration.ofMinutes(20));
        memory.record("recent", "q", answer("x"));
        clock.advance(Duration.ofMinutes(11));
        assertTrue(memory.history("old").isEmpty(), "31 idle minutes > 30");
        assertEquals(1, memory.history("recent").size());
        assertEquals(1, memory.size());
        clock.advance(Duration.ofMinutes(30));
        assertEquals(0, memory.size());
    }

    @Test
    void usingAConversationKeepsItAlive() {
        var memory = new Conversations(3, 10, Duration.ofMinutes(30), clock);
        memory.record("c", "q1", answer("x"));
        clock.advance(Duration.ofMinutes(25));
        memory.record("c", "q2", answer("x"));
        clock.advance(Duration.ofMinutes(25));
        assertEquals(2, memory.history("c").size());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Conversations(0, 10, Duration.ofMinutes(1), clock));
        assertThrows(IllegalArgumentException.class, () -> new Conversations(1, 0, Duration.ofMinutes(1), clock));
        assertThrows(IllegalArgumentException.class, () -> new Conversations(1, 1, Duration.ZERO, clock));
    }
}
