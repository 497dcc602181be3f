package org.catalogchat.chatops;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.BeforeAll;
import org.catalogchat.core.ChatService;
import org.catalogchat.answer.Conversations;
import java.time.Duration;
import java.time.Clock;

class ChatWebhooksTest {
    /** Which endpoints are on depends on the secrets, not the catalog: one entry is enough. */
    @TempDir
    static Path dir;
    private static ChatService chat;

    @BeforeAll
    static void load() {
        chat = new ChatService(FixtureCatalog.of(entry("Plain-Set")).engine(dir),
                new Conversations(6, 1000, Duration.ofHours(1), Clock.systemUTC()));
    }

    private static SlackConfig slack(String secret, String apiUrl, String responseType) {
        return new SlackConfig(Optional.ofNullable(secret), Optional.empty(), apiUrl, responseType,
                SlackConfig.DEFAULT_ACK_BUDGET);
    }

    private static int status(Javalin app, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("text=hi"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void eachSecretTurnsItsEndpointOn() throws Exception {
        var settings = new ChatWebhooks.Settings(slack("s", null, null), Optional.of("m"), Optional.of(" "));
        Javalin app = new HttpServer(chat, ServerLimits.DEFAULT).with(ChatWebhooks.from(settings, chat, ServerLimits.DEFAULT)).start(0);
        try {
            assertEquals(401, status(app, "/slack/commands"), "configured: unsigned is refused");
            assertEquals(401, status(app, "/webhooks/mattermost"), "configured: a missing token is refused");
            assertEquals(503, status(app, "/webhooks/teams"), "not configured");
        } finally {
            app.stop();
        }
    }

    @Test
    void badSettingsAreReportedNotIgnored() {
        assertThrows(IllegalArgumentException.class, () -> slack(null, null, "loud"));
        assertThrows(IllegalArgumentException.class, () -> slack(null, "ftp://x", null));
        assertThrows(IllegalArgumentException.class, () -> ChatWebhooks.from(new ChatWebhooks.Settings(
                slack(null, null, null), Optional.empty(), Optional.of("not base64!")), chat, ServerLimits.DEFAULT));
    }
}
