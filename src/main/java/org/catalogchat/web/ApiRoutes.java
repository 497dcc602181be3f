package org.catalogchat.web;

import org.catalogchat.render.AnswerHtml;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.answer.Answer;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.SearchHit;

/**
 * The answer API: {@code POST /api/ask}, {@code GET /api/datasets[/{id}]}, {@code GET /api/search},
 * {@code GET /health}. Handlers only translate HTTP; retrieval and wording live in the engine.
 */
public final class ApiRoutes {
    private static final int MAX_SEARCH_HITS = 50;

    private final ChatService chat;
    private final JsonBodies bodies;
    private final AnswerHtml html;

    public ApiRoutes(ChatService chat, JsonBodies bodies, AnswerHtml html) {
        this.chat = chat;
        this.bodies = bodies;
        this.html = html;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/ask", this::ask);
        routes.get("/api/datasets", this::datasets);
        routes.get("/api/datasets/{id}", this::dataset);
        routes.get("/api/search", this::search);
        routes.get("/health", this::health);
    }

    void ask(Context ctx) {
        JsonNode body = bodies.read(ctx);
        String question = bodies.question(body, "question");
        ChatService.Reply reply = chat.ask(question, bodies.conversationId(body), bodies.history(body));
        ctx.json(answerJson(reply));
    }

    /** The answer API's response object; the streaming API's final event carries the same. */
    public Map<String, Object> answerJson(ChatService.Reply reply) {
        Answer a = reply.answer();
        var m = new LinkedHashMap<String, Object>();
        m.put("answer", a.markdown());
        m.put("answerHtml", html.render(a));
        m.put("sources", a.sources());
        m.put("suggestions", a.suggestions());
        m.put("intent", a.intent().label());
        m.put("language", a.language().code());
        m.put("answeredBy", a.answeredBy());
        m.put("conversationId", reply.conversationId());
        m.put("tookMs", reply.tookMs());
        return m;
    }

    void datasets(Context ctx) {
        Engine engine = chat.engine();
        Integer year = intParam(ctx, "year", 1900, 2999);
        String publisher = textParam(ctx, "publisher");
        String topic = textParam(ctx, "topic");
        String q = textParam(ctx, "q");
        String canonical = publisher == null ? null : engine.glossary().canonicalPublisher(publisher);
        if (topic != null && engine.glossary().topic(topic).isEmpty()) {
            throw new ApiException(400, "unknown_topic", "unknown topic '" + topic + "'; known: "
                    + String.join(", ", engine.glossary().topics().stream().map(t -> t.key()).toList()));
        }
        var out = new ArrayList<Map<String, Object>>();
        for (Dataset d : engine.catalog().datasets()) {
            if (year != null && d.released().getYear() != year) continue;
            if (canonical != null && d.publishers().stream().map(engine.glossary()::canonicalPublisher)
                    .noneMatch(canonical::equals)) continue;
            if (topic != null && !d.hasTopic(topic)) continue;
            if (q != null && !matchesText(d, q)) continue;
            out.add(DatasetView.of(d, engine.glossary(), false));
        }
        ctx.json(Map.of("count", out.size(), "datasets", out,
                "topics", engine.glossary().topics().stream()
                        .map(t -> Map.of("key", t.key(), "english", t.english(), "chinese", t.chinese())).toList()));
    }

    private static boolean matchesText(Dataset d, String q) {
        String needle = q.toLowerCase(Locale.ROOT);
        return d.allNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(needle))
                || d.description().toLowerCase(Locale.ROOT).contains(needle) || TopicMatcher.contains(d.name(), q);
    }

    void dataset(Context ctx) {
        Engine engine = chat.engine();
        String id = ctx.pathParam("id");
        Dataset d = engine.catalog().byId(id).orElseThrow(
                () -> new ApiException(404, "unknown_dataset", "no dataset with id '" + id + "'"));
        ctx.json(DatasetView.of(d, engine.glossary(), true));
    }

    void search(Context ctx) {
        String q = textParam(ctx, "q");
        if (q == null) throw new ApiException(400, "missing_query", "the parameter 'q' is required");
        Integer k = intParam(ctx, "k", 1, MAX_SEARCH_HITS);
        List<SearchHit> hits = chat.engine().retriever().search(q, k == null ? 10 : k);
        var out = new ArrayList<Map<String, Object>>();
        for (SearchHit h : hits) {
            var m = new LinkedHashMap<String, Object>();
            m.put("id", h.dataset().id());
            m.put("name", h.dataset().name());
            m.put("score", h.score());
            m.put("signals", Map.of("name", h.name(), "lexical", h.lexical(), "vector", h.vector()));
            out.add(m);
        }
        ctx.json(Map.of("query", q, "hits", out));
    }

    void health(Context ctx) {
        Engine engine = chat.engine();
        ctx.json(Map.of("status", "ok", "datasets", engine.catalog().size(), "problems", engine.catalog().problems().size()));
    }

    private static String textParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) return null;
        // Control characters alone would reach the embedding model as blank text (a 500 the fuzz test found).
        v = v.replaceAll("\\p{Cntrl}", " ").strip();
        if (v.isEmpty()) return null;
        if (v.length() > 500) throw new ApiException(400, "parameter_too_long", "'" + name + "' is longer than 500 characters");
        return v;
    }

    private static Integer intParam(Context ctx, String name, int min, int max) {
        String v = textParam(ctx, name);
        if (v == null) return null;
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "invalid_parameter", "'" + name + "' must be a whole number from " + min + " to " + max);
        }
    }
}
