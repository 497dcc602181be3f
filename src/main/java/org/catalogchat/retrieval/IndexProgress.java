package org.catalogchat.retrieval;

import java.io.PrintStream;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of an index build, in chunks embedded: a bar redrawn in place on a terminal, otherwise a log line with
 * the rate and the time left every ten seconds (a container's log is not a terminal, and a bar there is noise).
 *
 * <pre>{@code
 * var p = IndexProgress.forConsole(System.console() != null, System.err);
 * p.start(20_000); p.advance(256); ... p.finish();
 * }</pre>
 */
public final class IndexProgress {
    private static final Logger log = LoggerFactory.getLogger(IndexProgress.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final long DRAW_EVERY_NANOS = 200_000_000L;

    private final PrintStream terminal;
    private long total;
    private long done;
    private long startNanos;
    private long lastReportNanos;

    private IndexProgress(PrintStream terminal) {
        this.terminal = terminal;
    }

    /** A bar on {@code terminal} when it is one, log lines otherwise. */
    public static IndexProgress forConsole(boolean isTerminal, PrintStream terminal) {
        return new IndexProgress(isTerminal ? terminal : null);
    }

    /** Log lines only. */
    public static IndexProgress logOnly() {
        return new IndexProgress(null);
    }

    synchronized void start(long totalChunks) {
        total = totalChunks;
        done = 0;
        startNanos = System.nanoTime();
        lastReportNanos = startNanos;
        if (total > 0) log.info("embedding {} chunks", total);
    }

    synchronized void advance(long chunks) {
        done += chunks;
        long now = System.nanoTime();
        if (terminal != null && now - lastReportNanos >= DRAW_EVERY_NANOS) {
            lastReportNanos = now;
            terminal.print("\r" + bar(now));
            terminal.flush();
        } else if (terminal == null && now - lastReportNanos >= LOG_EVERY_NANOS) {
            lastReportNanos = now;
            log.info("embedded {}/{} chunks, {} chunks/s, about {} s left", done, total, format(rate(now)), eta(now));
        }
    }

    synchronized void finish() {
        long now = System.nanoTime();
        if (total == 0) return;
        if (terminal != null) terminal.println("\r" + bar(now));
        log.info("embedded {} chunks in {} s ({} chunks/s)", done, format((now - startNanos) / 1e9), format(rate(now)));
    }

    String bar(long now) {
        int width = 30;
        int filled = total == 0 ? width : (int) (width * done / total);
        return String.format(Locale.ROOT, "embedding [%s%s] %d/%d chunks  %s/s  ETA %d s", "#".repeat(filled),
                " ".repeat(width - filled), done, total, format(rate(now)), eta(now));
    }

    private double rate(long now) {
        double s = (now - startNanos) / 1e9;
        return s <= 0 ? 0 : done / s;
    }

    private long eta(long now) {
        double r = rate(now);
        return r <= 0 ? -1 : Math.round((total - done) / r);
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
