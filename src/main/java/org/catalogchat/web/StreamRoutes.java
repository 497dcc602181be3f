package org.catalogchat.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import org.catalogchat.core.ChatService;
import org.catalogchat.render.AnswerHtml;
import org.catalogchat.core.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streaming answer API: {@code POST /api/ask/stream} takes the body of {@code /api/ask} and answers with
 * Server-Sent Events:
 * <ul>
 *   <li>{@code delta} {@code {"text": piece}}, as the answer text is produced;</li>
 *   <li>{@code blocks} {@code {"html", "upTo"}} right after a delta that completes a Markdown block: the streamed
 *   text up to {@code upTo} (UTF-16 units, just past the blank line that ends the block) rendered by the same
 *   {@link AnswerHtml} as the final answer, so a page can show formatted text while the rest streams;</li>
 *   <li>{@code replace} (the full answer object) when the final Markdown differs from what was streamed;</li>
 *   <li>{@code done} (the same object as {@code /api/ask}), last on success;</li>
 *   <li>{@code error} {@code {"error": {"code", "message"}}}, last on failure.</li>
 * </ul>
 * A bad request is refused before streaming starts, as a plain 4xx JSON error like {@code /api/ask}'s. While
 * the answerer is silent a comment line ({@code : keep-alive}) goes out every so often; SSE readers skip it.
 * Written through {@link SseStream}: a client that stops reading is dropped, one that leaves stops the answer.
 *
 * <pre>{@code
 * curl -N -H 'Content-Type: application/json' -d '{"question":"Who released MedTrinity-25M?"}' \
 *      http://localhost:7070/api/ask/stream
 * }</pre>
 */
public final class StreamRoutes {
    public static final String PATH = "/api/ask/stream";
    private static final Logger log = LoggerFactory.getLogger(StreamRoutes.class);

    private final ChatService chat;
    private final JsonBodies bodies;
    private final ApiRoutes api;
    private final ObjectMapper mapper;
    private final SseStreams streams;
    private final AnswerHtml html = new AnswerHtml();

    public StreamRoutes(ChatService chat, JsonBodies bodies, ApiRoutes api, ObjectMapper mapper, SseStreams streams) {
        this.chat = chat;
        this.bodies = bodies;
        this.api = api;
        this.mapper = mapper;
        this.streams = streams;
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::askStream);
    }

    void askStream(Context ctx) {
        // Everything that can be the client's fault is checked before the first byte: a plain 4xx then.
        JsonNode body = bodies.read(ctx);
        String question = bodies.question(body, "question");
        String conversationId = bodies.conversationId(body);
        var history = bodies.history(body);

        SseStream stream = streams.open(ctx, new DeltaFrames());
        stream.pump(streams.produce(stream, () -> {
            var streamed = new StringBuilder();
            try {
                ChatService.Reply reply = chat.askStreaming(question, conversationId, history, piece -> {
                    if (piece == null || piece.isEmpty()) return;
                    stream.text(piece);
                    streamed.append(piece);
                });
                // Built only once the client has read everything before it: rendering a huge answer's HTML is
                // work worth doing for a reader, not for a client that has stopped reading.
                var answer = new java.util.concurrent.atomic.AtomicReference<Map<String, Object>>();
                java.util.function.Supplier<Map<String, Object>> json = () -> answer.updateAndGet(
                        a -> a != null ? a : api.answerJson(reply));
                if (!streamed.toString().equals(reply.answer().markdown())) stream.frame(() -> frame("replace", json.get()));
                stream.frame(() -> frame("done", json.get()));
            } catch (SseStream.Closed e) {
                log.debug("stream closed before the answer was done: {}", e.getMessage());
            } catch (ApiException e) {
                if (!stream.closed()) stream.frame(() -> frame("error", HttpServer.error(e.code(), e.getMessage())));
            } catch (Unavailable e) {
                if (!stream.closed()) stream.frame(() -> frame("error", HttpServer.error(e.code(), e.getMessage())));
            } catch (RuntimeException e) {
                if (stream.closed() || Thread.currentThread().isInterrupted()) return; // the client left: work stopped
                log.error("streaming answer failed for {}", PATH, e);
                stream.frame(() -> frame("error", HttpServer.error("internal_error", "the server failed to answer; the error is logged")));
            }
        }));
    }

    /**
     * Turns each (possibly coalesced) piece of answer text into its {@code delta} frame, followed by a {@code blocks}
     * frame when the text so far ends a Markdown block it had not rendered yet. Called on the request thread in
     * stream order, so the rendering costs the answer threads nothing.
     */
    private final class DeltaFrames implements java.util.function.Function<String, String> {
        private final StringBuilder streamed = new StringBuilder();
        private int rendered;

        @Override
        public String apply(String text) {
            streamed.append(text);
            String delta = frame("delta", Map.of("text", text));
            int end = streamed.lastIndexOf("\n\n");
            if (end < 0 || end + 2 <= rendered) return delta;
            rendered = end + 2;
            String html = StreamRoutes.this.html.renderPartial(streamed.substring(0, end), catalogLinks());
            return delta + frame("blocks", Map.of("html", html, "upTo", rendered));
        }
    }

    private record Links(org.catalogchat.core.Engine engine, java.util.Set<String> urls) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Links> links = new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * The links a block rendered mid-stream may keep: the catalog's own dataset pages (the final answer narrows
     * this to its sources). Worked out once per engine.
     */
    private java.util.Set<String> catalogLinks() {
        var engine = chat.engine();
        Links l = links.get();
        if (l == null || l.engine() != engine) {
            l = new Links(engine, engine.catalog().datasets().stream().map(d -> d.url()).filter(u -> !u.isBlank())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
            links.set(l);
        }
        return l.urls();
    }

    /** One event; JSON escapes every line break, so one data line carries the whole object. */
    private String frame(String event, Object data) {
        try {
            return "event: " + event + "\ndata: " + mapper.writeValueAsString(data) + "\n\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write event " + event + " as JSON", e);
        }
    }
}
