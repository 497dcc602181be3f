package org.catalogchat.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void bucketsArePerClientAndRefillOverTime() {
        AtomicLong now = new AtomicLong();
        var limiter = new RateLimiter(60, now::get);
        for (int i = 0; i < 60; i++) assertEquals(0, limiter.acquire("a"));
        assertEquals(1, limiter.acquire("a"), "one token a second at 60/min");
        assertEquals(0, limiter.acquire("b"), "another client has its own bucket");
        now.addAndGet(1_000_000_000L);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(1, limiter.acquire("a"));
        var slow = new RateLimiter(2, now::get);
        slow.acquire("c");
        slow.acquire("c");
        assertEquals(30, slow.acquire("c"), "2/min: the next token in 30 s");
    }
}
