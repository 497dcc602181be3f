package org.catalogchat.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A body that ends early or is chunked wrongly is the client's mistake: a 400 {@code invalid_body} on every route
 * that reads one (in OpenAI's error shape on {@code /v1}), never a 500 with a stack trace.
 */
class BadBodyTest {
    private static final List<String> PATHS = List.of("/api/ask", "/api/ask/stream", "/v1/chat/completions",
            "/slack/commands", "/slack/events", "/webhooks/mattermost", "/webhooks/teams");
    private static AttackServer server;

    @BeforeAll
    static void start() {
        server = new AttackServer(OpsSettings.DEFAULT.withRateLimit(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String head(String path, String framing) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + AttackServer.contentType(path) + "\r\n"
                + AttackServer.plausibleAuth(path) + framing + "\r\n";
    }

    private static void assertInvalidBody(String path, String response, String what) {
        String status = response.isEmpty() ? "(nothing)" : response.substring(0, response.indexOf('\r') < 0 ? response.length() : response.indexOf('\r'));
        assertTrue(status.startsWith("HTTP/1.1 400"), what + " on " + path + ": " + status + "\n" + response);
        assertTrue(response.contains("invalid_body"), what + " on " + path + " names the problem: " + response);
        if (path.startsWith("/v1")) {
            assertTrue(response.contains("\"type\":\"invalid_request_error\""), "OpenAI's error shape: " + response);
        }
    }

    @Test
    void truncatedBodiesAre400() throws Exception {
        for (String path : PATHS) {
            String r = server.exchange(head(path, "Content-Length: 100\r\n") + "{\"question\":", 10_000);
            assertInvalidBody(path, r, "a body cut short");
        }
    }

    @Test
    void badlyChunkedBodiesAre400() throws Exception {
        for (String path : PATHS) {
            String r = server.exchange(head(path, "Transfer-Encoding: chunked\r\n") + "5\r\n{\"que\r\nzz\r\nstion\r\n0\r\n\r\n",
                    10_000);
            assertInvalidBody(path, r, "a bad chunk size");
            String cut = server.exchange(head(path, "Transfer-Encoding: chunked\r\n") + "40\r\n{\"question\":", 10_000);
            assertInvalidBody(path, cut, "a chunk cut short");
        }
    }
}
