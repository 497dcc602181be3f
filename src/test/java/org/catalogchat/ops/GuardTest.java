package org.catalogchat.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.catalogchat.core.Engine;
import org.junit.jupiter.api.Test;

/** Every rejection the operations layer makes, with its status code: limits, auth, sessions, admin, CORS. */
class GuardTest {
    private static final OpsSettings OPEN = OpsSettings.DEFAULT.withRateLimit(0);

    @Test
    void bodyOverTheLimitIs413AndQuestionOverTheLimitIs400() throws java.io.IOException {
        try (var f = OpsFixture.small(OPEN)) {
            // Raw socket, declaring a 200 KB body but sending only its first bytes: the server must answer 413 from
            // Content-Length alone. (An HttpClient that writes the whole body raced the server closing the
            // connection after its 413, and failed now and then with "header parser received no bytes".)
            String reply = exchangeDeclaringBody(f.app.port(), 200_000);
            assertTrue(reply.startsWith("HTTP/1.1 413"), reply);
            assertTrue(reply.contains("body_too_large"), reply);
            var longQ = f.ask("a".repeat(2001));
            assertEquals(400, longQ.statusCode());
            assertTrue(longQ.body().contains("question_too_long"));
        }
    }

    @Test
    void rateLimitGives429WithRetryAfterPerClient() {
        try (var f = OpsFixture.small(OPEN.withRateLimit(5))) {
            for (int i = 0; i < 5; i++) assertEquals(200, f.get("/api/datasets").statusCode());
            var r = f.get("/api/datasets");
            assertEquals(429, r.statusCode());
            assertTrue(r.body().contains("rate_limited"));
            long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retry >= 1 && retry <= 12, "5/min refills one token in 12 s: " + retry);
            assertEquals(200, f.get("/health").statusCode(), "health is not rate limited");
        }
    }

    @Test
    void apiKeyIsRequiredWhenSetAndComparedExactly() {
        try (var f = OpsFixture.small(OPEN.withApiKey("s3cret-key"))) {
            var none = f.ask("有哪些遥感数据集？");
            assertEquals(401, none.statusCode());
            assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals(401, f.ask("有哪些遥感数据集？", "Authorization", "Bearer s3cret-kez").statusCode());
            assertEquals(401, f.ask("有哪些遥感数据集？", "Authorization", "Bearer s3cret-key-longer").statusCode());
            assertEquals(401, f.ask("有哪些遥感数据集？", "Authorization", "Basic s3cret-key").statusCode());
            assertEquals(401, f.send(f.request("/v1/chat/completions").GET()).statusCode(), "/v1 is covered too");
            assertEquals(401, f.send(f.request("//API/datasets").GET()).statusCode(), "no bypass by case or slashes");
            assertEquals(200, f.ask("有哪些遥感数据集？", "Authorization", "Bearer s3cret-key").statusCode());
            assertEquals(200, f.get("/health").statusCode(), "health stays open");
        }
    }

    @Test
    void webChatWorksThroughASameOriginSessionCookieNotTheKey() {
        try (var f = OpsFixture.small(OPEN.withApiKey("s3cret-key"))) {
            HttpResponse<String> page = f.get("/");
            String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
            assertFalse(page.body().contains("s3cret-key"));
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));

            assertEquals(200, f.ask("有哪些遥感数据集？", "Cookie", cookie, "Sec-Fetch-Site", "same-origin").statusCode());
            assertEquals(200, f.send(f.request("/api/datasets").header("Cookie", cookie)
                    .header("Sec-Fetch-Site", "same-origin").GET()).statusCode());
            String self = "http://localhost:" + f.app.port();
            assertEquals(200, f.ask("有哪些遥感数据集？", "Cookie", cookie, "Origin", self).statusCode(),
                    "an older browser without Sec-Fetch-Site sends a matching Origin");

            assertEquals(401, f.ask("有哪些遥感数据集？", "Cookie", cookie, "Sec-Fetch-Site", "cross-site").statusCode());
            assertEquals(401, f.ask("有哪些遥感数据集？", "Cookie", cookie, "Origin", "https://evil.example").statusCode());
            assertEquals(401, f.ask("有哪些遥感数据集？", "Cookie", cookie).statusCode(), "no same-origin evidence");
            String forged = cookie.substring(0, cookie.length() - 2) + "xx";
            assertEquals(401, f.ask("有哪些遥感数据集？", "Cookie", forged, "Sec-Fetch-Site", "same-origin").statusCode());
        }
    }

    @Test
    void theSessionCookieOpensOnlyTheChatRoutesOfItsOwnHostAndOrigin() throws Exception {
        try (var f = OpsFixture.small(OPEN.withApiKey("s3cret-key"))) {
            String setCookie = f.get("/").headers().firstValue("Set-Cookie").orElseThrow();
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));
            String[] same = {"Cookie", cookie, "Sec-Fetch-Site", "same-origin"};
            assertEquals(200, f.send(f.request("/api/datasets").headers(same).GET()).statusCode(), "a chat route");
            assertEquals(401, f.send(f.request("/api/search?q=remote").headers(same).GET()).statusCode(),
                    "/api/search is not the chat's");
            assertEquals(401, f.send(f.request("/v1/models").headers(same).GET()).statusCode(), "/v1 needs the key");
            assertEquals(401, f.ask("有哪些遥感数据集？", "Cookie", cookie, "Sec-Fetch-Site", "same-origin",
                    "Origin", "https://evil.example").statusCode(), "a foreign Origin, whatever Sec-Fetch-Site says");
            // the same cookie presented under another Host (a DNS-rebound name) opens nothing
            try (var s = new java.net.Socket("127.0.0.1", f.app.port())) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write(("GET /api/datasets HTTP/1.1\r\nHost: evil.example:" + f.app.port()
                        + "\r\nCookie: " + cookie + "\r\nSec-Fetch-Site: same-origin\r\nConnection: close\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                String status = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(status.startsWith("HTTP/1.1 401"), status);
            }
        }
    }

    @Test
    void adminEndpointsAreOffWithoutATokenAndNeedItWhenSet() {
        try (var f = OpsFixture.small(OPEN)) {
            var off = f.get("/admin/status");
            assertEquals(403, off.statusCode());
            assertTrue(off.body().contains("admin_disabled") && off.body().contains("--admin-token"));
            assertEquals(403, f.send(f.request("/admin/reload").POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        }
        try (var f = OpsFixture.small(OPEN.withAdminToken("adm1n").withApiKey("k"))) {
            assertEquals(401, f.get("/admin/status").statusCode());
            assertEquals(401, f.send(f.request("/admin/status").header("Authorization", "Bearer k").GET()).statusCode(),
                    "the API key is not the admin token");
            var started = f.send(f.request("/admin/reload").header("Authorization", "Bearer adm1n")
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(202, started.statusCode(), "the reload runs in the background: " + started.body());
            assertTrue(started.body().contains("\"reloading\":true"), started.body());
            var ok = f.send(f.request("/admin/status").header("Authorization", "Bearer adm1n").GET());
            assertEquals(200, ok.statusCode());
            assertTrue(ok.body().contains("\"datasets\":" + OpsFixture.SMALL_SIZE), ok.body());
        }
    }

    @Test
    void corsIsOffByDefaultAndFollowsTheAllowList() {
        try (var f = OpsFixture.small(OPEN)) {
            var r = f.send(f.request("/api/datasets").header("Origin", "https://app.example").GET());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
        try (var f = OpsFixture.small(OPEN.withCorsOrigins(List.of("https://app.example")).withApiKey("k"))) {
            var pre = f.send(f.request("/api/ask").header("Origin", "https://app.example")
                    .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertEquals(204, pre.statusCode(), "preflight needs no key");
            assertEquals("https://app.example", pre.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(pre.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
            var bad = f.send(f.request("/api/ask").header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertEquals(403, bad.statusCode());
            assertTrue(bad.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            var real = f.ask("有哪些遥感数据集？", "Origin", "https://app.example", "Authorization", "Bearer k");
            assertEquals(200, real.statusCode());
            assertEquals("https://app.example", real.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            var unauth = f.ask("有哪些遥感数据集？", "Origin", "https://app.example");
            assertEquals(401, unauth.statusCode());
            assertEquals("https://app.example", unauth.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                    "the browser may read the 401");
        }
    }

    /** An answerer that waits for the test to open {@code gate}: "slow" is an event the test controls, not a sleep. */
    private static java.util.function.UnaryOperator<Engine> gated(java.util.concurrent.CountDownLatch gate) {
        return e -> e.withAnswerer(q -> {
            try {
                gate.await(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt(); // the pool cancelled it after the timeout
            }
            return e.grounded().answer(q);
        });
    }

    @Test
    void anAnswerThatDoesNotFinishInTimeIs503Timeout() {
        var never = new java.util.concurrent.CountDownLatch(1);
        var settings = OPEN.withAnswerLimits(Duration.ofMillis(100), 1).withWatch(false, Duration.ofMillis(100));
        try (var f = OpsFixture.small(settings, gated(never))) {
            var timeout = f.ask("a question that never finishes");
            assertEquals(503, timeout.statusCode());
            assertTrue(timeout.body().contains("timeout"), timeout.body());
            assertEquals(1, MetricsTest.value(f.get("/metrics").body(),
                    "catalogchat_answers_rejected_total{reason=\"timeout\"}"));
        } finally {
            never.countDown();
        }
    }

    @Test
    void aFloodBeyondTheAnswerPoolGets503AtOnce() throws Exception {
        var gate = new java.util.concurrent.CountDownLatch(1);
        var settings = OPEN.withAnswerLimits(Duration.ofMinutes(1), 1).withWatch(false, Duration.ofMillis(100));
        var exec = Executors.newFixedThreadPool(20);
        try (var f = OpsFixture.small(settings, gated(gate))) {
            // 1 worker + a queue of 4 while the gate is shut: of 20 simultaneous questions, 15 are refused at once,
            // whatever order they arrive in; the 5 accepted finish once the gate opens.
            var done = new java.util.concurrent.ExecutorCompletionService<HttpResponse<String>>(exec);
            for (int i = 0; i < 20; i++) done.submit(() -> f.ask("有哪些遥感数据集？"));
            int ok = 0, refused = 0;
            for (int i = 0; i < 20; i++) {
                if (refused == 15) gate.countDown();
                int s = done.take().get().statusCode();
                if (s == 200) ok++;
                else if (s == 503) refused++;
                else throw new AssertionError("unexpected " + s);
                if (ok > 0) assertEquals(15, refused, "nothing finishes before the refusals");
            }
            assertEquals(5, ok);
            assertEquals(15, refused);
            assertEquals(15, MetricsTest.value(f.get("/metrics").body(),
                    "catalogchat_answers_rejected_total{reason=\"overloaded\"}"));
        } finally {
            gate.countDown();
            exec.shutdownNow();
        }
    }

    @Test
    void metricsCountRequestsLatencyAnswersAndReloads() {
        try (var f = OpsFixture.small(OPEN.withAdminToken("adm1n"))) {
            f.ask("有哪些遥感数据集？");
            f.ask("Who released MedTrinity-25M?");
            f.get("/api/datasets/no-such-thing");
            f.get("/no/such/path");
            var reload = f.send(f.request("/admin/reload?wait=60").header("Authorization", "Bearer adm1n")
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, reload.statusCode(), reload.body());
            var r = f.get("/metrics");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            String m = r.body();
            assertTrue(m.contains("http_server_requests_seconds_count{method=\"POST\",route=\"/api/ask\",status=\"200\"} 2"), m);
            assertTrue(m.contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/datasets/{id}\",status=\"404\"} 1"), m);
            assertTrue(m.contains("http_server_requests_seconds_count{method=\"GET\",route=\"other\",status=\"404\"} 1"), m);
            assertTrue(m.contains("http_server_requests_seconds_bucket{method=\"POST\",route=\"/api/ask\",status=\"200\",le=\"+Inf\"} 2"), m);
            assertTrue(m.contains("catalogchat_answers_total{answered_by=\"grounded\",intent=\"topic\"} 1.0"), m);
            assertTrue(m.contains("catalogchat_answers_total{answered_by=\"grounded\",intent=\"fact\"} 1.0"), m);
            assertTrue(m.contains("catalogchat_reloads_total{result=\"ok\"} 1.0"), m);
            assertTrue(m.contains("catalogchat_catalog_datasets " + OpsFixture.SMALL_SIZE + ".0"), m);
        }
    }

    /** Sends POST /api/ask headers declaring {@code declared} body bytes, then 64 of them; returns all the server says. */
    private static String exchangeDeclaringBody(int port, int declared) throws java.io.IOException {
        try (var s = new java.net.Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            var out = s.getOutputStream();
            out.write(("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + declared + "\r\nConnection: close\r\n\r\n{\"question\":\"" + "a".repeat(50))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
