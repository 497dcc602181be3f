package org.catalogchat.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.catalogchat.answer.Conversations;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.testing.WordHashEmbeddingModel;
import org.catalogchat.core.Unavailable;
import org.catalogchat.retrieval.CachingEmbeddingModel;
import org.catalogchat.core.Unavailable;
import org.catalogchat.web.ApiException;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /metrics as an operator reads it: every counter docs/operations.md lists moves when its event happens, and no
 * client can add series (issue 12, finding 3).
 */
class MetricsTest {
    private static final OpsSettings SETTINGS = OpsSettings.DEFAULT.withRateLimit(0).withWatch(false, Duration.ofMillis(100));

    /** A server wired as ServeCommand wires it, over a catalog written here that the test may break. */
    private static final class Server implements AutoCloseable {
        final Operations ops;
        final ChatService chat;
        final Javalin app;
        final HttpClient http = HttpClient.newHttpClient();

        Server(OpsSettings settings, Path catalog) {
            var model = new CachingEmbeddingModel(new WordHashEmbeddingModel(), 100);
            ops = new Operations(settings, e -> e);
            chat = new ChatService(ops.prepare(Engine.load(catalog, Glossary.bundled(), model)),
                    new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()));
            // Stand-ins for the chat platforms' routes (chatops sits above ops): one refuses a signature, one is off.
            var http = new HttpServer(chat, ServerLimits.DEFAULT).with(config -> {
                config.routes.post("/slack/commands", ctx -> {
                    throw new ApiException(401, "bad_signature", "bad signature");
                });
                config.routes.post("/webhooks/mattermost", ctx -> {
                    throw new ApiException(503, "mattermost_not_configured", "not configured");
                });
            });
            app = ops.install(http, chat, catalog, Glossary.bundled(), model).start(0);
        }

        HttpResponse<String> send(String method, String path, String body) {
            var b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new AssertionError(method + " " + path + ": " + e, e);
            }
        }

        HttpResponse<String> ask(String question, String conversationId) {
            return send("POST", "/api/ask", "{\"question\":\"" + question + "\""
                    + (conversationId == null ? "" : ",\"conversationId\":\"" + conversationId + "\"") + "}");
        }

        String metrics() {
            var r = send("GET", "/metrics", null);
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            return r.body();
        }

        @Override
        public void close() {
            app.stop();
        }
    }

    /** The operations tests' small catalog ({@link OpsFixture#SMALL}), written to {@code dir}. */
    private static Path small(Path dir) {
        return OpsFixture.SMALL.writeTo(dir);
    }

    /** The sample's value, 0 when the series does not exist yet. */
    static double value(String scrape, String series) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(series + " ")) return Double.parseDouble(line.substring(series.length() + 1).strip());
        }
        return 0;
    }

    private static void assertMoved(String before, String after, String series, double by) {
        assertEquals(value(before, series) + by, value(after, series), series);
    }

    @Test
    void everyDocumentedCounterMovesWhenItsEventHappens(@TempDir Path dir) throws Exception {
        try (var s = new Server(SETTINGS, small(dir))) {
            String m0 = s.metrics();
            String id = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(s.ask("有哪些遥感数据集？", null).body()).path("conversationId").asText();
            String m1 = s.metrics();
            assertMoved(m0, m1, "catalogchat_answers_total{answered_by=\"grounded\",intent=\"topic\"}", 1);
            assertMoved(m0, m1, "cache_gets_total{cache=\"answers\",result=\"miss\"}", 1);
            assertMoved(m0, m1, "cache_gets_total{cache=\"conversations\",result=\"miss\"}", 1);
            assertMoved(m0, m1, "http_server_requests_seconds_count{method=\"POST\",route=\"/api/ask\",status=\"200\"}", 1);
            assertMoved(m0, m1, "http_server_requests_seconds_count{method=\"GET\",route=\"/metrics\",status=\"200\"}", 1);

            s.ask("有哪些遥感数据集？", id); // a follow-up in the same conversation: memory hit, not cacheable
            s.ask("有哪些遥感数据集？", null); // the same first question again: an answer-cache hit
            String m2 = s.metrics();
            assertMoved(m1, m2, "cache_gets_total{cache=\"conversations\",result=\"hit\"}", 1);
            assertMoved(m1, m2, "cache_gets_total{cache=\"answers\",result=\"hit\"}", 1);
            assertMoved(m1, m2, "catalogchat_answers_total{answered_by=\"grounded\",intent=\"topic\"}", 1);

            s.ask("Is there a protein-folding dataset?", null); // not found: searched by meaning, so embedded
            assertEquals(503, s.send("POST", "/webhooks/mattermost", "text=hi").statusCode());
            assertEquals(401, s.send("POST", "/slack/commands", "text=hi").statusCode());
            assertEquals(200, s.ops.reload("test").ok() ? 200 : 422);
            Files.writeString(dir.resolve("catalog.md"), "# broken\n\n### X\n\n- **发布时间**: some day\n");
            assertTrue(!s.ops.reload("test").ok(), "a broken catalog is refused");
            String m3 = s.metrics();
            assertMoved(m2, m3, "catalogchat_webhook_rejections_total{platform=\"mattermost\",status=\"503\"}", 1);
            assertMoved(m2, m3, "catalogchat_webhook_rejections_total{platform=\"slack\",status=\"401\"}", 1);
            assertMoved(m2, m3, "catalogchat_reloads_total{result=\"ok\"}", 1);
            assertMoved(m2, m3, "catalogchat_reloads_total{result=\"failed\"}", 1);
            String embeddingMisses = "cache_gets_total{cache=\"embeddings\",result=\"miss\"}";
            assertTrue(value(m3, embeddingMisses) > value(m2, embeddingMisses), "the question was embedded");
            assertEquals(OpsFixture.SMALL_SIZE, value(m3, "catalogchat_catalog_datasets"));
            for (String present : List.of("http_server_requests_active ", "jvm_memory_used_bytes{", "jvm_threads_live_threads ",
                    "jetty_threads_busy ", "jetty_threads_config_max ", "process_uptime_seconds ", "cache_size{cache=\"embeddings\"}",
                    "cache_evictions_total{cache=\"answers\"}")) {
                assertTrue(m3.contains(present), present + " in\n" + m3);
            }
        }
    }

    @Test
    void rateLimitedRequestsAreCounted(@TempDir Path dir) {
        try (var s = new Server(SETTINGS.withRateLimit(1), small(dir))) {
            String before = s.metrics();
            s.send("GET", "/api/datasets", null);
            assertEquals(429, s.send("GET", "/api/datasets", null).statusCode());
            assertMoved(before, s.metrics(), "catalogchat_rate_limited_total", 1);
        }
    }

    @Test
    void answersTheBoundedPoolRefusesAreCountedByReason() throws Exception {
        var metrics = new Metrics();
        var release = new CountDownLatch(1);
        var pool = new AnswerPool(1, Duration.ofMinutes(1), metrics);
        var callers = Executors.newFixedThreadPool(10);
        try {
            // 1 worker and a queue of 4: of 10 answers that never finish on their own, 5 are refused, whatever the order.
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) calls.add(callers.submit(() -> pool.run(() -> release.await(1, TimeUnit.MINUTES))));
            String series = "catalogchat_answers_rejected_total{reason=\"overloaded\"}";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (value(metrics.scrape(), series) < 5 && System.nanoTime() < deadline) Thread.onSpinWait();
            assertEquals(5, value(metrics.scrape(), series));
            release.countDown();
            for (Future<?> f : calls) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof Unavailable, e.toString());
                }
            }
        } finally {
            release.countDown();
            callers.shutdownNow();
            pool.close();
        }
        // An answer that never finishes by itself always runs into the timeout, however fast the machine.
        var never = new CountDownLatch(1);
        var quick = new AnswerPool(1, Duration.ofMillis(20), metrics);
        assertThrows(Unavailable.class, () -> quick.run(() -> never.await(1, TimeUnit.MINUTES)));
        quick.close();
        assertEquals(1, value(metrics.scrape(), "catalogchat_answers_rejected_total{reason=\"timeout\"}"));
    }

    @Test
    void randomMethodsAndPathsAddNoSeries(@TempDir Path dir) throws Exception {
        try (var s = new Server(SETTINGS, small(dir))) {
            var random = new Random(12);
            var pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> all = new ArrayList<>();
            for (int i = 0; i < 5000; i++) {
                var method = new StringBuilder();
                for (int k = 0; k < 8; k++) method.append((char) ('A' + random.nextInt(26)));
                String path = i % 2 == 0 ? "/api/ask" : "/x" + random.nextInt(1_000_000);
                all.add(pool.submit(() -> s.send(method.toString(), path, null).statusCode()));
            }
            for (Future<Integer> f : all) assertTrue(f.get() < 500, "no 5xx");
            pool.shutdown();
            String m = s.metrics();
            int bytes = m.getBytes(StandardCharsets.UTF_8).length;
            System.out.printf("5000 random methods and paths: /metrics is %d bytes%n", bytes);
            assertTrue(bytes < 100_000, "/metrics is " + bytes + " bytes");
            assertTrue(m.contains("method=\"other\""), "unknown methods share one label");
            assertTrue(m.contains("route=\"other\""), "unknown paths share one label");
            assertEquals(5000, m.lines().filter(l -> l.startsWith("http_server_requests_seconds_count{method=\"other\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum());
        }
    }
}
