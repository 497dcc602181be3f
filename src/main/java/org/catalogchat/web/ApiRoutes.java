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
import org.catalogchat.answer.Source;
import java.time.LocalDate;
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
    private final Map<String, java.util.function.Supplier<String>> components;

    public ApiRoutes(ChatService chat, JsonBodies bodies, AnswerHtml html) {
        this(chat, bodies, html, Map.of());
    }

    /** {@code components}: parts still loading after the server listens, by name, each "loading", "ready" or "failed". */
    public ApiRoutes(ChatService chat, JsonBodies bodies, AnswerHtml html,
                     Map<String, java.util.function.Supplier<String>> components) {
        this.chat = chat;
        this.bodies = bodies;
        this.html = html;
        this.components = components;
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
        Engine engine = chat.engine();
        m.put("sources", a.sources().stream().map(src -> sourceJson(src, engine)).toList());
        m.put("suggestions", a.suggestions().stream().map(src -> sourceJson(src, engine)).toList());
        m.put("intent", a.intent().label());
        m.put("language", a.language().code());
        m.put("answeredBy", a.answeredBy());
        m.put("conversationId", reply.conversationId());
        m.put("tookMs", reply.tookMs());
        return m;
    }

    /**
     * A source as the contract has it, plus what a page shows beside it and the catalog already knows:
     * {@code publishersEnglish} (each publisher in English where the glossary has it) and {@code size} (the
     * first size figure the entry states, as written), for citation cards and comparison tables.
     */
    private static Map<String, Object> sourceJson(Source src, Engine engine) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", src.id());
        m.put("name", src.name());
        m.put("url", src.url());
        m.put("released", src.released());
        m.put("publishers", src.publishers());
        m.put("score", src.score());
        m.put("publishersEnglish", src.publishers().stream().map(engine.glossary()::englishPublisher).toList());
        engine.catalog().byId(src.id()).flatMap(d -> d.facets().sizes().stream().findFirst())
                .ifPresent(f -> m.put("size", f.text()));
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
        List<Dataset> candidates = q == null ? engine.catalog().datasets() : textMatches(engine, q);
        var out = new ArrayList<Map<String, Object>>();
        for (Dataset d : candidates) {
            if (year != null && !d.released().within(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) continue;
            if (canonical != null && d.publishers().stream().map(engine.glossary()::canonicalPublisher)
                    .noneMatch(canonical::equals)) continue;
            if (topic != null && !d.hasTopic(topic)) continue;
            out.add(DatasetView.of(d, engine.glossary(), false));
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("count", out.size());
        body.put("datasets", out);
        body.put("topics", facets(engine).topics());
        body.put("publishers", facets(engine).publishers());
        ctx.json(body);
    }

    /**
     * The browser's text box searches the way the bot understands a question (both languages, topics,
     * publishers, names with typos: "remote sensing", "Tsinghua", "laion5b"), ranked as the bot ranks them,
     * then adds entries whose names or text contain the typed words literally (a half-typed "LAI").
     */
    private static List<Dataset> textMatches(Engine engine, String q) {
        var found = new java.util.LinkedHashSet<Dataset>();
        Answer understood = engine.grounded().answer(org.catalogchat.answer.Question.of(q));
        for (Source src : understood.sources()) engine.catalog().byId(src.id()).ifPresent(found::add);
        // A near miss ("did you mean") is what a search box should offer too: "Medtrinty" finds MedTrinity-25M.
        for (Source src : understood.suggestions()) engine.catalog().byId(src.id()).ifPresent(found::add);
        for (Dataset d : engine.catalog().datasets()) if (matchesText(d, q)) found.add(d);
        return List.copyOf(found);
    }

    /** Filter choices derived from the loaded catalog, computed once per engine (a reload brings a new one). */
    private record Facets(Engine engine, List<Map<String, Object>> topics, List<Map<String, Object>> publishers) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Facets> facets = new java.util.concurrent.atomic.AtomicReference<>();

    private Facets facets(Engine engine) {
        Facets f = facets.get();
        if (f != null && f.engine() == engine) return f;
        f = new Facets(engine, topicFacets(engine), publisherFacets(engine));
        facets.set(f);
        return f;
    }

    /** Topics that at least one entry has, most entries first, with their counts. */
    private static List<Map<String, Object>> topicFacets(Engine engine) {
        var counts = new java.util.HashMap<String, Integer>();
        for (Dataset d : engine.catalog().datasets()) for (String t : d.facets().topics()) counts.merge(t, 1, Integer::sum);
        var out = new ArrayList<Map<String, Object>>();
        engine.glossary().topics().stream().filter(t -> counts.containsKey(t.key()))
                .sorted(java.util.Comparator.comparing((org.catalogchat.catalog.Glossary.Topic t) -> -counts.get(t.key()))
                        .thenComparing(t -> t.english().toLowerCase(Locale.ROOT)))
                .forEach(t -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("key", t.key());
                    m.put("english", t.english());
                    m.put("chinese", t.chinese());
                    m.put("count", counts.get(t.key()));
                    out.add(m);
                });
        return out;
    }

    /**
     * Each publisher once, under its canonical name (two spellings of one university are one choice), with its
     * English name and how many entries it published, most first.
     */
    private static List<Map<String, Object>> publisherFacets(Engine engine) {
        var counts = new LinkedHashMap<String, Integer>();
        for (Dataset d : engine.catalog().datasets()) {
            d.publishers().stream().map(engine.glossary()::canonicalPublisher).distinct()
                    .forEach(p -> counts.merge(p, 1, Integer::sum));
        }
        var out = new ArrayList<Map<String, Object>>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> engine.glossary().englishPublisher(e.getKey()).toLowerCase(Locale.ROOT)))
                .forEach(e -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("name", e.getKey());
                    m.put("english", engine.glossary().englishPublisher(e.getKey()));
                    m.put("count", e.getValue());
                    out.add(m);
                });
        return out;
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

    /**
     * 200 "ok" once every question can be answered; a component still "loading" only delays the answers that need it
     * (see docs/operations.md). A "failed" one makes it 503, so that a load balancer takes the server out.
     */
    void health(Context ctx) {
        Engine engine = chat.engine();
        var m = new LinkedHashMap<String, Object>();
        m.put("status", "ok");
        m.put("datasets", engine.catalog().size());
        m.put("problems", engine.catalog().problems().size());
        components.forEach((name, status) -> m.put(name, status.get()));
        if (m.containsValue("failed")) {
            m.put("status", "failed");
            ctx.status(503);
        }
        ctx.json(m);
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
