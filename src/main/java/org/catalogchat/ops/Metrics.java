package org.catalogchat.ops;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * Counters and histograms rendered in the Prometheus text exposition format (version 0.0.4). Thread-safe and
 * lock-free on the request path; label values come from route templates and enums, so cardinality stays bounded.
 *
 * <pre>{@code
 * Metrics m = new Metrics();
 * m.request("POST", "/api/ask", 200, 0.012);
 * m.cacheHit();                 // a cache calls this on a hit
 * String text = m.render();     // served at GET /metrics
 * }</pre>
 */
public final class Metrics {
    /** Latency bucket upper bounds, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    private final ConcurrentHashMap<List<String>, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Histogram> latency = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<List<String>, LongAdder> answers = new ConcurrentHashMap<>();
    private final LongAdder fallbacks = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();
    private final LongAdder cacheMisses = new LongAdder();
    private final LongAdder reloadsOk = new LongAdder();
    private final LongAdder reloadsFailed = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final AtomicLong inFlight = new AtomicLong();
    private volatile IntSupplier catalogSize = () -> 0;

    private static final class Histogram {
        final LongAdder[] counts = new LongAdder[BUCKETS.length];
        final LongAdder count = new LongAdder();
        final java.util.concurrent.atomic.DoubleAdder sum = new java.util.concurrent.atomic.DoubleAdder();

        Histogram() {
            for (int i = 0; i < counts.length; i++) counts[i] = new LongAdder();
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    counts[i].increment();
                    break;
                }
            }
            count.increment();
            sum.add(seconds);
        }
    }

    public void request(String method, String route, int status, double seconds) {
        requests.computeIfAbsent(List.of(route, method, Integer.toString(status)), k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, k -> new Histogram()).observe(seconds);
    }

    /** One answer produced, by intent label and answerer ("grounded", "llm", "grounded-fallback"...). */
    public void answer(String intent, String answeredBy) {
        answers.computeIfAbsent(List.of(intent, answeredBy), k -> new LongAdder()).increment();
        if ("grounded-fallback".equals(answeredBy)) fallbacks.increment();
    }

    /** The hook for an answer cache: call on every hit. */
    public void cacheHit() {
        cacheHits.increment();
    }

    /** The hook for an answer cache: call on every miss. */
    public void cacheMiss() {
        cacheMisses.increment();
    }

    public void reload(boolean ok) {
        (ok ? reloadsOk : reloadsFailed).increment();
    }

    /** An answer refused by the bounded pool (overloaded) or cut off by the request timeout. */
    public void answerRejected() {
        rejected.increment();
    }

    AtomicLong inFlight() {
        return inFlight;
    }

    public void catalogSize(IntSupplier size) {
        this.catalogSize = size;
    }

    public long reloads(boolean ok) {
        return (ok ? reloadsOk : reloadsFailed).sum();
    }

    public String render() {
        var sb = new StringBuilder(4096);
        header(sb, "catalogchat_http_requests_total", "counter", "HTTP requests by route template, method and status");
        asStrings(requests).forEach((k, v) -> sb.append("catalogchat_http_requests_total{route=\"")
                .append(esc(k.get(0))).append("\",method=\"").append(esc(k.get(1))).append("\",status=\"")
                .append(k.get(2)).append("\"} ").append(v.sum()).append('\n'));
        header(sb, "catalogchat_http_request_duration_seconds", "histogram", "HTTP request latency by route template");
        new TreeMap<>(latency).forEach((route, h) -> {
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += h.counts[i].sum();
                sb.append("catalogchat_http_request_duration_seconds_bucket{route=\"").append(esc(route))
                        .append("\",le=\"").append(BUCKETS[i]).append("\"} ").append(cumulative).append('\n');
            }
            sb.append("catalogchat_http_request_duration_seconds_bucket{route=\"").append(esc(route))
                    .append("\",le=\"+Inf\"} ").append(h.count.sum()).append('\n');
            sb.append("catalogchat_http_request_duration_seconds_sum{route=\"").append(esc(route)).append("\"} ")
                    .append(h.sum.sum()).append('\n');
            sb.append("catalogchat_http_request_duration_seconds_count{route=\"").append(esc(route)).append("\"} ")
                    .append(h.count.sum()).append('\n');
        });
        header(sb, "catalogchat_http_in_flight_requests", "gauge", "HTTP requests being served now");
        sb.append("catalogchat_http_in_flight_requests ").append(inFlight.get()).append('\n');
        header(sb, "catalogchat_answers_total", "counter", "answers by intent and answerer");
        asStrings(answers).forEach((k, v) -> sb.append("catalogchat_answers_total{intent=\"")
                .append(esc(k.get(0))).append("\",answered_by=\"").append(esc(k.get(1))).append("\"} ")
                .append(v.sum()).append('\n'));
        counter(sb, "catalogchat_llm_fallbacks_total", "answers where the LLM failed and the grounded answer was used",
                fallbacks.sum());
        counter(sb, "catalogchat_answers_rejected_total", "answers refused as overloaded or timed out (503)",
                rejected.sum());
        counter(sb, "catalogchat_cache_hits_total", "answer cache hits", cacheHits.sum());
        counter(sb, "catalogchat_cache_misses_total", "answer cache misses", cacheMisses.sum());
        header(sb, "catalogchat_reloads_total", "counter", "catalog reloads by result");
        sb.append("catalogchat_reloads_total{result=\"ok\"} ").append(reloadsOk.sum()).append('\n');
        sb.append("catalogchat_reloads_total{result=\"failed\"} ").append(reloadsFailed.sum()).append('\n');
        header(sb, "catalogchat_catalog_datasets", "gauge", "datasets in the catalog being served");
        sb.append("catalogchat_catalog_datasets ").append(catalogSize.getAsInt()).append('\n');
        return sb.toString();
    }

    private static <V> TreeMap<List<String>, V> asStrings(Map<List<String>, V> m) {
        var sorted = new TreeMap<List<String>, V>((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
        sorted.putAll(m);
        return sorted;
    }

    private static void header(StringBuilder sb, String name, String type, String help) {
        sb.append("# HELP ").append(name).append(' ').append(help).append('\n');
        sb.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void counter(StringBuilder sb, String name, String help, long value) {
        header(sb, name, "counter", help);
        sb.append(name).append(' ').append(value).append('\n');
    }

    static String esc(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
