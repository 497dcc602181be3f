package org.catalogchat.ops;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.catalogchat.catalog.Catalog;
import java.util.function.UnaryOperator;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.catalog.CatalogException;
import org.catalogchat.catalog.ParseProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the catalog beside the one being served and swaps it in only when it loaded cleanly: a file that
 * is missing, unreadable or has any entry with a parse problem leaves the old catalog answering, and the
 * failure (file and line) is logged and kept for {@code GET /admin/status}.
 *
 * <pre>{@code
 * var reloader = new CatalogReloader(path, new CatalogLoader(new CatalogParser(glossary))::load,
 *         c -> Engine.of(c, glossary, model), prepare, chat, metrics, clock);
 * ReloadStatus.Attempt a = reloader.reload("admin");
 * }</pre>
 */
public final class CatalogReloader {
    private static final Logger log = LoggerFactory.getLogger(CatalogReloader.class);

    private final Path catalog;
    private final Function<Path, Catalog> parse;
    private final Function<Catalog, Engine> index;
    private final UnaryOperator<Engine> prepare;
    private final ChatService chat;
    private final Metrics metrics;
    private final Clock clock;
    private volatile Instant servingSince;
    private volatile ReloadStatus.Attempt last;
    private final Object requests = new Object();
    private CompletableFuture<ReloadStatus.Attempt> queued;
    private final java.util.concurrent.atomic.AtomicInteger inProgress = new java.util.concurrent.atomic.AtomicInteger();
    /** One thread: reloads run one after another, never side by side. */
    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "catalog-reload");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param parse   reads the catalog path (fast; a catalog with problems stops here, before any indexing)
     * @param index   builds the indexes of a clean catalog into a fresh engine (the slow part, done off to the side)
     * @param prepare wraps a freshly loaded engine the way the first one was (LLM answerer, pool, metrics)
     */
    public CatalogReloader(Path catalog, Function<Path, Catalog> parse, Function<Catalog, Engine> index,
                           UnaryOperator<Engine> prepare,
                           ChatService chat, Metrics metrics, Clock clock) {
        this.catalog = catalog;
        this.parse = parse;
        this.index = index;
        this.prepare = prepare;
        this.chat = chat;
        this.metrics = metrics;
        this.clock = clock;
        this.servingSince = clock.instant();
    }

    public Path catalog() {
        return catalog;
    }

    /** Serialised: two triggers at once (watcher and admin) never build two engines side by side. */
    public synchronized ReloadStatus.Attempt reload(String trigger) {
        long start = System.nanoTime();
        Instant at = clock.instant();
        ReloadStatus.Attempt attempt;
        try {
            Catalog parsed = parse.apply(catalog);
            // A problem that left something out blocks the swap (a half-saved edit must not replace a good
            // catalog); an entry kept without a readable date does not, or such a catalog could never reload.
            List<ParseProblem> problems = parsed.problems().stream().filter(p -> !p.entryKept()).toList();
            if (!problems.isEmpty()) {
                attempt = new ReloadStatus.Attempt(at.toString(), trigger, false, parsed.size(),
                        "the new catalog has " + problems.size() + " problem(s); still serving the previous one",
                        problems, ms(start));
            } else if (parsed.size() == 0) {
                attempt = new ReloadStatus.Attempt(at.toString(), trigger, false, 0,
                        "the new catalog has no datasets (no ### entries); still serving the previous one",
                        List.of(), ms(start));
            } else {
                chat.swap(prepare.apply(index.apply(parsed)));
                servingSince = at;
                List<ParseProblem> notes = parsed.problems();
                attempt = new ReloadStatus.Attempt(at.toString(), trigger, true, parsed.size(), "loaded " + parsed.size()
                        + " datasets" + (notes.isEmpty() ? "" : "; " + notes.size() + " entries kept without a readable date"),
                        notes, ms(start));
            }
        } catch (CatalogException | java.io.UncheckedIOException | IllegalArgumentException e) {
            attempt = new ReloadStatus.Attempt(at.toString(), trigger, false, 0,
                    "the catalog could not be loaded: " + e.getMessage() + "; still serving the previous one",
                    List.of(), ms(start));
        } catch (RuntimeException e) {
            log.error("catalog reload failed unexpectedly", e);
            attempt = new ReloadStatus.Attempt(at.toString(), trigger, false, 0,
                    "the catalog could not be loaded (" + e + "); still serving the previous one", List.of(), ms(start));
        }
        last = attempt;
        metrics.reload(attempt.ok());
        if (attempt.ok()) {
            log.info("catalog reload ok trigger={} datasets={} durationMs={}", trigger, attempt.datasets(), attempt.durationMs());
        } else {
            log.warn("catalog reload rejected trigger={} durationMs={}: {}", trigger, attempt.durationMs(), attempt.message());
            attempt.problems().forEach(p -> log.warn("catalog problem: {}", p));
        }
        return attempt;
    }

    /**
     * Starts a reload on the background thread and returns at once (the admin call never waits for a slow
     * catalog). Requests while one is waiting to start join it, so a burst of calls costs one more reload at most.
     */
    public CompletableFuture<ReloadStatus.Attempt> requestReload(String trigger) {
        synchronized (requests) {
            if (queued != null) return queued;
            var next = new CompletableFuture<ReloadStatus.Attempt>();
            queued = next;
            inProgress.incrementAndGet();
            background.execute(() -> {
                synchronized (requests) {
                    queued = null;
                }
                // Not reloading any more before the caller's future completes: one who waited sees a settled status.
                ReloadStatus.Attempt done;
                try {
                    done = reload(trigger);
                } catch (RuntimeException | Error e) {
                    inProgress.decrementAndGet();
                    next.completeExceptionally(e);
                    return;
                }
                inProgress.decrementAndGet();
                next.complete(done);
            });
            return next;
        }
    }

    /** True while a reload is waiting or running. */
    public boolean reloading() {
        return inProgress.get() > 0;
    }

    public ReloadStatus status(boolean watching) {
        return new ReloadStatus(catalog.toString(), chat.engine().catalog().size(), servingSince.toString(), watching,
                reloading(), last,
                metrics.reloads(true), metrics.reloads(false));
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
