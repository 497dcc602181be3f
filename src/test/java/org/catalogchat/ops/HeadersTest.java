package org.catalogchat.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every response, whoever writes it (a route, Javalin, Jetty), carries the security headers and JSON errors. */
class HeadersTest {
    private static AttackServer server;

    @BeforeAll
    static void start() {
        server = new AttackServer(OpsSettings.DEFAULT.withRateLimit(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String get(String target) throws Exception {
        return server.exchange("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 10_000);
    }

    private static void assertHardened(String response, String what) {
        String head = response.contains("\r\n\r\n") ? response.substring(0, response.indexOf("\r\n\r\n")) : response;
        String h = head.toLowerCase(java.util.Locale.ROOT);
        assertTrue(h.contains("x-content-type-options: nosniff"), what + " lacks nosniff:\n" + head);
        assertTrue(h.contains("frame-ancestors 'none'"), what + " lacks frame-ancestors:\n" + head);
    }

    private static void assertJsonError(String response, String what) {
        assertHardened(response, what);
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertTrue(head.contains("content-type: application/json"), what + " is not JSON:\n" + response);
        assertTrue(response.contains("{\"error\":{") && response.contains("\"code\":\""), what + " is not our error shape:\n" + response);
    }

    @Test
    void routesAndErrorsAllCarryTheHeaders() throws Exception {
        assertHardened(get("/health"), "/health");
        assertHardened(get("/api/datasets"), "/api/datasets");
        assertJsonError(get("/api/datasets/no-such-thing"), "a 404 from a route");
        assertJsonError(get("/nowhere"), "an unmatched path");
        assertJsonError(server.exchange("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Content-Length: 2\r\nConnection: close\r\n\r\nhi", 10_000), "a 415");
    }

    @Test
    void badPathsGetJsonErrorsNotJettysHtmlPage() throws Exception {
        for (String target : new String[]{"/api/%00", "/%ff", "/api/datasets/%ff%fe", "/a%2F..%2F..%2Fetc"}) {
            String r = get(target);
            assertTrue(r.startsWith("HTTP/1.1 4"), target + ": " + r);
            assertJsonError(r, target);
        }
    }
}
