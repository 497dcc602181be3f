package org.catalogchat.web;

import io.javalin.http.Context;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * Sends the answer to a request whose body no handler read, then reads and drops that body (as Tomcat's
 * maxSwallowSize does). Jetty closes a connection whose body was left unread, and a client still sending it meets a
 * reset that can destroy the answer in flight: Java's HttpClient lost about one in ten 405s for a 17-60 KB POST to a
 * GET route, and 404s, 401s and 415s the same way. The answer goes out first, so a refusal made from the headers alone
 * (a webhook's bad signature) still arrives at once even if the body never comes. Only a body within the size limit is
 * drained, through the same slow-client limits as any body (per-client threads, minimum data rate, idle timeout); a
 * body declared larger is not read: its answer (413 where a handler reads bodies) goes out and the connection closes,
 * as before.
 */
final class UnreadBodies {
    private UnreadBodies() {
    }

    static void drain(Context ctx, ServerLimits limits) {
        long declared = ctx.contentLength();
        boolean chunked = declared < 0 && "chunked".equalsIgnoreCase(ctx.header("Transfer-Encoding"));
        if (declared == 0 || declared > limits.maxBodyBytes() || declared < 0 && !chunked) return;
        try {
            ServletInputStream in = ctx.req().getInputStream();
            // A body a handler read is finished; only an unread one costs a flush (the answer goes out chunked).
            if (in.isFinished()) return;
            ctx.res().flushBuffer();
            byte[] buffer = new byte[8192];
            long left = limits.maxBodyBytes();
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; ) left -= n;
        } catch (IOException | IllegalStateException e) {
            // The client broke off or timed out, or the body was taken as a reader: nothing left to protect.
        }
    }
}
