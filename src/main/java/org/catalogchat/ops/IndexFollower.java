package org.catalogchat.ops;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a read-only replica, notices the builder publishing a new index generation (the {@code CURRENT} pointer
 * changing) and reloads. A poll of one small file, not a file-system watch: it works the same on a shared or
 * network volume, where watch events often never arrive.
 */
final class IndexFollower implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

    private final Supplier<String> generation;
    private final Runnable reload;
    private final Duration poll;
    private ScheduledExecutorService timer;
    private String seen;

    IndexFollower(Supplier<String> generation, Runnable reload, Duration poll) {
        this.generation = generation;
        this.reload = reload;
        this.poll = poll;
    }

    synchronized void start() {
        seen = generation.get();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-follower");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            String now = generation.get();
            if (now != null && !Objects.equals(now, seen)) {
                log.info("index generation {} published (serving {}); reloading", now, seen);
                seen = now;
                reload.run();
            }
        } catch (RuntimeException e) {
            log.warn("index follower: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) timer.shutdownNow();
    }
}
