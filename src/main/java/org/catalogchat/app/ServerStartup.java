package org.catalogchat.app;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.catalogchat.answer.Conversations;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.chatops.ChatWebhooks;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.feedback.FeedbackStore;
import org.catalogchat.llm.LlmAnswerer;
import org.catalogchat.llm.LlmSettings;
import org.catalogchat.openai.OpenAiRoutes;
import org.catalogchat.ops.Operations;
import org.catalogchat.ops.OpsSettings;
import org.catalogchat.retrieval.CachingEmbeddingModel;
import org.catalogchat.retrieval.DeferredEmbeddingModel;
import org.catalogchat.retrieval.IndexProgress;
import org.catalogchat.retrieval.LexicalIndex;
import org.catalogchat.retrieval.PersistedIndex;
import org.catalogchat.web.ChatPage;
import org.catalogchat.web.FeedbackRoutes;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.JsonBodies;
import org.catalogchat.web.ServerLimits;

/**
 * The {@code serve} start, step by step, once {@link ServeCommand} has read and checked every setting: the slow parts
 * (the embedding model, the dictionaries, the feedback database) run beside the index load, and the server listens
 * before the model is ready.
 */
final class ServerStartup {
    /** How often a read-only replica looks for a new index generation. */
    private static final Duration INDEX_POLL = Duration.ofSeconds(2);
    /** Longest a shutdown waits for a model load still running. */
    private static final Duration MODEL_SETTLE = Duration.ofSeconds(10);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ServerStartup.class);

    /** Everything {@code serve} was told, checked. {@code catalog} is null on a read-only replica given its index. */
    record Settings(int port, ServerLimits limits, Conversations memory, Optional<LlmSettings> llm, Path promptFolder,
            OpsSettings ops, ChatWebhooks.Settings webhooks, PersistedIndex.Settings index, Path catalog, Path indexDir,
            boolean readOnly, Path feedbackFile) {}

    private final Settings settings;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private final Glossary glossary = Glossary.bundled();

    ServerStartup(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Starts the server and returns once it listens; a shutdown hook stops it. */
    void run() {
        DeferredEmbeddingModel loading = Main.backgroundEmbeddingModel();
        try {
            CompletableFuture<FeedbackStore> feedbackOpening = openFeedback();
            logWhenLoaded(loading);
            preloadDictionaries();
            // One question-embedding cache for the server's life: embeddings do not depend on the catalog, so reloads
            // keep it.
            var model = new CachingEmbeddingModel(loading, CachingEmbeddingModel.DEFAULT_CAPACITY);
            // The LLM answerer, when configured, wraps every engine, the first and each one a reload builds.
            var operations = new Operations(settings.ops(),
                    e -> LlmAnswerer.configure(e, settings.llm(), settings.promptFolder()));
            var persisted = new PersistedIndex(settings.indexDir(), glossary, model, settings.index(), progress());
            Supplier<Engine> reopen = () -> Engine.open(persisted.openReadOnly(), glossary, model);
            Engine engine = operations.prepare(firstEngine(reopen, model));
            ChatService chat = new ChatService(engine, settings.memory());
            operations.metrics().monitor(model.cache(), "embeddings");
            // /health says whether the model is "loading", "ready" or "failed": a question that needs a vector waits
            // for it (within the request timeout), most need none.
            HttpServer http = frontDoors(chat, loading);
            FeedbackStore feedbackStore = join(feedbackOpening);
            if (feedbackStore != null) {
                http.with(new FeedbackRoutes(chat, new JsonBodies(http.mapper(), settings.limits()), feedbackStore,
                        settings.ops().adminToken(), Clock.systemUTC())::register);
            }
            Javalin app = install(operations, http, chat, reopen, persisted, model).start(settings.port());
            out.printf("catalog-chat: %d datasets loaded (%d skipped) in %d ms; listening on http://localhost:%d%n",
                    engine.catalog().size(), engine.catalog().problems().size(), elapsedMillis(), app.port());
            stopOnShutdown(operations, app, loading, feedbackStore);
        } catch (RuntimeException | Error e) {
            // A start that fails (a bad catalog, a port in use) exits at once: not with ONNX Runtime halfway through
            // building its session, which can crash in native code (see the shutdown hook).
            loading.settle(MODEL_SETTLE);
            throw e;
        }
    }

    /**
     * Opening SQLite (it extracts and checks its native library at every start) needs nothing else, so it runs beside
     * the rest. Not beside a catalog that does not exist: that start fails, and must leave no database behind.
     */
    private CompletableFuture<FeedbackStore> openFeedback() {
        Path file = settings.feedbackFile();
        if (file == null || settings.catalog() != null && !Files.exists(settings.catalog())) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(() -> FeedbackStore.open(file));
    }

    private void logWhenLoaded(DeferredEmbeddingModel loading) {
        loading.whenLoaded(failure -> {
            if (failure == null) {
                log.info("embedding model {} ready, {} ms after the start", loading.modelName(), elapsedMillis());
            } else {
                log.error("the embedding model failed to load; /health answers 503 once listening", failure);
            }
        });
    }

    /**
     * Two dictionaries are read once per JVM and need nothing else: smartcn's (the question parser's first analysis)
     * and CC-CEDICT (the answerer restricts it to the catalog), then WordNet's related words (the first English word
     * CC-CEDICT cannot bridge needs them). Opening the persisted index needs none, so they are read on a thread of
     * their own meanwhile, in the order the main thread needs them.
     */
    private void preloadDictionaries() {
        Thread dictionaries = new Thread(() -> {
            LexicalIndex.preloadDictionaries();
            glossary.dictionary().ifPresent(d -> org.catalogchat.vocabulary.WordRelations.shipped());
        }, "dictionary-load");
        dictionaries.setDaemon(true);
        dictionaries.start();
    }

    /** The index as the index command published it (read-only), else the catalog's, built or reused. */
    private Engine firstEngine(Supplier<Engine> reopen, CachingEmbeddingModel model) {
        try {
            return settings.readOnly() ? reopen.get()
                    : Engine.load(settings.catalog(), glossary, model, settings.indexDir(), settings.index(), progress());
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private HttpServer frontDoors(ChatService chat, DeferredEmbeddingModel loading) {
        ServerLimits limits = settings.limits();
        HttpServer http = new HttpServer(chat, limits).reporting("embeddingModel", loading::status);
        return http.with(ChatPage.extension(http, chat, limits))
                .with(new OpenAiRoutes(chat, limits, http.streams())::register)
                .with(ChatWebhooks.from(settings.webhooks(), chat, limits));
    }

    /** A replica polls its index folder for new generations; a writer watches its catalog and rebuilds. */
    private HttpServer install(Operations operations, HttpServer http, ChatService chat, Supplier<Engine> reopen,
            PersistedIndex persisted, CachingEmbeddingModel model) {
        Path catalog = settings.catalog();
        Path indexDir = settings.indexDir();
        if (settings.readOnly()) {
            return operations.installReadOnly(http, chat, indexDir, reopen,
                    () -> persisted.current().map(g -> g.getFileName().toString()).orElse(null), INDEX_POLL);
        }
        return operations.install(http, chat, catalog, glossary,
                c -> Engine.rebuild(catalog, c, glossary, model, indexDir, settings.index()));
    }

    private static void stopOnShutdown(Operations operations, Javalin app, DeferredEmbeddingModel loading,
            FeedbackStore feedbackStore) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            operations.shutdown(app);
            // Stopped while the model is still loading (right after the start): exiting with ONNX Runtime halfway
            // through building its session can crash in native code, so let it finish (it takes about a second).
            loading.settle(MODEL_SETTLE);
            // After the server: what it accepted while draining is written.
            if (feedbackStore != null) feedbackStore.close();
        }, "shutdown"));
    }

    private static IndexProgress progress() {
        return IndexProgress.forConsole(System.console() != null, System.err);
    }

    private long elapsedMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The value, or the exception that computing it threw (an unreadable feedback file is the user's to fix). */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }
}
