package org.catalogchat.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Map;
import org.catalogchat.core.ChatService;
import org.catalogchat.feedback.CatalogVersion;
import org.catalogchat.feedback.Feedback;
import org.catalogchat.feedback.FeedbackStore;

/**
 * {@code POST /api/feedback} (thumbs up or down on an answer, with an optional comment) and
 * {@code GET /admin/feedback} (everything stored, as JSON Lines, behind the admin token).
 *
 * <pre>{@code
 * curl -s localhost:7070/api/feedback -H 'Content-Type: application/json' \
 *      -d '{"rating":"down","comment":"wrong year","question":"…","answer":"…","sources":["taisu"]}'
 * curl -s -H 'Authorization: Bearer TOKEN' localhost:7070/admin/feedback
 * }</pre>
 */
public final class FeedbackRoutes {
    static final int MAX_COMMENT_CHARS = 2000;
    static final int MAX_ANSWER_CHARS = 50_000;

    private final ChatService chat;
    private final JsonBodies bodies;
    private final FeedbackStore store;
    private final String adminToken;
    private final Clock clock;
    private final CatalogVersion versions = new CatalogVersion();

    /** @param adminToken the token {@code GET /admin/feedback} needs; null turns the export off (403) */
    public FeedbackRoutes(ChatService chat, JsonBodies bodies, FeedbackStore store, String adminToken, Clock clock) {
        this.chat = chat;
        this.bodies = bodies;
        this.store = store;
        this.adminToken = adminToken;
        this.clock = clock;
    }

    /** To hand to {@link HttpServer#with}. */
    public void register(io.javalin.config.JavalinConfig config) {
        register(config.routes);
    }

    void register(RoutesConfig routes) {
        routes.post("/api/feedback", this::submit);
        routes.get("/admin/feedback", this::export);
    }

    void submit(Context ctx) {
        JsonNode body = bodies.read(ctx);
        JsonNode r = body.get("rating");
        if (r == null || !r.isTextual() || !(r.asText().equals("up") || r.asText().equals("down"))) {
            throw new ApiException(400, "invalid_rating", "'rating' must be \"up\" or \"down\"");
        }
        String question = bodies.question(body, "question");
        String comment = text(body, "comment", MAX_COMMENT_CHARS);
        String answer = text(body, "answer", MAX_ANSWER_CHARS);
        var sources = new ArrayList<String>();
        JsonNode s = body.get("sources");
        if (s != null && !s.isNull()) {
            if (!s.isArray() || s.size() > JsonBodies.MAX_HISTORY_SOURCES) {
                throw new ApiException(400, "invalid_sources", "'sources' must be an array of at most "
                        + JsonBodies.MAX_HISTORY_SOURCES + " dataset ids");
            }
            for (JsonNode id : s) {
                if (!id.isTextual() || id.asText().isBlank() || id.asText().length() > 200) {
                    throw new ApiException(400, "invalid_sources", "'sources' must hold dataset ids (strings)");
                }
                sources.add(id.asText());
            }
        }
        var f = new Feedback(clock.instant(), r.asText(), comment, question, answer, sources,
                versions.of(chat.engine().catalog()), bodies.conversationId(body));
        if (!store.submit(f)) throw new ApiException(503, "feedback_busy", "too much feedback at once; try again shortly");
        ctx.status(202).json(Map.of("status", "accepted"));
    }

    private static String text(JsonNode body, String field, int max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return "";
        if (!n.isTextual()) throw new ApiException(400, "invalid_" + field, "'" + field + "' must be a string");
        String t = n.asText().strip();
        if (t.length() > max) throw new ApiException(400, field + "_too_long", "'" + field + "' is longer than " + max + " characters");
        return t;
    }

    void export(Context ctx) throws Exception {
        if (adminToken == null) {
            throw new ApiException(403, "admin_disabled", "the admin endpoints are off: start the server with --admin-token");
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), adminToken.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", "GET /admin/feedback needs 'Authorization: Bearer <admin token>'");
        }
        ctx.contentType("application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"feedback.jsonl\"");
        Writer out = new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8);
        store.exportJsonLines(out);
    }
}
