package org.catalogchat.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A slowloris from one address: 300 connections (150 to a webhook, 150 to {@code /api/ask}) that each send their
 * headers and then a byte every two seconds, for 15 seconds. The server has 40 worker threads, so before the fix
 * the flood held every one of them and {@code /health} timed out. Now one address holds at most a tenth of them
 * and a body that slow is cut off. The flood comes from 127.0.0.2 and the health probe from 127.0.0.1, as an
 * attacker and a user would. Bounded: 300 connections, about 20 s, loopback only, closed at the end.
 */
class SlowBodyTest {
    private static final int CONNECTIONS = 300;
    private static final Duration ATTACK = Duration.ofSeconds(15);

    @Test
    void aSlowBodyFloodFromOneAddressLeavesHealthAnswering() throws Exception {
        var settings = OpsSettings.DEFAULT.withMaxThreads(40);
        try (var server = new AttackServer(settings)) {
            var sockets = Collections.synchronizedList(new ArrayList<Socket>());
            var cutOff = new AtomicInteger();
            List<Thread> attackers = new ArrayList<>();
            long end = System.nanoTime() + ATTACK.toNanos();
            for (int i = 0; i < CONNECTIONS; i++) {
                String path = i % 2 == 0 ? "/webhooks/mattermost" : "/api/ask";
                Socket s = server.connect("127.0.0.2");
                sockets.add(s);
                Thread t = new Thread(() -> drip(s, path, end, cutOff), "slowloris-" + i);
                t.setDaemon(true);
                t.start();
                attackers.add(t);
            }
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            var latenciesMs = new ArrayList<Long>();
            int failures = 0;
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                            + "/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode(), r.body());
                    latenciesMs.add((System.nanoTime() - start) / 1_000_000);
                } catch (java.io.IOException e) {
                    failures++;
                }
                Thread.sleep(200);
            }
            for (Socket s : sockets) s.close();
            for (Thread t : attackers) t.join(5000);
            Collections.sort(latenciesMs);
            System.out.printf("slow-body flood: %d /health probes, %d failed; latency ms median %d, p95 %d, max %d; "
                            + "%d of %d slow connections cut off by the server%n", latenciesMs.size() + failures, failures,
                    pct(latenciesMs, 50), pct(latenciesMs, 95), pct(latenciesMs, 100), cutOff.get(), CONNECTIONS);
            assertEquals(0, failures, "/health must answer (within 5 s) all through the flood");
            assertTrue(cutOff.get() > 0, "the server cuts off bodies that slow");
        }
    }

    @Test
    void webhooksRefuseBadHeadersAndFloodsBeforeReadingTheBody() throws Exception {
        try (var server = new AttackServer(OpsSettings.DEFAULT.withRateLimit(3))) {
            // A body is announced but never sent: only a refusal from the headers alone can answer in time.
            for (String[] c : new String[][]{{"/slack/commands", "X-Slack-Signature: v0=nothex"},
                    {"/slack/events", ""}, {"/webhooks/teams", "Authorization: HMAC short"},
                    {"/webhooks/mattermost", "Authorization: Token wrong"}}) {
                String r = headersOnly(server, "127.0.0." + (3 + Math.abs(c[0].hashCode() % 50)), c[0], c[1]);
                assertTrue(r.startsWith("HTTP/1.1 401"), c[0] + " without a plausible signature: " + r);
            }
            for (int i = 0; i < 3; i++) headersOnly(server, "127.0.0.99", "/webhooks/teams", "");
            String limited = headersOnly(server, "127.0.0.99", "/webhooks/mattermost", "");
            assertTrue(limited.startsWith("HTTP/1.1 429"), "webhooks are rate limited too: " + limited);
        }
    }

    private static String headersOnly(AttackServer server, String from, String path, String header) throws Exception {
        try (Socket s = server.connect(from)) {
            s.setSoTimeout(3000);
            String ts = path.startsWith("/slack") && !header.isEmpty()
                    ? "X-Slack-Request-Timestamp: " + System.currentTimeMillis() / 1000 + "\r\n" : "";
            s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + AttackServer.contentType(path) + "\r\nContent-Length: 1000\r\n" + ts
                    + (header.isEmpty() ? "" : header + "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            var line = new StringBuilder(); // the status line is enough, and the connection may stay open
            for (int c; (c = s.getInputStream().read()) >= 0 && c != '\n'; ) line.append((char) c);
            return line.toString().strip();
        }
    }

    /** Headers, then one byte every 2 s until the end; counts the connection when the server answers or closes it. */
    private static void drip(Socket s, String path, long end, AtomicInteger cutOff) {
        try {
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + AttackServer.contentType(path) + "\r\nContent-Length: 1000\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            s.setSoTimeout(2000);
            while (System.nanoTime() < end) {
                out.write('a');
                out.flush();
                try {
                    if (s.getInputStream().read() >= 0 || true) {
                        cutOff.incrementAndGet(); // an answer (400, 429) or the server closed the connection
                        return;
                    }
                } catch (java.net.SocketTimeoutException quiet) {
                    // still waiting for more body, as the attacker wants
                }
            }
        } catch (java.io.IOException e) {
            cutOff.incrementAndGet(); // reset by the server
        }
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) return -1;
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1 < 0 ? 0
                : (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
