package org.catalogchat.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming answer API: {@code POST /api/ask/stream} takes the body of {@code /api/ask} and answers with
 * Server-Sent Events:
 * <ul>
 *   <li>{@code delta} {@code {"text": piece}}, as the answer text is produced;</li>
 *   <li>{@code replace} (the full answer object) when the final Markdown differs from what was streamed;</li>
 *   <li>{@code done} (the same object as {@code /api/ask}), last on success;</li>
 *   <li>{@code error} {@code {"error": {"code", "message"}}}, last on failure.</li>
 * </ul>
 * A bad request is refused before streaming starts, as a plain 4xx JSON error like {@code /api/ask}'s. While
 * the answerer is silent a comment line ({@code : keep-alive}) goes out every so often; SSE readers skip it.
 *
 * <pre>{@code
 * curl -N -H 'Content-Type: application/json' -d '{"question":"Who released MedTrinity-25M?"}' \
 *      http://localhost:7070/api/ask/stream
 * }</pre>
 */
public final class StreamRoutes {
    public static final String PATH = "/api/ask/stream";
    private static final Logger log = LoggerFactory.getLogger(StreamRoutes.class);
    private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sse-keepalive");
        t.setDaemon(true);
        return t;
    });

    private final ChatService chat;
    private final JsonBodies bodies;
    private final ApiRoutes api;
    private final ObjectMapper mapper;
    private final Duration keepAlive;

    public StreamRoutes(ChatService chat, JsonBodies bodies, ApiRoutes api, ObjectMapper mapper, Duration keepAlive) {
        if (keepAlive.isNegative() || keepAlive.isZero()) throw new IllegalArgumentException("keep-alive must be positive");
        this.chat = chat;
        this.bodies = bodies;
        this.api = api;
        this.mapper = mapper;
        this.keepAlive = keepAlive;
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::askStream);
    }

    void askStream(Context ctx) throws IOException {
        // Everything that can be the client's fault is checked before the first byte: a plain 4xx then.
        JsonNode body = bodies.read(ctx);
        String question = bodies.question(body, "question");
        String conversationId = bodies.conversationId(body);
        var history = bodies.history(body);

        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-cache, no-store");
        res.setHeader("X-Accel-Buffering", "no");
        res.setHeader("X-Content-Type-Options", "nosniff");
        Events events = new Events(res.getOutputStream());
        events.comment("stream open");
        ScheduledFuture<?> beat = HEARTBEATS.scheduleAtFixedRate(events::keepAlive,
                keepAlive.toMillis(), keepAlive.toMillis(), TimeUnit.MILLISECONDS);
        var streamed = new StringBuilder();
        try {
            ChatService.Reply reply = chat.askStreaming(question, conversationId, history, piece -> {
                if (piece == null || piece.isEmpty()) return;
                streamed.append(piece);
                events.send("delta", Map.of("text", piece));
            });
            Map<String, Object> answer = api.answerJson(reply);
            if (!streamed.toString().equals(reply.answer().markdown())) events.send("replace", answer);
            events.send("done", answer);
        } catch (ApiException e) {
            events.send("error", HttpServer.error(e.code(), e.getMessage()));
        } catch (Unavailable e) {
            events.send("error", HttpServer.error(e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            log.error("streaming answer failed for {}", PATH, e);
            events.send("error", HttpServer.error("internal_error", "the server failed to answer; the error is logged"));
        } finally {
            beat.cancel(false);
        }
        if (events.clientGone) log.debug("client left before the stream ended");
    }

    /** Writes events one at a time (the keep-alive thread writes too); stops quietly once the client is gone. */
    private final class Events {
        private final OutputStream out;
        private final ReentrantLock lock = new ReentrantLock();
        private volatile boolean clientGone;

        Events(OutputStream out) {
            this.out = out;
        }

        void send(String event, Object data) {
            String json;
            try {
                json = mapper.writeValueAsString(data);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write event " + event + " as JSON", e);
            }
            // JSON escapes every line break, so one data line carries the whole object.
            write("event: " + event + "\ndata: " + json + "\n\n");
        }

        void comment(String text) {
            write(": " + text + "\n\n");
        }

        /** From the shared keep-alive thread: skipped when an event is being written (that keeps the line alive). */
        void keepAlive() {
            if (!lock.tryLock()) return;
            try {
                writeLocked(": keep-alive\n\n");
            } finally {
                lock.unlock();
            }
        }

        private void write(String frame) {
            lock.lock();
            try {
                writeLocked(frame);
            } finally {
                lock.unlock();
            }
        }

        private void writeLocked(String frame) {
            if (clientGone) return;
            try {
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException | RuntimeException e) {
                clientGone = true;
            }
        }
    }
}
