package org.catalogchat.app;

import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Conversations;
import org.catalogchat.answer.Source;
import org.catalogchat.catalog.CatalogException;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.cli.Options;
import org.catalogchat.cli.Options.Flag;
import org.catalogchat.eval.EvalCommand;
import org.catalogchat.web.ChatPage;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;

/**
 * catalog-chat's command line: {@code serve} (the default), {@code ask "question"}, {@code eval FILE}.
 * Builds the embedding model, catalog, indexes and answerer once and hands them to the front doors.
 */
public final class Main {
    static final String BUNDLED_CATALOG = "/bundled-catalog/multimodal-datasets.md";

    static final List<Flag> FLAGS = List.of(
            new Flag("port", "N", "HTTP port (default 7070)"),
            new Flag("catalog", "PATH", "catalog file or folder of .md files (default: ./seeds, else the bundled catalog)"),
            new Flag("max-body-bytes", "N", "largest request body accepted, in bytes (default 65536)"),
            new Flag("max-question-chars", "N", "longest question accepted, in characters (default 2000)"),
            new Flag("conversation-turns", "N", "turns remembered per conversation (default 6)"),
            new Flag("max-conversations", "N", "conversations remembered at once (default 10000)"),
            new Flag("conversation-ttl-minutes", "N", "minutes an idle conversation is kept (default 60)"),
            new Flag("min-accuracy", "PERCENT", "eval: exit 1 when overall accuracy is below this (default 0)"),
            new Flag("llm-base-url", "URL", "OpenAI-compatible API root for LLM answers, e.g. http://localhost:11434/v1 (default: off)"),
            new Flag("llm-model", "NAME", "model name for LLM answers (default gpt-4o-mini)"),
            new Flag("llm-api-key", "KEY", "API key for LLM answers (local servers need none)"),
            new Flag("llm-timeout-seconds", "N", "seconds one model call may take before the grounded answer is used (default 30)"),
            new Flag("prompts", "PATH", "folder of LLM prompt templates (default: ./prompts, else the bundled ones)"),
            new Flag("slack-signing-secret", "SECRET", "Slack app signing secret; turns on /slack/commands and /slack/events"),
            new Flag("slack-bot-token", "TOKEN", "Slack bot token (xoxb-...) for answering events with chat.postMessage"),
            new Flag("slack-api-url", "URL", "Slack Web API base URL (default https://slack.com/api)"),
            new Flag("slack-response-type", "TYPE", "slash command answers: ephemeral (default) or in_channel"),
            new Flag("mattermost-token", "TOKEN", "Mattermost webhook/slash command token; turns on /webhooks/mattermost"),
            new Flag("teams-hmac-secret", "BASE64", "Teams outgoing webhook security token; turns on /webhooks/teams"),
            new Flag("api-key", "KEY", "Bearer key required on /api/* and /v1/* (default: none, open)"),
            new Flag("admin-token", "TOKEN", "Bearer token for /admin/reload and /admin/status (default: none, admin off)"),
            new Flag("rate-limit", "N", "requests per minute per client address, 0 = off (default 120)"),
            new Flag("cors-origins", "LIST", "comma-separated origins allowed by CORS (default: none, CORS off)"),
            new Flag("request-timeout-seconds", "N", "longest an answer may take before a 503 (default 30)"),
            new Flag("max-concurrent-requests", "N", "answers computed at once; a few more wait, then 503 (default 2 x cores, min 4)"),
            new Flag("max-threads", "N", "HTTP worker threads (default 200)"),
            new Flag("idle-timeout-seconds", "N", "close a connection idle this long (default 30)"),
            new Flag("shutdown-grace-seconds", "N", "how long shutdown waits for requests in flight (default 20)"),
            new Flag("no-watch", "", "do not reload the catalog when its files change"),
            new Flag("feedback-db", "PATH", "SQLite file for answer feedback (default: beside the catalog, .catalog-chat-feedback.db in its folder)"),
            new Flag("help", "", "show this help"));

    private Main() {
    }

    /** What {@link #run} returns while the server keeps running on its own threads. */
    static final int SERVING = -1;

    public static void main(String[] args) {
        int code = run(args, System.out, System.err, System.getenv());
        if (code != SERVING) System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        Options options;
        try {
            options = Options.parse(args, FLAGS, env);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        List<String> positional = options.positional();
        String command = positional.isEmpty() ? "serve" : positional.get(0);
        if (options.flag("help") || command.equals("help")) {
            out.print(help());
            return 0;
        }
        try {
            return switch (command) {
                case "serve" -> serve(options, out);
                case "ask" -> ask(options, positional, out, err);
                case "eval" -> EvalCommand.run(options, positional, catalogPath(options), embeddingModel(), out, err);
                default -> {
                    err.println("error: unknown command '" + command + "' (see --help)");
                    yield 2;
                }
            };
        } catch (IllegalArgumentException | CatalogException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    static String help() {
        var sb = new StringBuilder();
        sb.append("catalog-chat: answers questions about a dataset catalog, citing its entries\n\n");
        sb.append("usage: java -jar target/catalog-chat.jar [COMMAND] [OPTIONS]\n\n");
        sb.append("commands:\n");
        sb.append("  serve              run the HTTP server (default)\n");
        sb.append("  ask \"QUESTION\"     answer one question in the terminal\n");
        sb.append("  eval [FILE]        score the answerer and the textbook RAG baseline on one set, or on every\n");
        sb.append("                     catalog+set pair under src/test/resources/eval (CATALOG_CHAT_VOCABULARY=none: ablation)\n");
        sb.append("  help               show this help\n\noptions (each also read from the environment variable shown):\n");
        for (Flag f : FLAGS) {
            String left = "  --" + f.name() + (f.value().isEmpty() ? "" : " " + f.value());
            sb.append(String.format("%-34s %s [%s]%n", left, f.help(), f.env()));
        }
        return sb.toString();
    }

    /** The embedding model: all-MiniLM-L6-v2 running in-process from the jar, no network. */
    public static EmbeddingModel embeddingModel() {
        return new AllMiniLmL6V2EmbeddingModel();
    }

    /** The same model loading on a background thread while the catalog is parsed and indexed (faster starts). */
    static org.catalogchat.retrieval.DeferredEmbeddingModel backgroundEmbeddingModel() {
        return org.catalogchat.retrieval.DeferredEmbeddingModel.start("all-MiniLM-L6-v2", 384, Main::embeddingModel);
    }

    static Engine engine(Options options) {
        return org.catalogchat.llm.LlmAnswerer.configure(
                Engine.load(catalogPath(options), Glossary.bundled(), embeddingModel()), options);
    }

    /** --catalog, else ./seeds, else the catalog bundled in the jar (copied out once to a temp file). */
    static Path catalogPath(Options options) {
        var explicit = options.value("catalog");
        if (explicit.isPresent()) return Path.of(explicit.get());
        Path seeds = Path.of("seeds");
        if (Files.isDirectory(seeds)) return seeds;
        try (InputStream in = Main.class.getResourceAsStream(BUNDLED_CATALOG)) {
            if (in == null) throw new CatalogException("no ./seeds folder and no bundled catalog; pass --catalog PATH");
            // A stable name per catalog content, so the embeddings persisted beside it are reused next start.
            byte[] bytes = in.readAllBytes();
            String hash = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
            Path copy = Path.of(System.getProperty("java.io.tmpdir"), "catalog-chat-bundled-" + hash + ".md");
            if (!Files.isRegularFile(copy) || Files.size(copy) != bytes.length) {
                Path tmp = Files.createTempFile(copy.getParent(), "catalog-chat-", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static Conversations conversations(Options o) {
        return new Conversations(o.intValue("conversation-turns", 6, 1, 100),
                o.intValue("max-conversations", 10_000, 1, 10_000_000),
                Duration.ofMinutes(o.intValue("conversation-ttl-minutes", 60, 1, 60 * 24 * 30)), Clock.systemUTC());
    }

    static ServerLimits limits(Options o) {
        return new ServerLimits(o.longValue("max-body-bytes", ServerLimits.DEFAULT.maxBodyBytes(), 256, 1L << 30),
                o.intValue("max-question-chars", ServerLimits.DEFAULT.maxQuestionChars(), 1, 1_000_000));
    }

    private static int serve(Options options, PrintStream out) {
        int port = options.intValue("port", 7070, 0, 65535);
        ServerLimits limits = limits(options);
        Conversations conversations = conversations(options);
        long start = System.nanoTime();
        Path catalog = catalogPath(options);
        var model = backgroundEmbeddingModel();
        // The LLM answerer, when configured, wraps every engine, the first and each one a reload builds.
        var ops = new org.catalogchat.ops.Operations(org.catalogchat.ops.OpsSettings.from(options),
                e -> org.catalogchat.llm.LlmAnswerer.configure(e, options));
        Engine engine = ops.prepare(Engine.load(catalog, Glossary.bundled(), model));
        model.await(); // healthy means ready to answer: never listen before the model can embed a question
        ChatService chat = new ChatService(engine, conversations);
        HttpServer server = new HttpServer(chat, limits);
        server.with(ChatPage.extension(server, chat, limits))
                .with(new org.catalogchat.openai.OpenAiRoutes(chat, limits)::register)
                .with(org.catalogchat.chatops.ChatWebhooks.from(options, chat, limits));
        var feedback = org.catalogchat.feedback.FeedbackStore.open(options.value("feedback-db").map(Path::of)
                .orElseGet(() -> org.catalogchat.feedback.FeedbackStore.besideCatalog(catalog)));
        server.with(new org.catalogchat.web.FeedbackRoutes(chat, new org.catalogchat.web.JsonBodies(server.mapper(), limits),
                feedback, options.value("admin-token").orElse(null), Clock.systemUTC())::register);
        Javalin app = ops.install(server, chat, catalog, Glossary.bundled(), model).start(port);
        out.printf("catalog-chat: %d datasets loaded (%d skipped) in %d ms; listening on http://localhost:%d%n",
                engine.catalog().size(), engine.catalog().problems().size(), (System.nanoTime() - start) / 1_000_000,
                app.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ops.shutdown(app);
            feedback.close(); // after the server: feedback accepted while draining is still written
        }, "shutdown"));
        return SERVING;
    }

    private static int ask(Options options, List<String> positional, PrintStream out, PrintStream err) {
        if (positional.size() < 2 || positional.get(1).isBlank()) {
            err.println("error: ask needs a question, e.g. ask \"Who released MedTrinity-25M?\"");
            return 2;
        }
        String question = String.join(" ", positional.subList(1, positional.size()));
        Engine engine = engine(options);
        Answer a = new ChatService(engine, conversations(options)).ask(question, null).answer();
        out.println(a.markdown());
        if (!a.suggestions().isEmpty()) {
            out.println();
            out.println(a.language().code().equals("zh") ? "你是否在找：" : "Did you mean:");
            for (Source s : a.suggestions()) out.println("  - " + s.name() + " " + s.url());
        }
        return 0;
    }
}
