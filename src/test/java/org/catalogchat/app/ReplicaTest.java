package org.catalogchat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.core.TestEngines;
import org.catalogchat.retrieval.IndexProgress;
import org.catalogchat.retrieval.PersistedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicas: one builder writes the index, two {@code serve --index-dir DIR --read-only} processes serve it. A
 * question asked on one is followed up on the other (the client carries {@code history}), and a new generation
 * published by the builder is picked up by a replica without a restart.
 */
class ReplicaTest {
    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path tmp;

    @Test
    void twoReadOnlyProcessesShareOneIndexAnswerAFollowUpAcrossThemAndFollowANewGeneration() throws Exception {
        Path catalog = Files.createDirectories(tmp.resolve("catalog"));
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".md")).toList()) Files.copy(f, catalog.resolve(f.getFileName()));
        }
        Path index = tmp.resolve("index");
        var builder = new PersistedIndex(index, Glossary.bundled(), TestEngines.model(), PersistedIndex.Settings.DEFAULT,
                IndexProgress.logOnly());
        builder.open(catalog);
        List<String> indexFiles = listing(index);

        Process a = replica(index, "a");
        Process b = replica(index, "b");
        try {
            int portA = port(a);
            int portB = port(b);
            assertNotEquals(portA, portB);

            JsonNode first = ask(portA, "{\"question\": \"Who released MedTrinity-25M?\"}");
            String id = first.get("sources").get(0).get("id").asText();
            assertEquals("medtrinity-25m", id);
            var followUp = Map.of("question", "When was it released?",
                    "history", List.of(Map.of("question", "Who released MedTrinity-25M?", "sources", List.of(id))));
            JsonNode second = ask(portB, JSON.writeValueAsString(followUp));
            assertEquals(id, second.get("sources").get(0).get("id").asText(), second.toString());
            assertTrue(second.get("answer").asText().contains("2024"), second.get("answer").asText());
            assertEquals(indexFiles, listing(index), "replicas write nothing into the index folder");

            // The builder publishes a new generation with one more entry; a replica follows without a restart.
            Path file;
            try (Stream<Path> s = Files.list(catalog)) {
                file = s.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
            }
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + "\n\n### Zebrafish Larva Swim Atlas\n\n"
                    + "- 发布时间：2025-01-02\n- 发布机构：斯坦福大学\n\n斑马鱼幼体游泳视频数据集，包含 1200 段视频。\n",
                    StandardCharsets.UTF_8);
            var published = builder.open(catalog);
            assertTrue(published.rebuilt());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            JsonNode news;
            do {
                Thread.sleep(250);
                news = ask(portA, "{\"question\": \"Who released Zebrafish Larva Swim Atlas?\"}");
            } while (!mentions(news, "zebrafish") && System.nanoTime() < deadline);
            assertTrue(mentions(news, "zebrafish"), news.toString());
        } finally {
            a.destroy();
            b.destroy();
            a.waitFor(20, TimeUnit.SECONDS);
            b.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static boolean mentions(JsonNode answer, String idPart) {
        for (JsonNode s : answer.get("sources")) if (s.get("id").asText().contains(idPart)) return true;
        return false;
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private Process replica(Path index, String name) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", "0", "--index-dir", index.toString(), "--read-only",
                "--rate-limit", "0"));
        Path work = Files.createDirectories(tmp.resolve("work-" + name)); // no ./seeds there: the index is all it has
        return new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).start();
    }

    private static int port(Process p) throws Exception {
        var port = new CompletableFuture<Integer>();
        var log = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (var r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) port.complete(Integer.parseInt(m.group(1)));
                }
            } catch (Exception e) {
                // the process ended
            }
            port.complete(-1);
        }, "replica-output");
        reader.setDaemon(true);
        reader.start();
        int n = port.get(3, TimeUnit.MINUTES);
        synchronized (log) {
            assertTrue(n > 0, "replica did not start:\n" + log);
        }
        return n;
    }

    private JsonNode ask(int port, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode node = JSON.readTree(response.body());
        assertFalse(node.get("answer").asText().isBlank());
        return node;
    }
}
