package org.catalogchat.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.catalogchat.core.TestEngines;
import org.junit.jupiter.api.Test;

/** Graceful shutdown: the requests in flight finish with their answers, new ones are refused, then it stops. */
class ShutdownTest {
    @Test
    void requestsInFlightCompleteAndNewOnesAreRefused() throws Exception {
        CountDownLatch started = new CountDownLatch(3);
        var settings = OpsSettings.DEFAULT.withRateLimit(0).withWatch(false, Duration.ofMillis(100))
                .withShutdownGrace(Duration.ofSeconds(20));
        var f = new OpsFixture(settings, e -> e.withAnswerer(q -> {
            started.countDown();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            return e.grounded().answer(q);
        }), Path.of("seeds"), TestEngines.seeds());
        var inFlight = new java.util.ArrayList<CompletableFuture<HttpResponse<String>>>();
        for (int i = 0; i < 3; i++) inFlight.add(CompletableFuture.supplyAsync(() -> f.ask("有哪些遥感数据集？")));
        assertTrue(started.await(20, TimeUnit.SECONDS), "the slow answers started");

        int port = f.app.port();
        long t0 = System.nanoTime();
        var stopping = CompletableFuture.runAsync(() -> f.ops.shutdown(f.app));
        Thread.sleep(200);
        HttpResponse<String> late = f.get("/health");
        assertEquals(503, late.statusCode(), "no new work once shutdown began");
        assertTrue(late.body().contains("shutting_down"));

        for (var r : inFlight) {
            HttpResponse<String> resp = r.get(20, TimeUnit.SECONDS);
            assertEquals(200, resp.statusCode(), resp.body());
            assertTrue(resp.body().contains("\"sources\""));
        }
        stopping.get(20, TimeUnit.SECONDS);
        assertTrue((System.nanoTime() - t0) / 1e6 >= 1000, "shutdown waited for the in-flight answers");
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
