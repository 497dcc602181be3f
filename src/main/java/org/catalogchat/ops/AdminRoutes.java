package org.catalogchat.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.BooleanSupplier;

/**
 * {@code POST /admin/reload}, {@code GET /admin/status} (both behind the admin token, checked by
 * {@link AccessGuard}) and {@code GET /metrics}.
 */
final class AdminRoutes {
    private final CatalogReloader reloader;
    private final Metrics metrics;
    private final BooleanSupplier watching;

    AdminRoutes(CatalogReloader reloader, Metrics metrics, BooleanSupplier watching) {
        this.reloader = reloader;
        this.metrics = metrics;
        this.watching = watching;
    }

    void register(RoutesConfig routes) {
        routes.post("/admin/reload", this::reload);
        routes.get("/admin/status", this::status);
        routes.get("/metrics", this::metrics);
    }

    /**
     * 202 with the status ("reloading": true) at once; a big catalog may take a minute, and the call must not hold
     * a thread that long. {@code ?wait=N} (up to 60 s) waits for the outcome instead: 200 when it loaded, 422 when
     * the catalog on disk was rejected (the previous one keeps serving), 202 if it is still running.
     */
    void reload(Context ctx) {
        java.util.concurrent.CompletableFuture<ReloadStatus.Attempt> attempt = reloader.requestReload("admin");
        int wait = waitSeconds(ctx.queryParam("wait"));
        if (wait > 0) {
            try {
                ReloadStatus.Attempt a = attempt.get(wait, java.util.concurrent.TimeUnit.SECONDS);
                ctx.status(a.ok() ? 200 : 422).json(reloader.status(watching.getAsBoolean()));
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                // still running: say so below
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ctx.status(202).json(reloader.status(watching.getAsBoolean()));
    }

    private static int waitSeconds(String v) {
        if (v == null || v.isBlank()) return 0;
        if (v.equals("true")) return 60;
        try {
            return Math.max(0, Math.min(60, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            throw new org.catalogchat.web.ApiException(400, "invalid_parameter", "'wait' must be a number of seconds (0-60)");
        }
    }

    void status(Context ctx) {
        ctx.json(reloader.status(watching.getAsBoolean()));
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
