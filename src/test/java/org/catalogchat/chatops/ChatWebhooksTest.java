package org.catalogchat.chatops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.catalogchat.core.TestEngines;
import org.catalogchat.cli.Options;
import org.catalogchat.cli.Options.Flag;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;
import org.junit.jupiter.api.Test;

class ChatWebhooksTest {
    static final List<Flag> FLAGS = List.of(new Flag("slack-signing-secret", "S", ""), new Flag("slack-bot-token", "T", ""),
            new Flag("slack-api-url", "U", ""), new Flag("slack-response-type", "R", ""),
            new Flag("mattermost-token", "T", ""), new Flag("teams-hmac-secret", "B", ""));

    private static int status(Javalin app, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("text=hi"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void environmentVariablesTurnEndpointsOnOneByOne() throws Exception {
        var chat = TestEngines.chat();
        var options = Options.parse(new String[] {"--mattermost-token", "m"}, FLAGS, Map.of("SLACK_SIGNING_SECRET", "s"));
        Javalin app = new HttpServer(chat, ServerLimits.DEFAULT).with(ChatWebhooks.from(options, chat, ServerLimits.DEFAULT)).start(0);
        try {
            assertEquals(401, status(app, "/slack/commands"), "configured from the environment: unsigned is refused");
            assertEquals(401, status(app, "/webhooks/mattermost"), "configured by flag: a missing token is refused");
            assertEquals(503, status(app, "/webhooks/teams"), "not configured");
        } finally {
            app.stop();
        }
    }

    @Test
    void badSettingsAreReportedNotIgnored() {
        var chat = TestEngines.chat();
        assertThrows(IllegalArgumentException.class, () -> ChatWebhooks.from(
                Options.parse(new String[] {"--slack-response-type", "loud"}, FLAGS, Map.of()), chat, ServerLimits.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> ChatWebhooks.from(
                Options.parse(new String[] {"--teams-hmac-secret", "not base64!"}, FLAGS, Map.of()), chat, ServerLimits.DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> ChatWebhooks.from(
                Options.parse(new String[] {"--slack-api-url", "ftp://x"}, FLAGS, Map.of()), chat, ServerLimits.DEFAULT));
    }
}
