package org.catalogchat.ops;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.catalogchat.core.Unavailable;

/**
 * The bounded worker pool answers run on: at most {@code threads} at once, a short queue behind them, and a
 * deadline per answer. A flood gets quick refusals ({@link Unavailable}, a 503 over HTTP) instead of piling up threads and memory.
 *
 * <pre>{@code
 * AnswerPool pool = new AnswerPool(8, Duration.ofSeconds(30), metrics);
 * Answer a = pool.run(() -> answerer.answer(question)); // Unavailable when full or too slow
 * }</pre>
 */
public final class AnswerPool implements AutoCloseable {
    private final ThreadPoolExecutor executor;
    private final Duration timeout;
    private final Metrics metrics;

    public AnswerPool(int threads, Duration timeout, Metrics metrics) {
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 4), r -> {
                    Thread t = new Thread(r, "answer-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.executor.allowCoreThreadTimeOut(true);
        this.timeout = timeout;
        this.metrics = metrics;
    }

    public <T> T run(Callable<T> task) {
        Future<T> f;
        try {
            f = executor.submit(task);
        } catch (RejectedExecutionException e) {
            metrics.answerRejected("overloaded");
            throw new Unavailable("overloaded", "the server is answering too many questions; retry in a moment");
        }
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            metrics.answerRejected("timeout");
            throw new Unavailable("timeout", "the answer took longer than " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", "the server is shutting down");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
