package org.catalogchat.web;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.catalogchat.core.ChatService;

/**
 * The web chat: the page at {@code /} (plain HTML, CSS and JavaScript from the jar's {@code /public}, nothing
 * fetched from elsewhere) and the streaming answer API it talks to ({@link StreamRoutes}).
 *
 * <pre>{@code
 * HttpServer server = new HttpServer(chat, limits);
 * server.with(ChatPage.extension(server, chat, limits)).start(7070);
 * }</pre>
 */
public final class ChatPage {
    /**
     * The page may load only its own files and talk only to its own server; answer HTML cannot bring in
     * scripts, styles, frames or images from elsewhere, nor run inline script.
     */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cache-Control", "no-cache");

    private ChatPage() {
    }

    /** The page and the streaming API, to hand to {@link HttpServer#with}. */
    public static Consumer<JavalinConfig> extension(HttpServer server, ChatService chat, ServerLimits limits) {
        return extension(server, chat, limits, Duration.ofSeconds(15));
    }

    static Consumer<JavalinConfig> extension(HttpServer server, ChatService chat, ServerLimits limits,
                                             Duration keepAlive) {
        var stream = new StreamRoutes(chat, new JsonBodies(server.mapper(), limits), server.apiRoutes(),
                server.mapper(), keepAlive.equals(server.streams().limits().keepAlive()) ? server.streams()
                        : new SseStreams(server.streams().limits().withKeepAlive(keepAlive)));
        return config -> {
            servePage(config);
            stream.register(config.routes);
        };
    }

    /** The page's files from the jar's {@code /public} at {@code /}, with the headers above ({@link PageFiles}). */
    static void servePage(JavalinConfig config) {
        PageFiles.read("/public", HEADERS).register(config.routes);
    }
}
