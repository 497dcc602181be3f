package org.catalogchat.app;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.catalogchat.answer.Conversations;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.chatops.ChatWebhooks;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.llm.LlmAnswerer;
import org.catalogchat.llm.LlmSettings;
import org.catalogchat.ops.Operations;
import org.catalogchat.ops.OpsSettings;
import org.catalogchat.retrieval.CachingEmbeddingModel;
import org.catalogchat.web.ChatPage;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code serve} (the default command): the HTTP server with every front door. */
@Command(name = "serve", description = "run the HTTP server (the default command)", sortOptions = false)
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    ServerOptions server = new ServerOptions();
    @Mixin
    CatalogOption catalog = new CatalogOption();
    @Mixin
    ConversationOptions conversations = new ConversationOptions();
    @Mixin
    LlmOptions llm = new LlmOptions();
    @Mixin
    ChatopsOptions chatops = new ChatopsOptions();
    @Mixin
    OpsOptions ops = new OpsOptions();
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

        long start = System.nanoTime();
        Path catalogPath = catalog.path();
        var loading = Main.backgroundEmbeddingModel();
        // One question-embedding cache for the server's life: embeddings do not depend on the catalog, so reloads keep it.
        var model = new CachingEmbeddingModel(loading, CachingEmbeddingModel.DEFAULT_CAPACITY);
        // The LLM answerer, when configured, wraps every engine, the first and each one a reload builds.
        var operations = new Operations(opsSettings, e -> LlmAnswerer.configure(e, llmSettings, llm.promptFolder()));
        Engine engine = operations.prepare(Engine.load(catalogPath, Glossary.bundled(), model));
        loading.await(); // healthy means ready to answer: never listen before the model can embed a question
        ChatService chat = new ChatService(engine, memory);
        HttpServer http = new HttpServer(chat, limits);
        http.with(ChatPage.extension(http, chat, limits))
                .with(new org.catalogchat.openai.OpenAiRoutes(chat, limits)::register)
                .with(ChatWebhooks.from(webhooks, chat, limits));
        Javalin app = operations.install(http, chat, catalogPath, Glossary.bundled(), model).start(port);
        out.printf("catalog-chat: %d datasets loaded (%d skipped) in %d ms; listening on http://localhost:%d%n",
                engine.catalog().size(), engine.catalog().problems().size(), (System.nanoTime() - start) / 1_000_000,
                app.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> operations.shutdown(app), "shutdown"));
        return Main.SERVING;
    }
}
