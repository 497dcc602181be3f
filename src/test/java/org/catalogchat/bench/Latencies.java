package org.catalogchat.bench;

import java.util.Arrays;

/**
 * A sample of durations in nanoseconds, summarised the way the benchmark quotes them (median, p99).
 *
 * <pre>{@code
 * Latencies l = Latencies.of(samples);
 * l.medianMs(); l.p99Ms();
 * }</pre>
 */
public record Latencies(long[] sortedNanos) {
    public static Latencies of(long[] nanos) {
        long[] copy = nanos.clone();
        Arrays.sort(copy);
        return new Latencies(copy);
    }

    /** Nearest-rank percentile, in milliseconds; 0 for an empty sample. */
    public double percentileMs(double p) {
        if (sortedNanos.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    public double medianMs() {
        return percentileMs(50);
    }

    public double p99Ms() {
        return percentileMs(99);
    }

    public int count() {
        return sortedNanos.length;
    }
}
