package org.catalogchat.ops;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;
import org.eclipse.jetty.server.Server;

/**
 * The server's meters, on a Micrometer Prometheus registry served at {@code GET /metrics}: JVM, Jetty thread pool and
 * connections, HTTP requests, the caches (Caffeine statistics) and the bot's own counters. Every label value comes
 * from a fixed set (route templates, enums, known HTTP methods, status codes), so no client can add series:
 * an unknown method is {@code other}, a path without a route is {@code other}.
 *
 * <p>Javalin's Micrometer plugin would do the HTTP and Jetty part, but it has no release for Javalin 7; this class
 * does the same with Micrometer's own binders.
 *
 * <pre>{@code
 * Metrics m = new Metrics();
 * m.request("POST", "/api/ask", 200, 0.012);
 * m.monitor(chat.answerCache(), "answers");   // hits, misses, evictions, size
 * String text = m.scrape();                   // served at GET /metrics
 * }</pre>
 */
public final class Metrics {
    /** Latency histogram buckets, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
    static final String OTHER = "other";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicLong inFlight = new AtomicLong();
    private volatile IntSupplier catalogSize = () -> 0;

    public Metrics() {
        Gauge.builder("http.server.requests.active", inFlight, AtomicLong::get)
                .description("HTTP requests being served now").register(registry);
        Gauge.builder("catalogchat.catalog.datasets", () -> catalogSize.getAsInt())
                .description("datasets in the catalog being served").register(registry);
        // Created now, so they show as 0 before the first event rather than appearing later.
        reloads(true);
        reloads(false);
        rateLimitedCounter();
    }

    /** The registry, for meters a front door adds (a counter of dropped streams, say). */
    public MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition (format 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    /**
     * The JVM's and the process's meters. Called once the server listens, not at construction: binding them loads the
     * platform MXBeans and GC notification listeners (a tenth of a second of CPU at start) that only a scrape reads.
     */
    void bindJvm() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    /** Jetty's thread pool and connections; called once the server exists. */
    void bindJetty(Server server) {
        new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty()).bindTo(registry);
        JettyConnectionMetrics.addToAllConnectors(server, registry);
    }

    /** Hits, misses, puts, evictions and size of a Caffeine cache built with {@code recordStats()}. */
    public void monitor(Cache<?, ?> cache, String name) {
        CaffeineCacheMetrics.monitor(registry, cache, name);
    }

    public void request(String method, String route, int status, double seconds) {
        Timer.builder("http.server.requests").description("HTTP requests by method, route template and status")
                .tags("method", method(method), "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(slo()).register(registry)
                .record((long) (seconds * 1e9), TimeUnit.NANOSECONDS);
        if (status >= 400) webhookRejection(route, status);
    }

    /** One answer computed, by intent label and answerer ("grounded", "llm", "grounded-fallback"...). */
    public void answer(String intent, String answeredBy) {
        Counter.builder("catalogchat.answers").description("answers computed, by intent and answerer")
                .tags("intent", intent, "answered_by", answeredBy).register(registry).increment();
    }

    /** An answer refused by the bounded pool ("overloaded") or cut off by the request timeout ("timeout"). */
    public void answerRejected(String reason) {
        Counter.builder("catalogchat.answers.rejected").description("answers refused with a 503, by reason")
                .tags("reason", reason).register(registry).increment();
    }

    /** A request refused with 429 by the per-client rate limit. */
    public void rateLimited() {
        rateLimitedCounter().increment();
    }

    public void reload(boolean ok) {
        reloadCounter(ok).increment();
    }

    public long reloads(boolean ok) {
        return (long) reloadCounter(ok).count();
    }

    AtomicLong inFlight() {
        return inFlight;
    }

    public void catalogSize(IntSupplier size) {
        this.catalogSize = size;
    }

    /** {@code method} when it is a standard HTTP method, else {@code other}: random methods add no series. */
    static String method(String method) {
        String m = method == null ? "" : method.toUpperCase(Locale.ROOT);
        return METHODS.contains(m) ? m : OTHER;
    }

    /** A chat platform's request turned away (bad signature or token, not configured, bad body), by platform. */
    private void webhookRejection(String route, int status) {
        String platform = route.startsWith("/slack/") ? "slack" : route.equals("/webhooks/mattermost") ? "mattermost"
                : route.equals("/webhooks/teams") ? "teams" : null;
        if (platform == null) return;
        Counter.builder("catalogchat.webhook.rejections").description("chat platform requests refused, by platform and status")
                .tags("platform", platform, "status", Integer.toString(status)).register(registry).increment();
    }

    private Counter reloadCounter(boolean ok) {
        return Counter.builder("catalogchat.reloads").description("catalog reloads by result")
                .tags("result", ok ? "ok" : "failed").register(registry);
    }

    private Counter rateLimitedCounter() {
        return Counter.builder("catalogchat.rate.limited").description("requests refused with 429 by the rate limit")
                .register(registry);
    }

    private static Duration[] slo() {
        var d = new Duration[BUCKETS.length];
        for (int i = 0; i < BUCKETS.length; i++) d[i] = Duration.ofNanos((long) (BUCKETS[i] * 1e9));
        return d;
    }
}
