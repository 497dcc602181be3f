package org.catalogchat.web;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One Server-Sent Events response, written by the request's own thread while the answer is produced on others.
 * Both streams ({@code /api/ask/stream} and {@code /v1/chat/completions} with {@code stream: true}) use it.
 *
 * <p>Why not Javalin's {@code SseClient}: it serves GET only (both our streams are POSTs with a JSON body), and
 * its {@code sendEvent} writes to the socket on the caller's thread, so a client that stops reading would block
 * the answer thread that produced the text, which is how 24 non-reading clients once held the whole answer pool.
 * Here producers only append to a bounded buffer and never block; the request thread drains it to the socket.
 *
 * <ul>
 *   <li>Answer text ({@link #text}) is coalesced: pieces waiting for a slow socket become one larger event.</li>
 *   <li>A client more than {@code maxBufferedChars} behind, or that stays too far behind for
 *       {@code stall}, is dropped: the stream closes, the drop is counted, and the answer work stops (the next
 *       {@link #text} throws {@link Closed} and the producer is interrupted). A client that disconnects
 *       stops the answer work the same way.</li>
 *   <li>A comment line goes out whenever nothing else has for {@code keepAlive}.</li>
 * </ul>
 *
 * <pre>{@code
 * SseStream s = streams.open(ctx, text -> "event: delta\ndata: " + json(text) + "\n\n");
 * Future<?> work = streams.produce(() -> { chat.askStreaming(q, id, s::text); s.event("done", json); });
 * s.pump(work);   // on the request thread, until the producer finished and everything is written
 * }</pre>
 */
public final class SseStream {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SseStream.class);
    /** Thrown into a producer whose client is gone or fell behind, so the answer work stops. */
    public static final class Closed extends RuntimeException {
        Closed(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * Answer text not yet written. A reader that keeps up gets each piece as its own event; once more than
     * {@link #COALESCE_ABOVE} characters wait, they go out as one event (a slow reader gets fewer, larger frames).
     */
    private static final class Pending {
        final ArrayDeque<String> pieces = new ArrayDeque<>();
        long chars;
    }

    static final int COALESCE_ABOVE = 16 * 1024;

    private final SseStreams owner;
    private final String client;
    private final OutputStream out;
    private final Function<String, String> textFrame;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Object> queue = new ArrayDeque<>();
    private long buffered;
    private boolean finished;
    private String closedBecause;

    SseStream(SseStreams owner, String client, Context ctx, Function<String, String> textFrame) throws IOException {
        this.owner = owner;
        this.client = client;
        this.textFrame = textFrame;
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-cache, no-store");
        res.setHeader("X-Accel-Buffering", "no");
        res.setHeader("X-Content-Type-Options", "nosniff");
        this.out = res.getOutputStream();
    }

    /** Answer text from any thread; never blocks. @throws Closed when the client is gone or too far behind */
    public void text(String piece) {
        if (piece == null || piece.isEmpty()) return;
        lock.lock();
        try {
            ensureOpen();
            if (buffered + piece.length() > owner.maxBufferedChars() || !owner.reserve(piece.length())) {
                dropLocked("fell behind by more than " + (buffered + piece.length()) + " characters");
                throw new Closed(closedBecause);
            }
            buffered += piece.length();
            Object last = queue.peekLast();
            Pending p = last instanceof Pending pending ? pending : null;
            if (p == null) {
                p = new Pending();
                queue.addLast(p);
            }
            p.pieces.addLast(piece);
            p.chars += piece.length();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * A whole frame ({@code "event: done\ndata: …\n\n"}), built only once the client has caught up (everything
     * before it written), so a big final event costs memory only for a client that is reading. Waits at most
     * {@code stall} for that; a client still behind then is dropped. Call it from the producer, not an answer thread.
     */
    public void frame(Supplier<String> frame) {
        lock.lock();
        try {
            long deadline = System.nanoTime() + owner.stall().toNanos();
            while (!queue.isEmpty() && closedBecause == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    dropLocked("did not read for " + owner.stall().toSeconds() + " s");
                    break;
                }
                changed.awaitNanos(left);
            }
            ensureOpen();
            String f = frame.get();
            queue.addLast(f);
            changed.signalAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Closed("interrupted");
        } finally {
            lock.unlock();
        }
    }

    /** No more frames; the request thread returns once the rest is written. */
    public void finish() {
        lock.lock();
        try {
            finished = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** True once the client is gone or was dropped. */
    public boolean closed() {
        lock.lock();
        try {
            return closedBecause != null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * On the request thread: writes frames as they come until the producer has finished and all is written, or
     * the client is gone (the producer is then cancelled, interrupting its answer work).
     */
    public void pump(Future<?> producer) {
        try {
            write(": stream open\n\n");
            while (true) {
                String next = take();
                if (next == null) break;
                write(next);
            }
        } catch (IOException | RuntimeException e) {
            lock.lock();
            try {
                if (closedBecause == null) closedBecause = "client gone";
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        } finally {
            boolean cut = closed();
            if (cut) producer.cancel(true);
            lock.lock();
            try {
                owner.release(buffered);
                buffered = 0;
                queue.clear();
            } finally {
                lock.unlock();
            }
            owner.closed(client);
        }
    }

    /** The next frame to write, a keep-alive after a quiet spell, or null when done. */
    private String take() throws IOException {
        lock.lock();
        try {
            long quiet = owner.keepAlive().toNanos();
            while (queue.isEmpty() && !finished && closedBecause == null) {
                quiet = changed.awaitNanos(quiet);
                if (quiet <= 0 && queue.isEmpty() && !finished && closedBecause == null) return ": keep-alive\n\n";
            }
            if (closedBecause != null) throw new IOException(closedBecause);
            Object item = queue.peekFirst();
            if (item == null) return null; // finished and drained
            String text = null;
            if (item instanceof Pending p) {
                text = p.chars <= COALESCE_ABOVE ? p.pieces.pollFirst() : String.join("", p.pieces);
                if (p.chars > COALESCE_ABOVE) p.pieces.clear();
                p.chars -= text.length();
                buffered -= text.length();
                owner.release(text.length());
                if (p.pieces.isEmpty()) queue.pollFirst();
            } else {
                queue.pollFirst();
            }
            changed.signalAll(); // a frame() may be waiting for the queue to empty
            return item instanceof Pending ? textFrame.apply(text) : (String) item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            lock.unlock();
        }
    }

    private void write(String frame) throws IOException {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private void ensureOpen() {
        if (closedBecause != null) throw new Closed(closedBecause);
    }

    private void dropLocked(String reason) {
        if (closedBecause != null) return;
        closedBecause = reason;
        owner.countDrop();
        log.info("dropped an event stream to {}: it {}", client, reason);
        changed.signalAll();
    }
}
