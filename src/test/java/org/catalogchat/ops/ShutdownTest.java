package org.catalogchat.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Graceful shutdown: the requests in flight finish with their answers, new ones are refused, then it stops. */
class ShutdownTest {
    @Test
    void requestsInFlightCompleteAndNewOnesAreRefused() throws Exception {
        CountDownLatch started = new CountDownLatch(3);
        // The answers wait for the test, so "in flight during shutdown" is a fact, not a guess about speed.
        CountDownLatch release = new CountDownLatch(1);
        var settings = OpsSettings.DEFAULT.withRateLimit(0).withWatch(false, Duration.ofMillis(100))
                .withShutdownGrace(Duration.ofSeconds(20));
        var f = OpsFixture.small(settings, e -> e.withAnswerer(q -> {
            started.countDown();
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            return e.grounded().answer(q);
        }));
        var inFlight = new java.util.ArrayList<CompletableFuture<HttpResponse<String>>>();
        for (int i = 0; i < 3; i++) inFlight.add(CompletableFuture.supplyAsync(() -> f.ask("有哪些遥感数据集？")));
        assertTrue(started.await(20, TimeUnit.SECONDS), "the slow answers started");

        int port = f.app.port();
        var stopping = CompletableFuture.runAsync(() -> f.ops.shutdown(f.app));
        HttpResponse<String> late = f.get("/health");
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
             late.statusCode() == 200 && System.nanoTime() < deadline; late = f.get("/health")) {
            Thread.onSpinWait(); // until the shutdown has begun
        }
        assertEquals(503, late.statusCode(), "no new work once shutdown began");
        assertTrue(late.body().contains("shutting_down"));
        assertTrue(inFlight.stream().noneMatch(CompletableFuture::isDone), "the answers are still in flight");
        assertTrue(!stopping.isDone(), "shutdown waits for the answers in flight");
        release.countDown();

        for (var r : inFlight) {
            HttpResponse<String> resp = r.get(20, TimeUnit.SECONDS);
            assertEquals(200, resp.statusCode(), resp.body());
            assertTrue(resp.body().contains("\"sources\""));
        }
        stopping.get(20, TimeUnit.SECONDS);
        boolean refused;
        try {
            f.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/health"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            refused = false;
        } catch (java.io.IOException e) {
            refused = true;
        }
        assertTrue(refused, "the server no longer accepts connections");
    }
}
