package org.catalogchat.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.catalogchat.web.ServerLimits;
import org.junit.jupiter.api.Test;

/**
 * A seeded, reproducible fuzz over every endpoint on this branch: malformed and hostile JSON, wrong types, huge and
 * deeply nested bodies, invalid UTF-8 (in bodies and in URLs), control characters, empty and enormous fields, wrong
 * methods and content types, random auth headers and origins. Request {@code i} is generated from
 * {@code new Random(mix(SEED + i))}, so a failure names the request that reproduces it. No response may be a 5xx (505 from Jetty for a raw request line with a bogus HTTP version is
 * the protocol answer to garbage, not a failure), and
 * the server must answer normally afterwards.
 */
class FuzzTest {
    private static final long SEED = 20261125L;
    private static final int HTTP_REQUESTS = 10_000;
    /** A request line this long cannot fit Jetty's 8 KiB request head. */
    private static final int OVERSIZED_HEAD = 8 * 1024;
    private static final int RAW_REQUESTS = 300;
    private static final String ADMIN = "fuzz-admin";

    private static final String[] PATHS = {"/api/ask", "/api/ask", "/api/ask", "/api/ask", "/api/datasets",
            "/api/datasets", "/api/datasets/laion-5b", "/api/datasets/", "/api/search", "/api/search", "/health",
            "/admin/reload", "/admin/status", "/metrics", "/", "/api", "/v1/chat/completions", "/nope"};
    private static final String[] METHODS = {"GET", "POST", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"};
    private static final String[] TYPES = {"application/json", "application/json", "application/json; charset=utf-8",
            "application/json; charset=latin1", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data",
            "APPLICATION/JSON", "", "\u0000/\u0000"};
    private static final String[] QUESTIONS = {"有哪些遥感数据集？", "Who released MedTrinity-25M?", "多少个数据集", "laion",
            "2024年发布了哪些数据集", "compare ARIO and TaiSu", "'; DROP TABLE datasets; --", "<script>alert(1)</script>",
            "[x](javascript:alert(1))", "\u202e\u200b\ud83d\ude00", "%s%n%x", "${jndi:ldap://x}"};

    @Test
    void tenThousandHostileRequestsGetNo5xxAndTheServerStaysHealthy() throws Exception {
        var settings = OpsSettings.DEFAULT.withRateLimit(1_000_000).withAdminToken(ADMIN)
                .withCorsOrigins(List.of("https://app.example"));
        var failures = new ConcurrentLinkedQueue<String>();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder retries = new LongAdder();
        LongAdder droppedOversized = new LongAdder();
        long start = System.nanoTime();
        try (var f = OpsFixture.small(settings)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            ExecutorService exec = Executors.newFixedThreadPool(4);
            for (int i = 0; i < HTTP_REQUESTS; i++) {
                int n = i;
                exec.submit(() -> {
                    HttpRequest req = request(f.app.port(), new Random(mix(SEED + n)), n);
                    try {
                        int s;
                        try {
                            s = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (java.io.IOException stale) {
                            // The client may reuse a keep-alive connection the server has just closed (after
                            // refusing a body it did not read); one retry on a fresh connection (a new client has
                            // no pooled ones) tells that race from a real failure.
                            retries.increment();
                            HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                    .connectTimeout(Duration.ofSeconds(10)).build();
                            s = fresh.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                        }
                        statuses.computeIfAbsent(s, k -> new LongAdder()).increment();
                        if (s >= 500) failures.add("request " + n + ": " + req.method() + " " + req.uri() + " -> " + s);
                    } catch (java.io.IOException e) {
                        // Jetty answers a request head over its 8 KiB limit with 414/431 and closes at once; when
                        // the client is still sending a body the reset can swallow that answer. A dropped
                        // connection is the transport refusing the request, not a server error, and only counts
                        // for oversized heads and for bodies over the server's limit: those it answers (404/413)
                        // without reading and closes, and the reset of the unread bytes can destroy the answer in
                        // flight (request 6737, PATCH / with 228 KB, lost its 404 on 13 of 100 fresh connections).
                        boolean oversizedBody = req.bodyPublisher().map(b -> b.contentLength()).orElse(0L)
                                > ServerLimits.DEFAULT.maxBodyBytes();
                        if (req.uri().toString().length() > OVERSIZED_HEAD || oversizedBody) {
                            droppedOversized.increment();
                        } else {
                            failures.add("request " + n + ": " + req.method() + " " + req.uri() + " -> " + e);
                        }
                    } catch (Exception e) {
                        failures.add("request " + n + ": " + req.method() + " " + req.uri() + " -> " + e);
                    }
                });
            }
            for (int i = 0; i < RAW_REQUESTS; i++) {
                int n = i;
                exec.submit(() -> {
                    byte[] raw = rawRequest(new Random(mix(SEED - n - 1)));
                    int s = sendRaw(f.app.port(), raw);
                    statuses.computeIfAbsent(s, k -> new LongAdder()).increment();
                    if (s >= 500 && s != 505 || s == -1) failures.add("raw request " + n + " -> " + s);
                });
            }
            exec.shutdown();
            assertTrue(exec.awaitTermination(170, TimeUnit.SECONDS), "the fuzz finished");
            double seconds = (System.nanoTime() - start) / 1e9;
            long total = statuses.values().stream().mapToLong(LongAdder::sum).sum() + droppedOversized.sum();
            var byStatus = new TreeMap<Integer, Long>();
            statuses.forEach((k, v) -> byStatus.put(k, v.sum()));
            System.out.printf("fuzz: %d requests (%d HTTP + %d raw) in %.1f s; statuses %s; stale-connection retries %d;"
                            + " oversized heads or bodies dropped by the transport %d; failures %d%n",
                    total, HTTP_REQUESTS, RAW_REQUESTS, seconds, byStatus, retries.sum(), droppedOversized.sum(),
                    failures.size());
            assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.peek());
            assertEquals(HTTP_REQUESTS + RAW_REQUESTS, total);
            assertTrue(byStatus.getOrDefault(200, 0L) > 1000, "plenty of requests were valid enough to answer: " + byStatus);

            var health = f.get("/health");
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"datasets\":" + OpsFixture.SMALL_SIZE), health.body());
            var answer = f.ask("Who released MedTrinity-25M?");
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().contains("medtrinity-25m"), answer.body());
            assertFalse(f.get("/metrics").body().contains("status=\"5"), "no 5xx recorded either");
        }
    }

    private static HttpRequest request(int port, Random r, int n) {
        String path = pick(r, PATHS);
        if (path.equals("/api/datasets/") || r.nextInt(20) == 0) path = path + segment(r);
        String query = r.nextInt(3) == 0 ? "" : "?" + query(r);
        URI uri = URI.create("http://localhost:" + port + path + query);
        // Mostly the route's own method, so most requests reach the handlers rather than the 405 page.
        String method = r.nextInt(10) < 7 ? (path.equals("/api/ask") || path.equals("/admin/reload") ? "POST" : "GET")
                : pick(r, METHODS);
        // Reloading re-embeds the catalog, which is slow; a couple of real reloads are enough here.
        if (path.equals("/admin/reload") && n % 5000 != 17) method = r.nextBoolean() ? "POST" : "GET";
        byte[] body = body(r);
        var b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        String type = pick(r, TYPES);
        if (!type.isEmpty() && type.chars().allMatch(c -> c >= 0x20)) b.header("Content-Type", type);
        switch (r.nextInt(8)) {
            case 0 -> b.header("Authorization", "Bearer " + (n % 5000 == 17 ? ADMIN : junk(r, 40)));
            case 1 -> b.header("Authorization", junk(r, 20));
            case 2 -> b.header("Origin", r.nextBoolean() ? "https://app.example" : "https://" + ascii(r, 10) + ".example");
            case 3 -> b.header("Access-Control-Request-Method", "POST").header("Origin", "https://app.example");
            case 4 -> b.header("Cookie", WebSession.COOKIE + "=" + ascii(r, 30));
            default -> { }
        }
        if (path.startsWith("/admin") && n % 5000 == 17) b.setHeader("Authorization", "Bearer " + ADMIN);
        boolean bodyless = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") && r.nextBoolean();
        return b.method(method, bodyless ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static byte[] body(Random r) {
        String q = pick(r, QUESTIONS);
        String s = switch (r.nextInt(18)) {
            case 0, 1, 2, 3 -> "{\"question\":" + quote(q) + "}";
            case 4 -> "{\"question\":" + quote(q) + ",\"conversationId\":" + quote(r.nextBoolean() ? ascii(r, 20) : junk(r, 200)) + "}";
            case 5 -> "{\"question\":" + pick(r, new String[]{"1", "true", "null", "[]", "{}", "[\"a\"]", "1e999", "-0"}) + "}";
            case 6 -> "{\"question\":" + quote(q).substring(0, 1 + r.nextInt(quote(q).length() - 1));
            case 7 -> "{\"question\":" + quote("x".repeat(1 + r.nextInt(5000))) + "}";
            case 8 -> "{\"question\":" + quote("q".repeat(r.nextInt(300_000))) + "}";
            case 9 -> "[".repeat(1 + r.nextInt(20_000)) + "]".repeat(r.nextInt(3));
            case 10 -> "{\"a\":".repeat(1 + r.nextInt(3000)) + "1" + "}".repeat(r.nextInt(3000));
            case 11 -> "{\"question\":" + quote(controls(r)) + "}";
            case 12 -> "";
            case 13 -> "{\"question\":\"\"}";
            case 14 -> "{\"question\":\"   \\u0000\\u0007  \"}";
            case 15 -> "{\"question\":\"\\ud800\"}";
            case 16 -> junk(r, r.nextInt(2000));
            default -> "{\"question\":" + quote(q) + ",\"question\":1,\"extra\":{\"deep\":[1,2,{\"x\":null}]}}";
        };
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (r.nextInt(10) == 0 && bytes.length > 4) {
            // Invalid UTF-8: a lone continuation byte, an overlong form or 0xFF somewhere in the body.
            byte[] bad = {(byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
            int at = r.nextInt(bytes.length);
            int len = 1 + r.nextInt(bad.length);
            byte[] out = new byte[bytes.length + len];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(bad, 0, out, at, len);
            System.arraycopy(bytes, at, out, at + len, bytes.length - at);
            return out;
        }
        return bytes;
    }

    private static String query(Random r) {
        String[] names = {"q", "k", "year", "topic", "publisher", "id", "q"};
        var sb = new StringBuilder();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append('&');
            sb.append(pick(r, names)).append('=');
            sb.append(switch (r.nextInt(8)) {
                case 0 -> Integer.toString(r.nextInt(5000) - 1000);
                case 1 -> "%FF%C3%28%ED%A0%80";
                case 2 -> "%00%0A%0D";
                case 3 -> "a".repeat(r.nextInt(3000));
                case 4 -> "%E9%81%A5%E6%84%9F";
                case 5 -> "";
                case 6 -> "99999999999999999999";
                default -> ascii(r, 12);
            });
        }
        return sb.toString();
    }

    private static String segment(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> "%FF%FE";
            case 1 -> "%2e%2e/%2e%2e/etc/passwd";
            case 2 -> "x".repeat(2000);
            case 3 -> "%00";
            default -> ascii(r, 16);
        };
    }

    /** Bytes that are not a well-formed HTTP request, or an HTTP request with raw invalid UTF-8 in it. */
    private static byte[] rawRequest(Random r) {
        String[] starts = {"GET /api/search?q=\u00ff\u00fe HTTP/1.1", "POST /api/ask HTTP/1.1", "GET /health HTTP/9.9",
                "BREW /api/ask HTTP/1.1", "GET /api/datasets/\u00c3\u0028 HTTP/1.1", "GET " + "/a".repeat(5000) + " HTTP/1.1",
                "\u0000\u0001\u0002", "GET /health"};
        String start = pick(r, starts);
        var sb = new StringBuilder(start).append("\r\nHost: localhost\r\n");
        if (r.nextBoolean()) sb.append("Content-Type: application/json\r\n");
        String body = r.nextBoolean() ? "{\"question\":\"\u00ff\u00fe\u00c0\"}" : "";
        if (r.nextInt(4) == 0) sb.append("Content-Length: ").append(r.nextBoolean() ? "-1" : "abc").append("\r\n");
        else sb.append("Content-Length: ").append(body.length()).append("\r\n");
        sb.append("Connection: close\r\n\r\n").append(body);
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The status of a raw exchange; 0 when the server just closed the connection (fine for garbage), -1 on error. */
    private static int sendRaw(int port, byte[] raw) {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(raw);
            out.flush();
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(12);
            if (head.length < 12) return 0;
            return Integer.parseInt(new String(head, 9, 3, StandardCharsets.ISO_8859_1));
        } catch (java.net.SocketException e) {
            return 0;
        } catch (Exception e) {
            return -1;
        }
    }

    private static String controls(Random r) {
        var sb = new StringBuilder();
        for (int i = 0; i < 1 + r.nextInt(40); i++) sb.append((char) (r.nextBoolean() ? r.nextInt(0x20) : 0x4e00 + r.nextInt(100)));
        return sb.toString();
    }

    private static String junk(Random r, int len) {
        var sb = new StringBuilder();
        for (int i = 0; i < len; i++) sb.append((char) (0x21 + r.nextInt(0x5e)));
        return sb.toString();
    }

    private static String ascii(Random r, int len) {
        var sb = new StringBuilder();
        for (int i = 0; i < len; i++) sb.append((char) ('a' + r.nextInt(26)));
        return sb.toString();
    }

    private static String quote(String s) {
        var sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }

    /** SplitMix64: neighbouring seeds give unrelated streams (java.util.Random's first draws are correlated). */
    private static long mix(long seed) {
        long z = seed * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }
}
