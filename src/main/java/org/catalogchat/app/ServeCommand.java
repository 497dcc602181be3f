package org.catalogchat.app;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.catalogchat.retrieval.IndexProgress;
import org.catalogchat.retrieval.LexicalIndex;
import org.catalogchat.retrieval.PersistedIndex;
import org.catalogchat.answer.Conversations;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.chatops.ChatWebhooks;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.llm.LlmAnswerer;
import org.catalogchat.llm.LlmSettings;
import org.catalogchat.ops.Operations;
import org.catalogchat.ops.OpsSettings;
import org.catalogchat.feedback.FeedbackStore;
import org.catalogchat.retrieval.CachingEmbeddingModel;
import org.catalogchat.web.ChatPage;
import org.catalogchat.web.FeedbackRoutes;
import org.catalogchat.web.JsonBodies;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code serve} (the default command): the HTTP server with every front door. */
@Command(name = "serve", description = "run the HTTP server (the default command)", sortOptions = false)
final class ServeCommand implements Callable<Integer> {
    /** How often a read-only replica looks for a new index generation. */
    private static final java.time.Duration INDEX_POLL = java.time.Duration.ofSeconds(2);
    /** Longest a shutdown waits for a model load still running. */
    private static final java.time.Duration MODEL_SETTLE = java.time.Duration.ofSeconds(10);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ServeCommand.class);
    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server = new ServerOptions();
    @Mixin
    CatalogOption catalog = new CatalogOption();
    @Mixin
    IndexOptions index = new IndexOptions();
    @picocli.CommandLine.Option(names = "--read-only", description = "serve the index in --index-dir as the index "
            + "command built it: no catalog read, no writes, no watcher; a new generation published there is picked up")
    boolean readOnly;
    @Mixin
    ConversationOptions conversations = new ConversationOptions();
    @Mixin
    LlmOptions llm = new LlmOptions();
    @Mixin
    ChatopsOptions chatops = new ChatopsOptions();
    @Mixin
    OpsOptions ops = new OpsOptions();
    @Mixin
    FeedbackOption feedback = new FeedbackOption();
    @Mixin
    HelpOption help = new HelpOption();

    private final PrintStream out;

    ServeCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        // Every setting is read and checked before the slow start, so a typo fails in milliseconds.
        int port = server.port(spec);
        ServerLimits limits = server.limits(spec);
        Conversations memory = conversations.build(spec);
        Optional<LlmSettings> llmSettings = llm.settings(spec);
        OpsSettings opsSettings = ops.settings(spec);
        ChatWebhooks.Settings webhooks = chatops.settings(spec);

        PersistedIndex.Settings indexSettings = index.settings(spec);
        long start = System.nanoTime();
        Path catalogPath = readOnly && index.indexDir != null ? null : catalog.path();
        Path indexDir = index.dir(catalogPath);
        var loading = Main.backgroundEmbeddingModel();
        try {
            // A read-only replica writes nothing unless told where: feedback is then off (the page says it was not
            // sent).
            Path feedbackFile = feedback.path(readOnly ? null : catalogPath);
            // Opening SQLite (it extracts and checks its native library at every start) needs nothing else either. Not
            // beside a catalog that does not exist: that start fails, and must leave no database behind.
            CompletableFuture<FeedbackStore> feedbackOpening = feedbackFile == null
                    || catalogPath != null && !java.nio.file.Files.exists(catalogPath)
                    ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.supplyAsync(() -> FeedbackStore.open(feedbackFile));
            loading.whenLoaded(failure -> {
                if (failure == null) {
                    log.info("embedding model {} ready, {} ms after the start", loading.modelName(),
                            (System.nanoTime() - start) / 1_000_000);
                } else {
                    log.error("the embedding model failed to load; /health answers 503 once listening", failure);
                }
            });
            Glossary glossary = Glossary.bundled();
            // Two dictionaries are read once per JVM and need nothing else: smartcn's (the question parser's first
            // analysis) and CC-CEDICT (the answerer restricts it to the catalog). Opening the persisted index needs
            // neither, so they are read on a thread of their own meanwhile, in the order the main thread needs them.
            Thread dictionaries = new Thread(() -> {
                LexicalIndex.preloadDictionaries();
                glossary.dictionary();
            }, "dictionary-load");
            dictionaries.setDaemon(true);
            dictionaries.start();
            // One question-embedding cache for the server's life: embeddings do not depend on the catalog, so reloads
            // keep it.
            var model = new CachingEmbeddingModel(loading, CachingEmbeddingModel.DEFAULT_CAPACITY);
            // The LLM answerer, when configured, wraps every engine, the first and each one a reload builds.
            var operations = new Operations(opsSettings, e -> LlmAnswerer.configure(e, llmSettings, llm.promptFolder()));
            var persisted = new PersistedIndex(indexDir, glossary, model, indexSettings,
                    IndexProgress.forConsole(System.console() != null, System.err));
            Supplier<Engine> reopen = () -> Engine.open(persisted.openReadOnly(), glossary, model);
            Engine engine;
            try {
                engine = operations.prepare(readOnly ? reopen.get()
                        : Engine.load(catalogPath, glossary, model, indexDir, indexSettings, IndexProgress.forConsole(
                                System.console() != null, System.err)));
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            ChatService chat = new ChatService(engine, memory);
            operations.metrics().monitor(model.cache(), "embeddings");
            // The server listens while the model may still be loading: most questions need no vector, and one that does
            // waits for it (within the request timeout). /health says which: embeddingModel "loading", "ready" or
            // "failed".
            HttpServer http = new HttpServer(chat, limits).reporting("embeddingModel", loading::status);
            http.with(ChatPage.extension(http, chat, limits))
                    .with(new org.catalogchat.openai.OpenAiRoutes(chat, limits, http.streams())::register)
                    .with(ChatWebhooks.from(webhooks, chat, limits));
            FeedbackStore feedbackStore = join(feedbackOpening);
            if (feedbackStore != null) {
                http.with(new FeedbackRoutes(chat, new JsonBodies(http.mapper(), limits), feedbackStore,
                        opsSettings.adminToken(), Clock.systemUTC())::register);
            }
            Javalin app = (readOnly
                    ? operations.installReadOnly(http, chat, indexDir, reopen,
                            () -> persisted.current().map(g -> g.getFileName().toString()).orElse(null), INDEX_POLL)
                    : operations.install(http, chat, catalogPath, glossary, c -> Engine.rebuild(catalogPath, c,
                            glossary, model, indexDir, indexSettings))).start(port);
            out.printf("catalog-chat: %d datasets loaded (%d skipped) in %d ms; listening on http://localhost:%d%n",
                    engine.catalog().size(), engine.catalog().problems().size(), (System.nanoTime() - start) / 1_000_000,
                    app.port());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                operations.shutdown(app);
                // Stopped while the model is still loading (right after the start): exiting with ONNX Runtime halfway
                // through building its session can crash in native code, so let it finish (it takes about a second).
                loading.settle(MODEL_SETTLE);
                // After the server: what it accepted while draining is written.
                if (feedbackStore != null) feedbackStore.close();
            }, "shutdown"));
            return Main.SERVING;
        } catch (RuntimeException | Error e) {
            // A start that fails (a bad catalog, a port in use) exits at once: not with ONNX Runtime halfway through
            // building its session, which can crash in native code (see the shutdown hook).
            loading.settle(MODEL_SETTLE);
            throw e;
        }
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
