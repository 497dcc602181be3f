package org.catalogchat.ops;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.catalogchat.testing.FixtureCatalog;
import org.catalogchat.testing.WordHashEmbeddingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent askers while the catalog folder is edited (valid and broken versions), picked up by the watcher:
 * no request fails, and every answer comes from one complete catalog (5 or 3 entries, never a mix or a gap).
 */
class ReloadUnderLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The full catalog: five entries; the first three are the shorter valid edit. */
    private static final List<FixtureCatalog.Entry> ENTRIES = List.of(
            entry("Infinity-MM").released("2024-10-25").publisher("北京智源人工智能研究院").description("Infinity-MM 是一个多模态指令数据集。"),
            entry("PCLMM").released("2024-09-08").publisher("大连理工大学").description("PCLMM 是一个中文视频数据集。"),
            entry("ARIO").released("2024-08-20").publisher("鹏城实验室").description("ARIO 是一个具身智能机器人数据集。"),
            entry("SkyScript-100M").released("2024-08-18").publisher("北京智源人工智能研究院").description("SkyScript-100M 是一个遥感数据集。"),
            entry("MedTrinity-25M").released("2024-08-06").publisher("华中科技大学").description("MedTrinity-25M 是一个医学数据集。"));

    @Test
    void editsAreSwappedInWithoutAFailedRequestAndBrokenEditsKeepTheOldCatalog(@TempDir Path dir) throws Exception {
        String full = FixtureCatalog.of(ENTRIES.toArray(FixtureCatalog.Entry[]::new)).markdown();
        String shorter = FixtureCatalog.of(ENTRIES.subList(0, 3).toArray(FixtureCatalog.Entry[]::new)).markdown();
        // a half-saved edit: a heading whose name is not typed yet (an unreadable date no longer blocks a reload:
        // that entry is kept without a date)
        String broken = full + "\n### \n\n- 发布时间：2024-08-21\n";
        Path file = dir.resolve("catalog.md");
        Files.writeString(file, full);
        Set<Integer> valid = Set.of(5, 3);

        var settings = OpsSettings.DEFAULT.withRateLimit(0).withAdminToken("adm1n").withWatch(true, Duration.ofMillis(200));
        try (var f = new OpsFixture(settings, e -> e, dir, FixtureCatalog.load(dir), new WordHashEmbeddingModel())) {
            AtomicBoolean stop = new AtomicBoolean();
            LongAdder sent = new LongAdder();
            var failures = new ConcurrentLinkedQueue<String>();
            Map<Integer, LongAdder> sizesSeen = new ConcurrentHashMap<>();
            List<Thread> askers = new java.util.ArrayList<>();
            AtomicInteger ids = new AtomicInteger();
            for (int t = 0; t < 4; t++) {
                Thread th = new Thread(() -> {
                    int me = ids.incrementAndGet();
                    for (int i = 0; !stop.get(); i++) {
                        HttpResponse<String> r = switch ((i + me) % 3) {
                            case 0 -> f.get("/health");
                            case 1 -> f.get("/api/datasets");
                            default -> f.ask("一共有多少个数据集？");
                        };
                        sent.increment();
                        if (r.statusCode() != 200) {
                            failures.add(r.statusCode() + " " + r.body());
                            continue;
                        }
                        int size = size(r.body());
                        sizesSeen.computeIfAbsent(size, k -> new LongAdder()).increment();
                        if (!valid.contains(size)) failures.add("incomplete catalog: " + size + " in " + r.body());
                    }
                });
                th.start();
                askers.add(th);
            }
            long start = System.nanoTime();
            int edits = 0;
            for (int round = 0; round < 2; round++) {
                Files.writeString(file, shorter);
                awaitHealth(f, 3);
                Files.writeString(file, broken);
                JsonNode status = awaitRejected(f, edits + 2);
                JsonNode problem = status.at("/lastReload/problems/0");
                assertTrue(problem.get("file").asText().endsWith("catalog.md"), status.toString());
                assertTrue(problem.get("line").asInt() > 1, status.toString());
                assertEquals(3, size(f.get("/health").body()), "the broken edit keeps the previous catalog");
                Files.writeString(file, full);
                awaitHealth(f, 5);
                edits += 3;
            }
            // The admin endpoint reloads the same (now valid) folder on demand.
            var forced = f.send(f.request("/admin/reload?wait=60").header("Authorization", "Bearer adm1n")
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, forced.statusCode(), forced.body());
            stop.set(true);
            for (Thread th : askers) th.join();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("reload under load: %d requests in %.1f s (%.0f/s) across %d edits; sizes seen %s; failures %d%n",
                    sent.sum(), seconds, sent.sum() / seconds, edits, sizesSeen, failures.size());
            assertTrue(failures.isEmpty(), failures.size() + " failed, first: " + failures.peek());
            assertTrue(sizesSeen.containsKey(3) && sizesSeen.containsKey(5), "both catalogs served: " + sizesSeen);
            assertTrue(sent.sum() > 50, "the askers really ran: " + sent.sum());
            String metrics = f.get("/metrics").body();
            assertTrue(metrics.contains("catalogchat_reloads_total{result=\"failed\"} 2.0"), metrics);
        }
    }

    /** The dataset count of a /health, /api/datasets or count answer body. */
    private static int size(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            if (n.has("datasets") && n.get("datasets").isInt()) return n.get("datasets").asInt();
            if (n.has("count")) return n.get("count").asInt();
            var m = java.util.regex.Pattern.compile("(\\d+)").matcher(n.get("answer").asText());
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (Exception e) {
            return -2;
        }
    }


    private static void awaitHealth(OpsFixture f, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (size(f.get("/health").body()) == expected) return;
            Thread.sleep(50);
        }
        throw new AssertionError("the watcher never served the " + expected + "-entry catalog");
    }

    private static JsonNode awaitRejected(OpsFixture f, int minAttempts) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode s = JSON.readTree(f.send(f.request("/admin/status").header("Authorization", "Bearer adm1n").GET()).body());
            if (s.at("/lastReload/ok").isBoolean() && !s.at("/lastReload/ok").asBoolean()
                    && s.at("/lastReload/problems").size() > 0) return s;
            Thread.sleep(50);
        }
        throw new AssertionError("the broken edit was never reported");
    }
}
