package org.catalogchat.web;

import org.catalogchat.render.AnswerHtml;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the answer API plus whatever other front doors register routes. Every error leaves as
 * {@code {"error": {"code", "message"}}}; a client's mistake is never a 500.
 *
 * <pre>{@code
 * Javalin app = new HttpServer(chat, ServerLimits.DEFAULT).start(7070);
 * }</pre>
 */
public final class HttpServer {
    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private final ChatService chat;
    private final ServerLimits limits;
    private final ObjectMapper mapper = JsonBodies.newMapper();
    private final List<Consumer<JavalinConfig>> extensions = new ArrayList<>();
    private final SseStreams streams = new SseStreams(SseStreams.Limits.DEFAULT);
    private final Map<String, java.util.function.Supplier<String>> components = new java.util.LinkedHashMap<>();

    public HttpServer(ChatService chat, ServerLimits limits) {
        this.chat = chat;
        this.limits = limits;
    }

    /** Lets another front door (web chat, webhooks, admin) add its routes and settings. */
    public HttpServer with(Consumer<JavalinConfig> extension) {
        extensions.add(extension);
        return this;
    }

    /**
     * A part that finishes loading after the server listens (the embedding model): {@code /health} shows
     * {@code status} under {@code name} ("loading", "ready" or "failed") and answers 503 if it failed.
     */
    public HttpServer reporting(String name, java.util.function.Supplier<String> status) {
        components.put(name, status);
        return this;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The server's event streams: both the web chat's and the OpenAI endpoint's count against one set of limits. */
    public SseStreams streams() {
        return streams;
    }

    public ApiRoutes apiRoutes() {
        return new ApiRoutes(chat, new JsonBodies(mapper, limits), new AnswerHtml(), components);
    }

    /**
     * Jetty's MemoryUtils sizes the padding in its queues by asking the platform MBean server whether object
     * references are compressed. Creating that server registers every platform MXBean (about 140 classes, tens of
     * milliseconds of each start) for one number; this gives it instead: 16 four-byte references per 64-byte cache
     * line below 32 GB of heap (compressed), 8 above. Only a hint for padding; a -D on the command line wins.
     */
    static final String JETTY_REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    public Javalin create() {
        if (System.getProperty(JETTY_REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(JETTY_REFERENCES_PER_CACHE_LINE,
                    Runtime.getRuntime().maxMemory() < 32L << 30 ? "16" : "8");
        }
        ApiRoutes api = apiRoutes();
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = limits.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.startup.showJavalinBanner = false;
            config.routes.before(SecurityHeaders::apply);
            config.jetty.modifyServer(server -> server.setErrorHandler(new SecurityHeaders.JsonErrors()));
            api.register(config.routes);
            extensions.forEach(e -> e.accept(config));
            // Registered after the extensions' loggers, so request metrics and logs do not wait for the drain.
            config.requestLogger.http((ctx, ms) -> UnreadBodies.drain(ctx, limits));
            config.routes.exception(ApiException.class, (e, ctx) ->
                    ctx.status(e.status()).json(error(e.code(), e.getMessage())));
            config.routes.exception(Unavailable.class, (e, ctx) ->
                    ctx.status(503).json(error(e.code(), e.getMessage())));
            config.routes.exception(HttpResponseException.class, (e, ctx) ->
                    ctx.status(e.getStatus()).json(error(codeFor(e.getStatus()), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (e instanceof java.io.IOException) {
                    // A body or connection the client broke (Jetty's EofException, a read timeout): its fault.
                    ApiException bad = JsonBodies.invalidBody(ctx, e);
                    ctx.status(bad.status()).json(error(bad.code(), bad.getMessage()));
                    return;
                }
                log.error("unhandled error on {} {}", ctx.method(), org.catalogchat.catalog.LogText.safe(ctx.path(), 200), e);
                ctx.status(500).json(error("internal_error", "the server failed to answer; the error is logged"));
            });
            config.routes.error(404, "*", ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.contains("json")) {
                    ctx.json(error("not_found", "no such endpoint: " + ctx.method() + " " + ctx.path()));
                }
            });
            config.routes.error(405, "*", ctx -> ctx.json(error("method_not_allowed",
                    ctx.method() + " is not allowed on " + ctx.path())));
            config.routes.error(413, "*", ctx -> ctx.json(error("body_too_large",
                    "the request body is larger than " + limits.maxBodyBytes() + " bytes")));
        });
    }

    public Javalin start(int port) {
        return create().start(port);
    }

    public static Map<String, Object> error(String code, String message) {
        return Map.of("error", Map.of("code", code, "message", message == null ? code : message));
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "body_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "rate_limited";
            case 503 -> "unavailable";
            default -> "http_" + status;
        };
    }
}
