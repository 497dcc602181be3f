package org.catalogchat.ops;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.core.TestEngines;
import org.catalogchat.answer.Conversations;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;

/** A server with the operations layer installed, on a free port, the way Main.serve wires it. */
final class OpsFixture implements AutoCloseable {
    final Javalin app;
    final Operations ops;
    final ChatService chat;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    OpsFixture(OpsSettings settings, UnaryOperator<Engine> answerers, Path catalog, Engine initial) {
        ops = new Operations(settings, answerers);
        chat = new ChatService(ops.prepare(initial), new Conversations(6, 1000, Duration.ofHours(1), Clock.systemUTC()));
        app = ops.install(new HttpServer(chat, ServerLimits.DEFAULT), chat, catalog, Glossary.bundled(), TestEngines.model())
                .start(0);
    }

    /** Over seeds/, nothing watched. */
    static OpsFixture seeds(OpsSettings settings) {
        return new OpsFixture(settings.withWatch(false, Duration.ofMillis(100)), e -> e, Path.of("seeds"), TestEngines.seeds());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).timeout(Duration.ofSeconds(30));
    }

    HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("request failed: " + e, e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> ask(String question, String... headers) {
        var b = request("/api/ask").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + question + "\"}"));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return send(b);
    }

    @Override
    public void close() {
        app.stop();
    }
}
