package org.catalogchat.chatops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.BeforeAll;
import org.catalogchat.core.Engine;
import org.catalogchat.core.ChatService;
import org.catalogchat.answer.Conversations;
import java.time.Duration;

class WebhooksTest {
    private static final FixtureCatalog CATALOG = ChatopsCatalog.CATALOG;

    @TempDir
    static Path dir;
    private static Engine engine;

    @BeforeAll
    static void load() {
        engine = CATALOG.engine(dir);
    }

    private static ChatService chat() {
        return new ChatService(engine, new Conversations(6, 1000, Duration.ofHours(1), Clock.systemUTC()));
    }

    static final String MM_TOKEN = "mm-token-123";
    static final byte[] TEAMS_KEY = "teams shared key bytes".getBytes(StandardCharsets.UTF_8);
    static final String TEAMS_SECRET = Base64.getEncoder().encodeToString(TEAMS_KEY);

    private final HttpClient client = HttpClient.newHttpClient();
    private Javalin app;

    @AfterEach
    void stop() {
        if (app != null) app.stop();
    }

    private void start(String mattermost, String teams, String responseType) {
        var chat = chat();
        var slack = new SlackConfig(Optional.empty(), Optional.empty(), null, responseType, SlackConfig.DEFAULT_ACK_BUDGET);
        app = new HttpServer(chat, ServerLimits.DEFAULT)
                .with(ChatWebhooks.of(chat, slack, mattermost, teams, ServerLimits.DEFAULT, ChatWebhooks.workers(),
                        Clock.systemUTC(), ChatWebhooks.TEAMS_BUDGET))
                .start(0);
    }

    private HttpResponse<String> post(String path, String body, String type, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) b.headers(headers);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return new ObjectMapper().readTree(r.body());
    }

    private static String teamsAuth(byte[] key, String body) {
        return "HMAC " + Base64.getEncoder().encodeToString(Hmac.sha256(key, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void mattermostSlashCommandAnswersInMarkdownWithTheConfiguredResponseType() throws Exception {
        start(MM_TOKEN, null, "in_channel");
        HttpResponse<String> r = post("/webhooks/mattermost", "token=" + MM_TOKEN
                + "&command=%2Fdatasets&text=Who+released+MedTrinity-25M%3F&channel_id=c&user_id=u",
                "application/x-www-form-urlencoded");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("in_channel", json(r).path("response_type").asText());
        String text = json(r).path("text").asText();
        assertTrue(text.contains("[MedTrinity-25M](http"), "standard Markdown links: " + text);

        HttpResponse<String> help = post("/webhooks/mattermost", "token=" + MM_TOKEN + "&command=%2Fdatasets&text=",
                "application/x-www-form-urlencoded");
        assertTrue(json(help).path("text").asText().contains("/datasets Who released MedTrinity-25M?"));
    }

    @Test
    void mattermostOutgoingWebhookStripsTheTriggerWordAndRepliesInTheThread() throws Exception {
        start(MM_TOKEN, null, "ephemeral");
        String body = "{\"token\":\"" + MM_TOKEN + "\",\"trigger_word\":\"#datasets\",\"post_id\":\"p1\","
                + "\"text\":\"#datasets Who released MedTrinity-25M?\"}";
        HttpResponse<String> r = post("/webhooks/mattermost", body, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("comment", json(r).path("response_type").asText());
        assertTrue(json(r).path("text").asText().contains("MedTrinity-25M"));
    }

    @Test
    void mattermostRejectsWrongOrMissingTokensAndBadBodies() throws Exception {
        start(MM_TOKEN, null, "ephemeral");
        assertEquals(401, post("/webhooks/mattermost", "token=nope&text=hi", "application/x-www-form-urlencoded").statusCode());
        assertEquals(401, post("/webhooks/mattermost", "text=hi", "application/x-www-form-urlencoded").statusCode());
        assertEquals(200, post("/webhooks/mattermost", "command=%2Fd&text=hi", "application/x-www-form-urlencoded",
                "Authorization", "Token " + MM_TOKEN).statusCode(), "slash commands may send the token as a header");
        assertEquals(400, post("/webhooks/mattermost", "{bad", "application/json").statusCode());
        assertEquals(400, post("/webhooks/mattermost", "token=%zz", "application/x-www-form-urlencoded").statusCode());
        assertEquals(415, post("/webhooks/mattermost", "x", "text/plain").statusCode());
    }

    @Test
    void teamsAnswersAVerifiedMessage() throws Exception {
        start(null, TEAMS_SECRET, "ephemeral");
        String body = "{\"type\":\"message\",\"text\":\"<at>CatalogBot</at>&nbsp;Who released <b>MedTrinity-25M</b>?\","
                + "\"from\":{\"id\":\"29:1\"},\"conversation\":{\"id\":\"19:abc\"}}";
        HttpResponse<String> r = post("/webhooks/teams", body, "application/json", "Authorization", teamsAuth(TEAMS_KEY, body));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("message", json(r).path("type").asText());
        assertTrue(json(r).path("text").asText().contains("MedTrinity-25M"));
    }

    @Test
    void teamsAnswersWithinItsFiveSecondsEvenWhenTheAnswererIsSlow() throws Exception {
        // An answer that cannot finish before the test lets it: past the budget however fast the machine is.
        var release = new java.util.concurrent.CountDownLatch(1);
        org.catalogchat.answer.Answerer slow = q -> {
            try {
                release.await(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return engine.grounded().answer(q);
        };
        var chat = new org.catalogchat.core.ChatService(engine.withAnswerer(slow), new org.catalogchat.answer.Conversations(
                6, 100, java.time.Duration.ofHours(1), Clock.systemUTC()));
        var slack = new SlackConfig(Optional.empty(), Optional.empty(), null, "ephemeral", SlackConfig.DEFAULT_ACK_BUDGET);
        app = new HttpServer(chat, ServerLimits.DEFAULT).with(ChatWebhooks.of(chat, slack, null, TEAMS_SECRET,
                ServerLimits.DEFAULT, ChatWebhooks.workers(), Clock.systemUTC(), java.time.Duration.ofMillis(300))).start(0);
        String body = "{\"type\":\"message\",\"text\":\"<at>Bot</at> Who released MedTrinity-25M?\"}";
        HttpResponse<String> r;
        try {
            r = post("/webhooks/teams", body, "application/json", "Authorization", teamsAuth(TEAMS_KEY, body));
        } finally {
            release.countDown();
        }
        assertEquals(200, r.statusCode());
        assertEquals("message", json(r).path("type").asText());
        assertTrue(json(r).path("text").asText().startsWith("That is taking longer than Teams waits for"), r.body());
    }

    @Test
    void teamsRejectsBadSignatures() throws Exception {
        start(null, TEAMS_SECRET, "ephemeral");
        String body = "{\"type\":\"message\",\"text\":\"hi\"}";
        assertEquals(401, post("/webhooks/teams", body, "application/json").statusCode(), "no header");
        assertEquals(401, post("/webhooks/teams", body, "application/json", "Authorization",
                teamsAuth("other key".getBytes(StandardCharsets.UTF_8), body)).statusCode(), "wrong key");
        assertEquals(401, post("/webhooks/teams", body.replace("hi", "ho"), "application/json", "Authorization",
                teamsAuth(TEAMS_KEY, body)).statusCode(), "tampered body");
        assertEquals(401, post("/webhooks/teams", body, "application/json", "Authorization", "HMAC !!!").statusCode());
        HttpResponse<String> r = post("/webhooks/teams", "{bad", "application/json", "Authorization", teamsAuth(TEAMS_KEY, "{bad"));
        assertEquals(400, r.statusCode(), "signed but not JSON");
    }

    @Test
    void unconfiguredEndpointsRefuse() throws Exception {
        start(null, null, "ephemeral");
        HttpResponse<String> mm = post("/webhooks/mattermost", "token=&text=hi", "application/x-www-form-urlencoded");
        assertEquals(503, mm.statusCode());
        assertEquals("mattermost_not_configured", json(mm).path("error").path("code").asText());
        String body = "{\"text\":\"hi\"}";
        HttpResponse<String> teams = post("/webhooks/teams", body, "application/json", "Authorization", teamsAuth(TEAMS_KEY, body));
        assertEquals(503, teams.statusCode());
        assertEquals("teams_not_configured", json(teams).path("error").path("code").asText());
    }

    @Test
    void teamsTextLosesMentionsAndMarkup() {
        assertEquals("Who released X & Y?", TeamsRoutes.questionText("<at>Bot</at> Who released <b>X</b> &amp; Y?"));
    }
}
