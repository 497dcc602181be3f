package org.catalogchat.ops;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.catalogchat.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate every request passes before its route (a Javalin {@code before} handler, so it covers routes other
 * front doors add): shutdown draining, CORS, rate limit, API key or same-origin web session, admin token. And the
 * request logger after: one structured log line and the request metrics.
 *
 * <pre>{@code
 * config.routes.before(guard::before);
 * config.requestLogger.http(guard::logged);
 * }</pre>
 */
final class AccessGuard {
    private static final Logger log = LoggerFactory.getLogger("org.catalogchat.requests");
    private static final String STARTED = "ops.started";
    private static final String COUNTED = "ops.counted";
    private static final String REJECTED = "ops.rejected";

    private final OpsSettings settings;
    private final RateLimiter limiter;
    private final WebSession session;
    private final Metrics metrics;
    private final AtomicBoolean draining;

    AccessGuard(OpsSettings settings, RateLimiter limiter, WebSession session, Metrics metrics, AtomicBoolean draining) {
        this.settings = settings;
        this.limiter = limiter;
        this.session = session;
        this.metrics = metrics;
        this.draining = draining;
    }

    void before(Context ctx) {
        try {
            check(ctx);
        } catch (ApiException e) {
            ctx.attribute(REJECTED, Boolean.TRUE);
            throw e;
        }
    }

    private void check(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        ctx.attribute(COUNTED, Boolean.TRUE);
        metrics.inFlight().incrementAndGet();
        if (draining.get()) {
            ctx.header("Connection", "close");
            throw new ApiException(503, "shutting_down", "the server is shutting down");
        }
        String path = normalised(ctx.path());
        if (cors(ctx)) return;
        boolean api = under(path, "/api") || under(path, "/v1");
        boolean admin = under(path, "/admin");
        // Webhooks too: their signature can only be checked once the body is read, so the limit comes first.
        boolean webhook = under(path, "/slack") || under(path, "/webhooks");
        if ((api || admin || webhook) && limiter != null) {
            long wait = limiter.acquire(ctx.ip());
            if (wait > 0) {
                metrics.rateLimited();
                ctx.header("Retry-After", Long.toString(wait));
                throw new ApiException(429, "rate_limited",
                        "more than " + settings.rateLimitPerMinute() + " requests a minute; retry in " + wait + " s");
            }
        }
        if (admin) {
            if (settings.adminToken() == null) {
                throw new ApiException(403, "admin_disabled", "the admin endpoints are off: start the server with --admin-token");
            }
            if (!bearer(ctx, settings.adminToken())) unauthorized(ctx, "the admin endpoints need 'Authorization: Bearer <admin token>'");
        } else if (api && settings.apiKey() != null) {
            if (!bearer(ctx, settings.apiKey()) && !webSession(ctx)) {
                unauthorized(ctx, "send 'Authorization: Bearer <api key>'");
            }
        } else if (settings.apiKey() != null && ctx.method().name().equals("GET") && (path.equals("/") || path.equals("/index.html"))) {
            issueSession(ctx);
        }
    }

    /** Handles CORS headers and answers preflights; true when the request is fully answered here. */
    private boolean cors(Context ctx) {
        String origin = ctx.header("Origin");
        if (settings.corsOrigins().isEmpty() || origin == null) return false;
        boolean allowed = settings.corsOrigins().contains(origin);
        boolean preflight = ctx.method().name().equals("OPTIONS") && ctx.header("Access-Control-Request-Method") != null;
        ctx.header("Vary", "Origin");
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Expose-Headers", "Retry-After");
        }
        if (!preflight) return false;
        if (!allowed) throw new ApiException(403, "cors_forbidden", "origin " + safe(origin, 100) + " is not allowed");
        ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
        ctx.skipRemainingHandlers();
        return true;
    }

    private static boolean bearer(Context ctx, String expected) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        // Constant time: the comparison does not stop at the first differing byte.
        return MessageDigest.isEqual(h.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The web chat's cookie: it opens only the routes the page calls, on a request the browser marks as
     * same-origin (Sec-Fetch-Site, and Origin when sent, must name this server), for the Host it was issued to
     * (a DNS-rebound name cannot reuse it).
     */
    private boolean webSession(Context ctx) {
        if (!chatRoute(ctx)) return false;
        if (!session.valid(ctx.cookie(WebSession.COOKIE), ctx.host())) return false;
        String self = ctx.scheme() + "://" + ctx.host();
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equalsIgnoreCase(self)) return false;
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) return site.equals("same-origin");
        return origin != null;
    }

    /** What the chat page itself calls; everything else under /api and all of /v1 need the API key. */
    private static boolean chatRoute(Context ctx) {
        String path = normalised(ctx.path());
        String method = ctx.method().name();
        if (method.equals("POST")) return path.equals("/api/ask") || path.equals("/api/ask/stream") || path.equals("/api/feedback");
        return method.equals("GET") && (path.equals("/api/datasets") || path.startsWith("/api/datasets/"));
    }

    private void issueSession(Context ctx) {
        String secure = ctx.scheme().equals("https") ? "; Secure" : "";
        ctx.res().addHeader("Set-Cookie", WebSession.COOKIE + "=" + session.issue(ctx.host()) + "; Path=/; Max-Age="
                + session.lifetime().toSeconds() + "; HttpOnly; SameSite=Strict" + secure);
    }

    private static void unauthorized(Context ctx, String message) {
        ctx.header("WWW-Authenticate", "Bearer");
        throw new ApiException(401, "unauthorized", message);
    }

    /** Called by Javalin after every request, whatever happened in it. */
    void logged(Context ctx, Float ms) {
        if (ctx.attribute(COUNTED) != null) metrics.inFlight().decrementAndGet();
        String route = route(ctx);
        int status = ctx.statusCode();
        double seconds = ms == null ? 0 : ms / 1000.0;
        metrics.request(ctx.method().name(), route, status, seconds);
        if (status >= 500) {
            log.warn("request method={} route={} path={} status={} durationMs={} client={}", ctx.method().name(), route,
                    safe(ctx.path(), 200), status, Math.round(seconds * 1000), ctx.ip());
        } else if (log.isInfoEnabled()) {
            log.info("request method={} route={} path={} status={} durationMs={} client={}", ctx.method().name(), route,
                    safe(ctx.path(), 200), status, Math.round(seconds * 1000), ctx.ip());
        }
    }

    /**
     * The route template ("/api/datasets/{id}"); "rejected" for requests the guard stopped before routing, and
     * "other" for paths with no route: so metrics labels stay few whatever paths clients invent. */
    static String route(Context ctx) {
        try {
            var e = ctx.endpoint();
            if (e != null && e.path != null && !e.path.equals("*")) return e.path;
        } catch (RuntimeException e) {
            // no endpoint matched
        }
        return ctx.attribute(REJECTED) != null ? "rejected" : Metrics.OTHER;
    }

    static String normalised(String path) {
        return path.replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    static String safe(String s, int max) {
        return org.catalogchat.catalog.LogText.safe(s, max);
    }
}
