package org.catalogchat.app;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.catalogchat.ops.OpsSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Access, limits, shutdown and reload: everything {@link OpsSettings} holds. */
final class OpsOptions {
    @Option(names = "--api-key", paramLabel = "KEY",
            description = "Bearer key required on /api/* and /v1/* (default: none, open)")
    String apiKey;
    @Option(names = "--api-key-file", paramLabel = "FILE",
            description = "file holding the --api-key (kept out of ps and shell history)")
    java.nio.file.Path apiKeyFile;
    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "Bearer token for /admin/reload and /admin/status (default: none, admin off)")
    String adminToken;
    @Option(names = "--admin-token-file", paramLabel = "FILE", description = "file holding the --admin-token")
    java.nio.file.Path adminTokenFile;
    @Option(names = "--rate-limit", paramLabel = "N",
            description = "requests per minute per client address, 0 = off (default 120)")
    Integer rateLimit;
    @Option(names = "--cors-origins", paramLabel = "LIST",
            description = "comma-separated origins allowed by CORS (default: none, CORS off)")
    String corsOrigins;
    @Option(names = "--request-timeout-seconds", paramLabel = "N",
            description = "longest an answer may take before a 503 (default 30)")
    Integer requestTimeoutSeconds;
    @Option(names = "--max-concurrent-requests", paramLabel = "N",
            description = "answers computed at once; a few more wait, then 503 (default 2 x cores, min 4)")
    Integer maxConcurrentRequests;
    @Option(names = "--max-threads", paramLabel = "N", description = "HTTP worker threads (default 200)")
    Integer maxThreads;
    @Option(names = "--idle-timeout-seconds", paramLabel = "N", description = "close a connection idle this long (default 30)")
    Integer idleTimeoutSeconds;
    @Option(names = "--shutdown-grace-seconds", paramLabel = "N",
            description = "how long shutdown waits for requests in flight (default 20)")
    Integer shutdownGraceSeconds;
    @Option(names = "--no-watch", description = "do not reload the catalog when its files change")
    boolean noWatch;

    OpsSettings settings(CommandSpec spec) {
        OpsSettings d = OpsSettings.DEFAULT;
        List<String> origins = corsOrigins == null ? List.of() : Arrays.stream(corsOrigins.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.replaceAll("/+$", "")).toList();
        int rate = Ranges.check(spec, "--rate-limit", rateLimit, d.rateLimitPerMinute(), 0, 1_000_000);
        int timeout = Ranges.check(spec, "--request-timeout-seconds", requestTimeoutSeconds,
                (int) d.requestTimeout().toSeconds(), 1, 3600);
        int concurrent = Ranges.check(spec, "--max-concurrent-requests", maxConcurrentRequests,
                d.maxConcurrentAnswers(), 1, 10_000);
        int threads = Ranges.check(spec, "--max-threads", maxThreads, d.maxThreads(), 16, 10_000);
        int idle = Ranges.check(spec, "--idle-timeout-seconds", idleTimeoutSeconds, (int) d.idleTimeout().toSeconds(),
                1, 3600);
        int grace = Ranges.check(spec, "--shutdown-grace-seconds", shutdownGraceSeconds,
                (int) d.shutdownGrace().toSeconds(), 0, 3600);
        String key = SecretFiles.secret(spec, "--api-key", apiKey, apiKeyFile);
        String admin = SecretFiles.secret(spec, "--admin-token", adminToken, adminTokenFile);
        return Ranges.settings(spec, () -> new OpsSettings(key, admin, rate, origins, Duration.ofSeconds(timeout),
                concurrent, threads, Duration.ofSeconds(idle), Duration.ofSeconds(grace), !noWatch, d.reloadDebounce()));
    }
}
