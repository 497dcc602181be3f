package org.catalogchat.ops;

import java.time.Duration;
import java.util.List;

/**
 * The operational settings: tokens, limits, CORS and reload. {@code app} builds them from the command line
 * (every field has a flag); the defaults need no flag at all.
 *
 * <pre>{@code
 * OpsSettings t = OpsSettings.DEFAULT.withApiKey("k");  // in tests
 * }</pre>
 *
 * @param apiKey                Bearer key for {@code /api/*} and {@code /v1/*}; null means open
 * @param adminToken            Bearer token for {@code /admin/*}; null means the admin endpoints are off
 * @param rateLimitPerMinute    requests per minute per client (remote address); 0 turns the limit off
 * @param corsOrigins           origins allowed by CORS; empty means CORS is off
 * @param requestTimeout        longest an answer may take before the client gets 503
 * @param maxConcurrentAnswers  answers computed at once; more wait in a short queue, then get 503
 * @param maxThreads            Jetty worker threads (each request holds one)
 * @param idleTimeout           a connection that sends nothing for this long is closed (slow clients)
 * @param shutdownGrace         how long shutdown waits for requests in flight
 * @param watch                 whether to watch the catalog folder and reload on edits
 * @param reloadDebounce        quiet time after the last file event before reloading
 */
public record OpsSettings(String apiKey, String adminToken, int rateLimitPerMinute, List<String> corsOrigins,
                          Duration requestTimeout, int maxConcurrentAnswers, int maxThreads, Duration idleTimeout,
                          Duration shutdownGrace, boolean watch, Duration reloadDebounce) {
    public static final OpsSettings DEFAULT = new OpsSettings(null, null, 120, List.of(), Duration.ofSeconds(30),
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), 200, Duration.ofSeconds(30),
            Duration.ofSeconds(20), true, Duration.ofMillis(500));

    public OpsSettings {
        apiKey = blankToNull(apiKey);
        adminToken = blankToNull(adminToken);
        corsOrigins = List.copyOf(corsOrigins);
        if (rateLimitPerMinute < 0) throw new IllegalArgumentException("rate limit must be 0 (off) or positive");
        if (maxConcurrentAnswers < 1) throw new IllegalArgumentException("max concurrent requests must be positive");
        if (maxThreads < 16) throw new IllegalArgumentException("max threads must be at least 16");
        for (String o : corsOrigins) {
            if (!o.matches("https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?")) {
                throw new IllegalArgumentException("CORS origin must look like https://host[:port], not '" + o + "'");
            }
        }
    }

    public OpsSettings withApiKey(String key) {
        return new OpsSettings(key, adminToken, rateLimitPerMinute, corsOrigins, requestTimeout, maxConcurrentAnswers,
                maxThreads, idleTimeout, shutdownGrace, watch, reloadDebounce);
    }

    public OpsSettings withAdminToken(String token) {
        return new OpsSettings(apiKey, token, rateLimitPerMinute, corsOrigins, requestTimeout, maxConcurrentAnswers,
                maxThreads, idleTimeout, shutdownGrace, watch, reloadDebounce);
    }

    public OpsSettings withRateLimit(int perMinute) {
        return new OpsSettings(apiKey, adminToken, perMinute, corsOrigins, requestTimeout, maxConcurrentAnswers,
                maxThreads, idleTimeout, shutdownGrace, watch, reloadDebounce);
    }

    public OpsSettings withCorsOrigins(List<String> origins) {
        return new OpsSettings(apiKey, adminToken, rateLimitPerMinute, origins, requestTimeout, maxConcurrentAnswers,
                maxThreads, idleTimeout, shutdownGrace, watch, reloadDebounce);
    }

    public OpsSettings withAnswerLimits(Duration timeout, int maxConcurrent) {
        return new OpsSettings(apiKey, adminToken, rateLimitPerMinute, corsOrigins, timeout, maxConcurrent,
                maxThreads, idleTimeout, shutdownGrace, watch, reloadDebounce);
    }

    public OpsSettings withWatch(boolean on, Duration debounce) {
        return new OpsSettings(apiKey, adminToken, rateLimitPerMinute, corsOrigins, requestTimeout, maxConcurrentAnswers,
                maxThreads, idleTimeout, shutdownGrace, on, debounce);
    }

    public OpsSettings withMaxThreads(int threads) {
        return new OpsSettings(apiKey, adminToken, rateLimitPerMinute, corsOrigins, requestTimeout, maxConcurrentAnswers,
                threads, idleTimeout, shutdownGrace, watch, reloadDebounce);
    }

    /**
     * Worker threads one client address may hold at once; its further requests wait without a thread. A tenth
     * of the pool, so one slow client (or one address flooding slow bodies) cannot take the server down.
     */
    public int maxThreadsPerClient() {
        return Math.max(4, maxThreads / 10);
    }

    public OpsSettings withShutdownGrace(Duration grace) {
        return new OpsSettings(apiKey, adminToken, rateLimitPerMinute, corsOrigins, requestTimeout, maxConcurrentAnswers,
                maxThreads, idleTimeout, grace, watch, reloadDebounce);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
