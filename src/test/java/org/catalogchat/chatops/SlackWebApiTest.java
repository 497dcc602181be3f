package org.catalogchat.chatops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SlackWebApiTest {
    @Test
    void theHttpClientIsBuiltOnTheFirstCallOutAndThenReused() throws Exception {
        var built = new AtomicInteger();
        var api = new SlackWebApi(() -> {
            built.incrementAndGet();
            return HttpClient.newHttpClient();
        }, new ObjectMapper(), "http://127.0.0.1:1/api", Optional.empty());
        assertEquals(0, built.get(), "a server with Slack off never loads the TLS stack");

        HttpServer slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slack.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        slack.start();
        try {
            String url = "http://127.0.0.1:" + slack.getAddress().getPort() + "/commands/1";
            assertTrue(api.respond(url, Map.of("text", "one")));
            assertTrue(api.respond(url, Map.of("text", "two")));
        } finally {
            slack.stop(0);
        }
        assertEquals(1, built.get());
    }
}
