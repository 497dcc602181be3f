package org.catalogchat.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every response carries, and Jetty's own error responses (a request Javalin never sees: a
 * {@code %00} or {@code %ff} path, a malformed request line) in the same JSON shape as ours instead of Jetty's
 * HTML page. Answers and errors are data: never sniffed as HTML, never framed by another site.
 *
 * <pre>{@code
 * config.routes.before(SecurityHeaders::apply);
 * config.jetty.modifyServer(s -> s.setErrorHandler(new SecurityHeaders.JsonErrors()));
 * }</pre>
 */
public final class SecurityHeaders {
    static final Map<String, String> HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", "frame-ancestors 'none'",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer");

    private SecurityHeaders() {
    }

    /** Sets them on a response Javalin is about to write (the chat page adds its fuller policy over this one). */
    public static void apply(Context ctx) {
        HEADERS.forEach((name, value) -> {
            if (ctx.res().getHeader(name) == null) ctx.header(name, value);
        });
    }

    /** Jetty's error responses as {@code {"error": {"code", "message"}}} with the same headers. */
    public static final class JsonErrors extends ErrorHandler {
        @Override
        protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                        Callback callback) throws IOException {
            HttpFields.Mutable headers = response.getHeaders();
            HEADERS.forEach(headers::put);
            headers.put(HttpHeader.CONTENT_TYPE, "application/json");
            headers.put(HttpHeader.CACHE_CONTROL, "no-store");
            response.write(true, ByteBuffer.wrap(body(code, message)), callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            HEADERS.forEach(fields::put);
            fields.put(HttpHeader.CONTENT_TYPE, "application/json");
            return ByteBuffer.wrap(body(status, reason));
        }

        private static byte[] body(int status, String message) {
            String code = status == 404 ? "not_found" : status == 405 ? "method_not_allowed" : status == 413
                    ? "body_too_large" : status == 431 ? "headers_too_large" : status == 414 ? "uri_too_long"
                    : status < 500 ? "bad_request" : "http_" + status;
            String text = status < 500 ? "the request is malformed" + (message == null ? "" : ": " + message)
                    : "the server failed to answer";
            return ("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + jsonEscape(text) + "\"}}")
                    .getBytes(StandardCharsets.UTF_8);
        }

        private static String jsonEscape(String s) {
            var sb = new StringBuilder();
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') sb.append('\\').append(c);
                else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                else sb.append(c);
            }
            return sb.toString();
        }
    }
}
