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

    void reload(Context ctx) {
        ReloadStatus.Attempt a = reloader.reload("admin");
        // 422: the request was fine, the catalog on disk is not; the previous one keeps serving.
        ctx.status(a.ok() ? 200 : 422).json(reloader.status(watching.getAsBoolean()));
    }

    void status(Context ctx) {
        ctx.json(reloader.status(watching.getAsBoolean()));
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
