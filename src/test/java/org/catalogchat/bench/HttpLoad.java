package org.catalogchat.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Closed-loop load on {@code POST /api/ask} over loopback: {@code clients} threads each send their next request as
 * soon as the previous answer arrives, until {@code requests} have been sent or {@code maxDuration} has passed.
 *
 * <pre>{@code
 * HttpLoad.Result r = new HttpLoad(URI.create("http://127.0.0.1:" + port)).run(16, 2000, Duration.ofSeconds(20), i -> questions.get(i % n));
 * }</pre>
 */
public final class HttpLoad {
    /** What one load level measured; errors are non-200 answers and failed requests. */
    public record Result(int clients, Latencies latencies, int errors, double seconds) {
        public double perSecond() {
            return latencies.count() / seconds;
        }
    }

    private final URI ask;
    private final URI base;
    private final boolean search;
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    public HttpLoad(URI base) {
        this(base, false);
    }

    /** Load on {@code GET /api/search?q=} (hybrid retrieval alone) instead of {@code /api/ask}. */
    public static HttpLoad search(URI base) {
        return new HttpLoad(base, true);
    }

    private HttpLoad(URI base, boolean search) {
        this.search = search;
        this.base = base;
        this.ask = base.resolve("/api/ask");
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Result run(int clients, int requests, Duration maxDuration, IntFunction<String> question) throws InterruptedException {
        long[] nanos = new long[requests];
        var next = new AtomicInteger();
        var done = new AtomicInteger();
        var errors = new AtomicInteger();
        long deadline = System.nanoTime() + maxDuration.toNanos();
        var finished = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        if (!send(question.apply(i))) errors.incrementAndGet();
                        nanos[done.getAndIncrement()] = System.nanoTime() - t0;
                    }
                } finally {
                    finished.countDown();
                }
            }, "bench-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        finished.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(clients, Latencies.of(java.util.Arrays.copyOf(nanos, done.get())), errors.get(), seconds);
    }

    private boolean send(String question) {
        try {
            if (search) {
                var get = HttpRequest.newBuilder(base.resolve("/api/search?q="
                        + java.net.URLEncoder.encode(question, java.nio.charset.StandardCharsets.UTF_8)))
                        .timeout(Duration.ofSeconds(30)).GET().build();
                return client.send(get, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            }
            String body = json.writeValueAsString(Map.of("question", question));
            var request = HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("\"answer\"");
        } catch (Exception e) {
            return false;
        }
    }

    /** Polls {@code GET /health} until it answers 200; returns false at the deadline. */
    public static boolean awaitHealthy(HttpClient client, URI base, long deadlineNanos) throws InterruptedException {
        var request = HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadlineNanos) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return true;
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        return false;
    }

}
