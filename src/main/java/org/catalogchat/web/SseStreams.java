package org.catalogchat.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The server's open {@link SseStream}s and their limits: at most {@code perClient} open streams per client address
 * and {@code total} in all (429 / 503 beyond, before anything is streamed), {@code maxBufferedChars} of unwritten
 * text per stream and {@code totalBufferedChars} across all of them, so slow readers cannot fill the heap.
 *
 * <pre>{@code
 * SseStreams streams = new SseStreams(SseStreams.Limits.DEFAULT);
 * SseStream s = streams.open(ctx, textFrame);
 * s.pump(streams.produce(s, () -> ...));
 * }</pre>
 */
public final class SseStreams {
    /**
     * @param perClient          open streams one client address may hold
     * @param total              open streams in all (each holds a worker thread while it is written)
     * @param maxBufferedChars   unwritten characters one stream may hold before its client is dropped
     * @param totalBufferedChars unwritten characters all streams may hold together
     * @param stall              how long a final event waits for a client to catch up before it is dropped
     * @param keepAlive          a comment line after this long without output
     */
    public record Limits(int perClient, int total, long maxBufferedChars, long totalBufferedChars, Duration stall,
                         Duration keepAlive) {
        public static final Limits DEFAULT = new Limits(4, 64, 8L << 20, 64L << 20, Duration.ofSeconds(10),
                Duration.ofSeconds(15));

        public Limits {
            if (perClient < 1 || total < perClient) throw new IllegalArgumentException("stream limits must be positive");
            if (maxBufferedChars < 1024 || totalBufferedChars < maxBufferedChars) {
                throw new IllegalArgumentException("stream buffers must hold at least 1024 characters");
            }
            if (keepAlive.isZero() || keepAlive.isNegative()) throw new IllegalArgumentException("keep-alive must be positive");
        }

        public Limits withKeepAlive(Duration d) {
            return new Limits(perClient, total, maxBufferedChars, totalBufferedChars, stall, d);
        }
    }

    private final Limits limits;
    private final ConcurrentHashMap<String, AtomicInteger> perClient = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicLong buffered = new AtomicLong();
    private final LongAdder dropped = new LongAdder();
    /** Threads that wait for answers while the request threads write; as many as streams are open, no more. */
    private final ExecutorService producers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sse-producer");
        t.setDaemon(true);
        return t;
    });

    public SseStreams(Limits limits) {
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /**
     * Starts a stream for this request, or refuses it with 429 {@code too_many_streams} (this client) or 503
     * {@code streams_full} (the server) before anything is written.
     */
    public SseStream open(Context ctx, Function<String, String> textFrame) {
        String client = ctx.ip();
        AtomicInteger mine = perClient.computeIfAbsent(client, k -> new AtomicInteger());
        if (mine.incrementAndGet() > limits.perClient()) {
            release(client);
            throw new ApiException(429, "too_many_streams",
                    "at most " + limits.perClient() + " open streams per client; close one first");
        }
        if (open.incrementAndGet() > limits.total()) {
            open.decrementAndGet();
            release(client);
            throw new ApiException(503, "streams_full", "the server has as many open streams as it takes; retry soon");
        }
        try {
            return new SseStream(this, client, ctx, textFrame);
        } catch (IOException | RuntimeException e) {
            closed(client);
            throw new ApiException(400, "client_gone", "the response could not be started");
        }
    }

    /** Runs {@code work} off the request thread; the stream is finished whatever happens. */
    public Future<?> produce(SseStream stream, Runnable work) {
        return producers.submit(() -> {
            try {
                work.run();
            } finally {
                stream.finish();
            }
        });
    }

    /** Open streams now. */
    public int open() {
        return open.get();
    }

    /** Clients dropped for falling behind, since start. */
    public long dropped() {
        return dropped.sum();
    }

    long maxBufferedChars() {
        return limits.maxBufferedChars();
    }

    Duration stall() {
        return limits.stall();
    }

    Duration keepAlive() {
        return limits.keepAlive();
    }

    /** Takes room for {@code chars} in the shared budget; false (nothing taken) when it is spent. */
    boolean reserve(long chars) {
        while (true) {
            long now = buffered.get();
            if (now + chars > limits.totalBufferedChars()) return false;
            if (buffered.compareAndSet(now, now + chars)) return true;
        }
    }

    void release(long chars) {
        if (chars > 0) buffered.addAndGet(-chars);
    }

    void countDrop() {
        dropped.increment();
    }

    void closed(String client) {
        open.decrementAndGet();
        release(client);
    }

    private void release(String client) {
        perClient.computeIfPresent(client, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
    }
}
