package org.catalogchat.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.answer.Conversations;

/** Test fixture: the server with the web chat on a free loopback port, and a catalog full of XSS payloads. */
final class WebServers {
    private WebServers() {
    }

    static ChatService chat(Engine engine) {
        return new ChatService(engine, new Conversations(6, 1000, Duration.ofHours(1), Clock.systemUTC()));
    }

    static Javalin start(ChatService chat) {
        return start(chat, Duration.ofSeconds(15));
    }

    static Javalin start(ChatService chat, Duration keepAlive) {
        return start(chat, keepAlive, 0);
    }

    /** On a given port: a "restarted" server comes back where the page expects it. */
    static Javalin start(ChatService chat, int port) {
        return start(chat, Duration.ofSeconds(15), port);
    }

    static Javalin start(ChatService chat, Duration keepAlive, int port) {
        HttpServer server = new HttpServer(chat, ServerLimits.DEFAULT);
        return server.with(ChatPage.extension(server, chat, ServerLimits.DEFAULT, keepAlive)).create().start("127.0.0.1", port);
    }

    private static final java.util.Map<Javalin, org.catalogchat.feedback.FeedbackStore> STORES = new java.util.concurrent.ConcurrentHashMap<>();

    /** With the feedback routes on an SQLite file and an admin token, as {@code Main} wires them. */
    static Javalin startWithFeedback(ChatService chat, int port, Path db, String adminToken) {
        HttpServer server = new HttpServer(chat, ServerLimits.DEFAULT);
        var store = org.catalogchat.feedback.FeedbackStore.open(db);
        var feedback = new FeedbackRoutes(chat, new JsonBodies(server.mapper(), ServerLimits.DEFAULT), store, adminToken, Clock.systemUTC());
        Javalin app = server.with(ChatPage.extension(server, chat, ServerLimits.DEFAULT, Duration.ofSeconds(15)))
                .with(feedback::register).create().start("127.0.0.1", port);
        STORES.put(app, store);
        return app;
    }

    /** Stops the server, then closes its feedback store (writing what is queued), as a shutdown does. */
    static void stopWithFeedback(Javalin app) {
        app.stop();
        var store = STORES.remove(app);
        if (store != null) store.close();
    }

    static String base(Javalin app) {
        return "http://127.0.0.1:" + app.port();
    }

    /** The window flag every payload below would set if it ran. */
    static final String FLAG = "xssFlag";

    /**
     * A catalog whose names, publishers, links and descriptions carry script tags, image handlers and
     * {@code javascript:} links. The backslashes keep them literal text through the catalog's Markdown.
     */
    static Path xssCatalog(Path dir) throws IOException {
        String md = """
                ### XSS-Set (\\<script>window.xssFlag='alias'\\</script>)

                - 发布时间：2024-05-01
                - 发布机构：Evil Lab \\<img src=x onerror=window.xssFlag='publisher'>、Trusted University
                - 地址： [数据集地址](javascript:window.xssFlag='url')
                - 数据集说明：A dataset named to attack pages \\<script>window.xssFlag='description'\\</script> \
                \\<img src=x onerror="window.xssFlag='img'"> with a link \\[click me\\](javascript:window.xssFlag='md-link') \
                and [another](javascript:window.xssFlag='real-link') about medical images.

                ### Plain-Set

                - 发布时间：2023-03-03
                - 发布机构：Harmless Institute
                - 地址： [数据集地址](https://link.zhihu.com/?target=https%3A//www.selectdataset.com/dataset/0000plain)
                - 数据集说明：An ordinary remote sensing dataset with satellite images.
                """;
        Path file = dir.resolve("xss.md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        return file;
    }

    /** A question carrying the same three payloads. */
    static final String XSS_QUESTION = "Tell me about XSS-Set <script>window.xssFlag='question'</script> "
            + "<img src=x onerror=\"window.xssFlag='question-img'\"> [click](javascript:window.xssFlag='question-link')";
}
