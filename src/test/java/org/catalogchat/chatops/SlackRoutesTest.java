package org.catalogchat.chatops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.javalin.Javalin;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.catalogchat.core.ChatService;
import org.catalogchat.answer.Answerer;
import org.catalogchat.answer.Conversations;
import org.catalogchat.web.ServerLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.io.TempDir;
import org.catalogchat.core.Engine;

class SlackRoutesTest {
    private static final FixtureCatalog CATALOG = ChatopsCatalog.CATALOG;

    @TempDir
    static Path dir;
    private static Engine engine;


    private static ChatService chat() {
        return new ChatService(engine, new Conversations(6, 1000, Duration.ofHours(1), Clock.systemUTC()));
    }

    static final String SECRET = "test-signing-secret";
    static final ObjectMapper JSON = new ObjectMapper();

    /** One request the fake Slack received. */
    record Captured(String path, String authorization, JsonNode body) {
    }

    private final HttpClient client = HttpClient.newHttpClient();
    private final BlockingQueue<Captured> slackSaw = new LinkedBlockingQueue<>();
    private HttpServer fakeSlack;
    private Javalin app;
    /** Every post to Slack runs on these, synchronously: once they are done, everything that will be posted was. */
    private java.util.concurrent.ExecutorService workers;

    @BeforeAll
    static void load() {
        engine = CATALOG.engine(dir);
    }

    @BeforeEach
    void fakeSlack() throws Exception {
        fakeSlack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fakeSlack.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            slackSaw.add(new Captured(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), JSON.readTree(body)));
            byte[] reply = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        fakeSlack.start();
    }

    @AfterEach
    void stop() {
        if (app != null) app.stop();
        fakeSlack.stop(0);
    }

    private String fakeUrl() {
        return "http://127.0.0.1:" + fakeSlack.getAddress().getPort();
    }

    private void start(ChatService chat, String secret, String botToken, String responseType, Duration budget) {
        var config = new SlackConfig(Optional.ofNullable(secret), Optional.ofNullable(botToken), fakeUrl() + "/api",
                responseType, budget);
        app = new org.catalogchat.web.HttpServer(chat, ServerLimits.DEFAULT)
                .with(ChatWebhooks.of(chat, config, null, null, ServerLimits.DEFAULT, workers = ChatWebhooks.workers(),
                        Clock.systemUTC(), ChatWebhooks.TEAMS_BUDGET))
                .start(0);
    }

    private void start() {
        start(chat(), SECRET, "xoxb-test-token", "in_channel", SlackConfig.DEFAULT_ACK_BUDGET);
    }

    private HttpResponse<String> post(String path, String body, String contentType, String secret,
                                      long timestamp, String... headers) throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(raw));
        if (secret != null) {
            String ts = Long.toString(timestamp);
            b.header("X-Slack-Request-Timestamp", ts)
                    .header("X-Slack-Signature", new SlackSigner(secret, Clock.systemUTC()).sign(ts, raw));
        }
        if (headers.length > 0) b.headers(headers);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> command(String text, String... headers) throws Exception {
        return post("/slack/commands", form(text), "application/x-www-form-urlencoded", SECRET, now(), headers);
    }

    private String form(String text) {
        return "token=legacy&team_id=T1&channel_id=C1&user_id=U1&command=%2Fdatasets&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(fakeUrl() + "/commands/T1/123/abc", StandardCharsets.UTF_8);
    }

    private HttpResponse<String> event(String json, String... headers) throws Exception {
        return post("/slack/events", json, "application/json", SECRET, now(), headers);
    }

    /**
     * Waits for the workers to finish everything already handed to them (a fact, not a time window in which a
     * wrong post might have been too slow to show up), then checks that the fake Slack saw nothing more.
     */
    private void assertNothingMorePosted(String why) throws InterruptedException {
        workers.shutdown();
        assertTrue(workers.awaitTermination(1, TimeUnit.MINUTES), "the webhook workers finished");
        assertNull(slackSaw.poll(), why);
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static String allText(JsonNode message) {
        var sb = new StringBuilder();
        for (JsonNode b : message.path("blocks")) {
            sb.append(b.path("text").path("text").asText());
            for (JsonNode e : b.path("elements")) sb.append(e.path("text").asText());
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void slashCommandAnswersDirectlyWithBlocksAndSources() throws Exception {
        start();
        HttpResponse<String> r = command("Who released MedTrinity-25M?");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals("in_channel", body.path("response_type").asText());
        assertEquals("section", body.path("blocks").get(0).path("type").asText());
        String text = allText(body);
        assertTrue(text.contains("MedTrinity-25M"), text);
        JsonNode last = body.path("blocks").get(body.path("blocks").size() - 1);
        assertEquals("context", last.path("type").asText());
        assertTrue(last.path("elements").get(0).path("text").asText().startsWith("*Sources:* <http"));
        assertNothingMorePosted("a fast answer is not also posted to response_url");
    }

    @Test
    void emptySlashCommandAnswersHelpWithExamples() throws Exception {
        start();
        JsonNode body = json(command("  "));
        assertEquals("ephemeral", body.path("response_type").asText());
        String text = allText(body);
        assertTrue(text.contains("/datasets Who released MedTrinity-25M?"), text);
        assertTrue(text.contains("the 3 datasets"), text);
    }

    @Test
    void slowAnswersAreAcknowledgedAtOnceAndDeliveredToResponseUrl() throws Exception {
        // The answer waits for the test: "slow" is an event, so the order is checked, not the machine's speed.
        var release = new java.util.concurrent.CountDownLatch(1);
        var answered = new java.util.concurrent.atomic.AtomicBoolean();
        Answerer slow = q -> {
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answered.set(true);
            return engine.grounded().answer(q);
        };
        var chat = new ChatService(engine.withAnswerer(slow),
                new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()));
        start(chat, SECRET, null, "ephemeral", Duration.ofMillis(200));
        HttpResponse<String> r;
        try {
            r = command("Who released MedTrinity-25M?");
            assertFalse(answered.get(), "acknowledged while the answer was still being worked out");
        } finally {
            release.countDown();
        }
        assertEquals(200, r.statusCode());
        assertTrue(json(r).path("text").asText().startsWith("Looking that up"), r.body());

        Captured late = slackSaw.poll(10, TimeUnit.SECONDS);
        assertNotNull(late, "the answer never reached response_url");
        assertEquals("/commands/T1/123/abc", late.path());
        assertEquals("ephemeral", late.body().path("response_type").asText());
        assertTrue(allText(late.body()).contains("MedTrinity-25M"));
    }

    @Test
    void rejectsUnsignedTamperedStaleAndFutureRequests() throws Exception {
        start();
        String body = form("hi");
        String type = "application/x-www-form-urlencoded";
        assertEquals(401, post("/slack/commands", body, type, null, now()).statusCode(), "missing headers");
        assertEquals(401, post("/slack/commands", body, type, "wrong-secret", now()).statusCode(), "wrong secret");
        assertEquals(401, post("/slack/commands", body, type, SECRET, now() - 6 * 60).statusCode(), "old");
        assertEquals(401, post("/slack/commands", body, type, SECRET, now() + 6 * 60).statusCode(), "future");
        String ts = Long.toString(now());
        String sig = new SlackSigner(SECRET, Clock.systemUTC()).sign(ts, body.getBytes(StandardCharsets.UTF_8));
        var tampered = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/slack/commands"))
                .header("Content-Type", type).header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", sig)
                .POST(HttpRequest.BodyPublishers.ofString(body.replace("text=hi", "text=ho"))).build();
        HttpResponse<String> r = client.send(tampered, HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode());
        assertEquals("invalid_signature", json(r).path("error").path("code").asText());
        assertEquals(401, post("/slack/events", "{\"type\":\"url_verification\",\"challenge\":\"c\"}",
                "application/json", "wrong-secret", now()).statusCode());
    }

    @Test
    void badInputIsA4xxNotA500() throws Exception {
        start();
        HttpResponse<String> badForm = post("/slack/commands", "text=%zz&x", "application/x-www-form-urlencoded",
                SECRET, now());
        assertEquals(400, badForm.statusCode(), badForm.body());
        assertEquals("invalid_form", json(badForm).path("error").path("code").asText());
        HttpResponse<String> badJson = event("{not json");
        assertEquals(400, badJson.statusCode());
        assertEquals("invalid_json", json(badJson).path("error").path("code").asText());
        assertEquals(400, event("{\"type\":\"url_verification\"}").statusCode());
    }

    @Test
    void unconfiguredSlackRefusesEvenSignedRequests() throws Exception {
        start(chat(), null, null, "ephemeral", SlackConfig.DEFAULT_ACK_BUDGET);
        HttpResponse<String> r = post("/slack/commands", form("hi"), "application/x-www-form-urlencoded", SECRET, now());
        assertEquals(503, r.statusCode());
        assertEquals("slack_not_configured", json(r).path("error").path("code").asText());
        assertEquals(503, post("/slack/events", "{}", "application/json", null, now()).statusCode());
    }

    @Test
    void eventsNeedTheBotTokenButUrlVerificationDoesNot() throws Exception {
        start(chat(), SECRET, null, "ephemeral", SlackConfig.DEFAULT_ACK_BUDGET);
        assertEquals("abc", json(event("{\"type\":\"url_verification\",\"challenge\":\"abc\"}")).path("challenge").asText());
        HttpResponse<String> r = event(mention("Ev1", "<@U0BOT> hi", "1.1", null));
        assertEquals(503, r.statusCode());
        assertEquals("slack_not_configured", json(r).path("error").path("code").asText());
    }

    private static String mention(String eventId, String text, String ts, String threadTs) throws Exception {
        var event = new java.util.LinkedHashMap<String, Object>();
        event.put("type", "app_mention");
        event.put("user", "U1");
        event.put("text", text);
        event.put("ts", ts);
        event.put("channel", "C42");
        if (threadTs != null) event.put("thread_ts", threadTs);
        return JSON.writeValueAsString(Map.of("type", "event_callback", "team_id", "T1", "event_id", eventId,
                "event", event));
    }

    @Test
    void mentionIsAnsweredInItsThreadThroughTheWebApi() throws Exception {
        start();
        HttpResponse<String> r = event(mention("Ev100", "<@U0BOT> Who released MedTrinity-25M?", "1700000000.000100", null));
        assertEquals(200, r.statusCode(), r.body());
        Captured posted = slackSaw.poll(10, TimeUnit.SECONDS);
        assertNotNull(posted);
        assertEquals("/api/chat.postMessage", posted.path());
        assertEquals("Bearer xoxb-test-token", posted.authorization());
        assertEquals("C42", posted.body().path("channel").asText());
        assertEquals("1700000000.000100", posted.body().path("thread_ts").asText());
        assertTrue(allText(posted.body()).contains("MedTrinity-25M"));

        event(mention("Ev101", "<@U0BOT|catbot> Who released MedTrinity-25M?", "1700000009.000200", "1700000000.000100"));
        Captured reply = slackSaw.poll(10, TimeUnit.SECONDS);
        assertNotNull(reply);
        assertEquals("1700000000.000100", reply.body().path("thread_ts").asText(), "a reply in a thread stays there");
    }

    @Test
    void retriedEventIsAnsweredOnce() throws Exception {
        start();
        String ev = mention("EvRetry", "<@U0BOT> 有哪些遥感数据集？", "1700000001.000100", null);
        assertEquals(200, event(ev).statusCode());
        HttpResponse<String> retry = event(ev, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout");
        assertEquals(200, retry.statusCode());
        assertEquals("duplicate event", json(retry).path("ignored").asText());
        assertNotNull(slackSaw.poll(10, TimeUnit.SECONDS));
        // a later, different event is answered, and by then no second answer to the first has appeared
        event(mention("EvAfter", "<@U0BOT> hi", "1700000002.000100", null));
        Captured next = slackSaw.poll(10, TimeUnit.SECONDS);
        assertEquals("1700000002.000100", next.body().path("thread_ts").asText());
        assertNothingMorePosted("answered once");
    }

    @Test
    void botMessagesSubtypesAndChannelChatterAreIgnored() throws Exception {
        start();
        String bot = "{\"type\":\"event_callback\",\"event_id\":\"EvB\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\","
                + "\"bot_id\":\"B1\",\"text\":\"hi\",\"ts\":\"1.1\",\"channel\":\"D1\"}}";
        assertEquals("bot message", json(event(bot)).path("ignored").asText());
        String edited = "{\"type\":\"event_callback\",\"event_id\":\"EvE\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\","
                + "\"subtype\":\"message_changed\",\"ts\":\"1.2\",\"channel\":\"D1\"}}";
        assertTrue(json(event(edited)).path("ignored").asText().startsWith("message subtype"));
        String channel = "{\"type\":\"event_callback\",\"event_id\":\"EvC\",\"event\":{\"type\":\"message\",\"channel_type\":\"channel\","
                + "\"text\":\"hi\",\"ts\":\"1.3\",\"channel\":\"C1\",\"user\":\"U1\"}}";
        assertTrue(json(event(channel)).path("ignored").asText().startsWith("event type"));
        String dm = "{\"type\":\"event_callback\",\"event_id\":\"EvD\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\","
                + "\"text\":\"How many datasets came out in 2022?\",\"ts\":\"1.4\",\"channel\":\"D1\",\"user\":\"U1\"}}";
        assertEquals(200, event(dm).statusCode());
        Captured posted = slackSaw.poll(10, TimeUnit.SECONDS);
        assertEquals("D1", posted.body().path("channel").asText(), "only the direct message is answered");
        assertNothingMorePosted("only the direct message is answered");
    }

    @Test
    void questionTextDropsMentionsAndUndoesSlackEncoding() {
        assertEquals("Who released X & Y <b>?", SlackRoutes.questionText("<@U0BOT> Who released X &amp; Y &lt;b&gt;?"));
        assertEquals("see example.org and https://a.org", SlackRoutes.questionText("<@W12|bot> see <https://e.org|example.org> and <https://a.org>"));
    }
}
