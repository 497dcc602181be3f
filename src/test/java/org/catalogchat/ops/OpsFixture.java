package org.catalogchat.ops;

import static org.catalogchat.testing.FixtureCatalog.entry;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.core.TestEngines;
import org.catalogchat.testing.FixtureCatalog;
import org.catalogchat.testing.WordHashEmbeddingModel;
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
        this(settings, answerers, catalog, initial, TestEngines.model());
    }

    OpsFixture(OpsSettings settings, UnaryOperator<Engine> answerers, Path catalog, Engine initial, EmbeddingModel model) {
        ops = new Operations(settings, answerers);
        chat = new ChatService(ops.prepare(initial), new Conversations(6, 1000, Duration.ofHours(1), Clock.systemUTC()));
        app = ops.install(new HttpServer(chat, ServerLimits.DEFAULT), chat, catalog, Glossary.bundled(), model)
                .start(0);
    }

    /**
     * The catalog the operations tests run on: what they check (limits, keys, cookies, pools, metrics, shutdown)
     * does not depend on the data, only that questions get ordinary answers. {@link #SMALL_SIZE} entries.
     */
    static final FixtureCatalog SMALL = FixtureCatalog.of(
            entry("MedTrinity-25M").released("2024-08-06").publisher("华中科技大学", "哈佛大学")
                    .url("https://example.org/medtrinity").description("MedTrinity-25M是一个大规模多模态医学数据集，包含超过2500万张图像。"),
            entry("MMEarth").released("2024-07-29").publisher("哥本哈根大学").url("https://example.org/mmearth")
                    .description("MMEarth 是一个遥感多模态预训练数据集，包含120万个位置的卫星图像。"),
            entry("MMRS").released("2024-03-01").publisher("某大学").url("https://example.org/mmrs")
                    .description("MMRS 是一个多模态遥感指令跟随数据集。"),
            entry("TaiSu（太素）").released("2022-02-10").publisher("中国科学院").url("https://example.org/taisu")
                    .description("TaiSu（太素）是一个亿级大规模中文视觉语言预训练数据集，包含1.66亿张图片。"));
    static final int SMALL_SIZE = 4;
    private static Path smallDir;
    private static Engine small;

    /** {@link #SMALL} written once per test JVM and loaded with the word-hash model (shared like TestEngines.seeds()). */
    static synchronized Engine small() {
        if (small == null) {
            try {
                smallDir = Files.createTempDirectory("ops-fixture");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            small = SMALL.engine(smallDir);
        }
        return small;
    }

    /** The folder {@link #small()} was written to: the catalog a reload of it reads. */
    static synchronized Path smallDir() {
        small();
        return smallDir;
    }

    /** Over {@link #SMALL}, nothing watched. */
    static OpsFixture small(OpsSettings settings) {
        return small(settings, e -> e);
    }

    /** Over {@link #SMALL} with these answerers, nothing watched. */
    static OpsFixture small(OpsSettings settings, UnaryOperator<Engine> answerers) {
        Engine engine = small();
        return new OpsFixture(settings.withWatch(false, Duration.ofMillis(100)), answerers, smallDir, engine,
                new WordHashEmbeddingModel());
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
