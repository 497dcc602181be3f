package org.catalogchat.ops;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.Glossary;
import java.util.function.UnaryOperator;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.web.HttpServer;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.handler.ThreadLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that keeps the server up and closed: hot reload (watcher and {@code POST /admin/reload}), limits
 * (rate limit, bounded answer pool, timeouts, worker threads), auth (API key, web session, admin token, CORS),
 * {@code /metrics}, request logs and graceful shutdown.
 *
 * <pre>{@code
 * Operations ops = new Operations(OpsSettings.DEFAULT.withApiKey(key), e -> e);   // or e -> e.withAnswerer(llm)
 * ChatService chat = new ChatService(ops.prepare(engine), conversations);
 * Javalin app = ops.install(new HttpServer(chat, limits), chat, catalogPath, glossary, model).start(port);
 * Runtime.getRuntime().addShutdownHook(new Thread(() -> ops.shutdown(app)));
 * }</pre>
 */
public final class Operations {
    private static final Logger log = LoggerFactory.getLogger(Operations.class);

    private final OpsSettings settings;
    private final UnaryOperator<Engine> answerers;
    private final Metrics metrics = new Metrics();
    private final AnswerPool pool;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final Clock clock;
    private CatalogReloader reloader;
    private CatalogWatcher watcher;
    private IndexFollower follower;

    /**
     * @param answerers wraps each freshly loaded engine's answerer (an LLM answerer, say); applied at start and on
     *                  every reload, so the choice survives reloads
     */
    public Operations(OpsSettings settings, UnaryOperator<Engine> answerers) {
        this(settings, answerers, Clock.systemUTC());
    }

    Operations(OpsSettings settings, UnaryOperator<Engine> answerers, Clock clock) {
        this.settings = settings;
        this.answerers = answerers;
        this.clock = clock;
        this.pool = new AnswerPool(settings.maxConcurrentAnswers(), settings.requestTimeout(), metrics);
    }

    public Metrics metrics() {
        return metrics;
    }

    /** A loaded engine made ready to serve: the configured answerer, run on the bounded pool and counted. */
    public Engine prepare(Engine loaded) {
        Engine e = answerers.apply(loaded);
        return e.withAnswerer(new GuardedAnswerer(e.answerer(), pool, metrics));
    }

    /**
     * Adds the guard, admin and metrics routes, worker limits and the watcher's life cycle to the server; reloads
     * read {@code catalog} with the glossary and index it with the shared embedding model.
     */
    public HttpServer install(HttpServer server, ChatService chat, Path catalog, Glossary glossary, EmbeddingModel model) {
        if (model instanceof org.catalogchat.retrieval.CachingEmbeddingModel cached) {
            metrics.monitor(cached.cache(), "embeddings");
        }
        // Reloads update the index persisted beside the catalog: only edited entries are embedded and analysed again.
        return install(server, chat, catalog, glossary, c -> Engine.rebuild(catalog, c, glossary, model,
                org.catalogchat.retrieval.PersistedIndex.besideCatalog(catalog),
                org.catalogchat.retrieval.PersistedIndex.Settings.DEFAULT));
    }

    /** Like the five-argument form; {@code index} builds the engine for a freshly parsed catalog (its own index folder, say). */
    public HttpServer install(HttpServer server, ChatService chat, Path catalog, Glossary glossary,
                              java.util.function.Function<org.catalogchat.catalog.Catalog, Engine> index) {
        return install(server, chat, catalog, settings, new CatalogLoader(new CatalogParser(glossary))::load, index);
    }

    /**
     * A read-only replica: no watcher and no writes. A reload (admin, or the index folder's {@code CURRENT} pointer
     * moving to a new generation, checked every {@code poll}) re-opens the index the builder published; the
     * catalog is never read.
     *
     * @param reopen     opens the generation {@code CURRENT} names into a fresh engine
     * @param generation the name {@code CURRENT} holds now (cheap: one small file)
     */
    public HttpServer installReadOnly(HttpServer server, ChatService chat, Path indexDir,
                                      java.util.function.Supplier<Engine> reopen,
                                      java.util.function.Supplier<String> generation, Duration poll) {
        // CatalogReloader checks what "parse" returns before "index" builds an engine; here opening the index does
        // both, so the engine is opened first and handed over. The builder already refused a catalog with problems.
        var opened = new AtomicReference<Engine>();
        HttpServer installed = install(server, chat, indexDir, settings.withWatch(false, settings.reloadDebounce()), p -> {
            Engine e = reopen.get();
            opened.set(e);
            return new org.catalogchat.catalog.Catalog(e.catalog().datasets(), java.util.List.of());
        }, c -> opened.get());
        follower = new IndexFollower(generation, () -> reloader.reload("index"), poll);
        return installed;
    }

    private HttpServer install(HttpServer server, ChatService chat, Path catalog, OpsSettings s,
                               java.util.function.Function<Path, org.catalogchat.catalog.Catalog> parse,
                               java.util.function.Function<org.catalogchat.catalog.Catalog, Engine> index) {
        reloader = new CatalogReloader(catalog, parse, index, this::prepare, chat, metrics, clock);
        metrics.catalogSize(() -> chat.engine().catalog().size());
        // The event streams' own counts: how many are open, and how many clients were dropped for falling behind.
        io.micrometer.core.instrument.Gauge.builder("catalogchat.streams.open", server.streams(),
                org.catalogchat.web.SseStreams::open).description("open event streams").register(metrics.registry());
        io.micrometer.core.instrument.FunctionCounter.builder("catalogchat.streams.dropped", server.streams(),
                        org.catalogchat.web.SseStreams::dropped).description("stream clients dropped for falling behind")
                .register(metrics.registry());
        metrics.monitor(chat.answerCache(), "answers");
        metrics.monitor(chat.conversations().cache(), "conversations");
        watcher = s.watch() ? new CatalogWatcher(reloader, s.reloadDebounce()) : null;
        var guard = new AccessGuard(settings, settings.rateLimitPerMinute() == 0 ? null
                : new RateLimiter(settings.rateLimitPerMinute(), System::nanoTime),
                new WebSession(clock, Duration.ofHours(12)), metrics, draining);
        var admin = new AdminRoutes(reloader, metrics, () -> watcher != null && watcher.watching());
        return server.with(config -> configure(config, guard, admin));
    }

    private void configure(JavalinConfig config, AccessGuard guard, AdminRoutes admin) {
        config.routes.before(guard::before);
        config.requestLogger.http(guard::logged);
        admin.register(config.routes);
        // Jetty warns against a bounded job queue; floods are held back by the rate limit and the answer pool.
        config.jetty.threadPool = new QueuedThreadPool(settings.maxThreads(), Math.min(8, settings.maxThreads()));
        AtomicReference<Server> jetty = new AtomicReference<>();
        config.jetty.modifyServer(jetty::set);
        config.jetty.modifyServer(this::limitSlowClients);
        config.events.serverStarted(() -> {
            metrics.bindJvm();
            Server s = jetty.get();
            if (s != null) {
                for (var c : s.getConnectors()) {
                    if (c instanceof AbstractConnector ac) ac.setIdleTimeout(settings.idleTimeout().toMillis());
                }
                metrics.bindJetty(s);
            }
            if (watcher != null) watcher.start();
            if (follower != null) follower.start();
        });
        config.events.serverStopped(() -> {
            if (watcher != null) watcher.close();
            if (follower != null) follower.close();
            pool.close();
        });
    }

    /**
     * Slow clients are cut off before they can hold the server. Each request holds a worker thread while its
     * body is read, so: one client address gets at most {@link OpsSettings#maxThreadsPerClient} threads (Jetty's
     * ThreadLimitHandler parks the rest without a thread), and a body arriving slower than
     * {@link #MIN_REQUEST_BYTES_PER_SECOND} fails (Jetty's MinimumDataRateHandler; the read error is a 400).
     * Both wrap Javalin's servlet context, which Javalin attaches inside the innermost wrapper.
     */
    private void limitSlowClients(Server server) {
        var perClient = new ThreadLimitHandler();
        perClient.setThreadLimit(settings.maxThreadsPerClient());
        server.insertHandler(perClient);
        perClient.insertHandler(new MinimumDataRateHandler(MIN_REQUEST_BYTES_PER_SECOND, 0));
    }

    /**
     * Slower than any real client on any real link, far faster than a slowloris (a byte every few seconds).
     * Jetty measures from the first read, so a small body arriving in one packet always passes.
     */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 128;

    /** The admin reload, callable without HTTP (a SIGHUP handler, a test). */
    public ReloadStatus.Attempt reload(String trigger) {
        return reloader.reload(trigger);
    }

    /**
     * Graceful stop: new requests get 503 at once, requests in flight get up to the shutdown grace to finish,
     * then the server stops. Called from the JVM's shutdown hook, so SIGTERM drains before exiting.
     */
    public void shutdown(Javalin app) {
        draining.set(true);
        long deadline = System.nanoTime() + settings.shutdownGrace().toNanos();
        // This request's own count is not in flight yet when called outside a handler, so wait for zero.
        while (metrics.inFlight().get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long left = metrics.inFlight().get();
        if (left > 0) log.warn("shutting down with {} request(s) still in flight after the grace period", left);
        app.stop();
        log.info("stopped");
    }
}
