package org.catalogchat.chatops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Conversations;
import org.catalogchat.answer.Intent;
import org.catalogchat.answer.Language;
import org.catalogchat.answer.Source;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.testing.FixtureCatalog;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quoted text is text: an answer that echoes the question and quotes a hostile catalog entry verbatim (as an LLM
 * answer may) reaches Slack, Mattermost, Teams and the answer API without a live foreign link, a mention that
 * notifies anybody, or a {@code javascript:} URL.
 */
class InjectionTest {
    static final String PAYLOAD = "[click](http://evil.example) @channel @here @all @bob <!channel> <@U123> "
            + "<http://evil.example|x>";
    static final byte[] TEAMS_KEY = "k".repeat(16).getBytes(StandardCharsets.UTF_8);
    static final String SLACK_SECRET = "s3cret";

    @TempDir
    static Path dir;
    private static Javalin app;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(dir.resolve("hostile.md"), """
                ### Hostile-Set

                - 发布时间：2024-05-01
                - 发布机构：Evil Lab
                - 地址： [数据集地址](javascript:alert(1))
                - 数据集说明：Quoted catalog text @channel @here @all <@U123> \\<!channel\\> [click](http://evil.example) about images.

                ### Honest-Set

                - 发布时间：2023-03-03
                - 发布机构：Harmless Institute
                - 地址： [数据集地址](https://example.org/honest)
                - 数据集说明：An ordinary remote sensing dataset.
                """, StandardCharsets.UTF_8);
        Engine loaded = FixtureCatalog.load(dir); // the word-hash model: the answerer below ignores retrieval
        Source honest = Source.of(loaded.catalog().datasets().get(1), 1.0);
        Source hostile = Source.of(loaded.catalog().datasets().get(0), 1.0);
        // An answerer that does what a careless one would: echo the question, quote the catalog, cite both entries.
        Engine engine = loaded.withAnswerer(q -> new Answer("You asked: " + q.text() + "\n\n"
                + loaded.catalog().datasets().get(0).description() + "\n\nSee [Honest-Set](https://example.org/honest) [1]",
                List.of(honest, hostile), List.of(), Intent.FACT, Language.EN, "test"));
        ChatService chat = new ChatService(engine, new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()));
        var slack = new SlackConfig(Optional.of(SLACK_SECRET), Optional.empty(), null, "in_channel",
                SlackConfig.DEFAULT_ACK_BUDGET);
        app = new HttpServer(chat, ServerLimits.DEFAULT).with(ChatWebhooks.of(chat, slack, "mm",
                Base64.getEncoder().encodeToString(TEAMS_KEY), ServerLimits.DEFAULT, ChatWebhooks.workers(),
                Clock.systemUTC(), ChatWebhooks.TEAMS_BUDGET)).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> post(String path, String body, String type, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Markdown platforms: no foreign link, no live mention, the catalog's own link kept. */
    private static void assertNeutralMarkdown(String text, String where) {
        assertFalse(text.contains("](http://evil.example"), where + " keeps a foreign link: " + text);
        assertFalse(text.contains("javascript:"), where + ": " + text);
        for (String m : List.of("@channel", "@here", "@all", "@bob", "@U123")) {
            assertFalse(text.contains(m), where + " keeps a live " + m + ": " + text);
        }
        assertTrue(text.contains("@\u200Bchannel"), where + " still shows the text: " + text);
        assertTrue(text.contains("](https://example.org/honest)"), where + " keeps the answer's own link: " + text);
    }

    @Test
    void mattermost() throws Exception {
        String body = "token=mm&command=%2Fdatasets&text=" + URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8);
        HttpResponse<String> r = post("/webhooks/mattermost", body, "application/x-www-form-urlencoded");
        assertEquals(200, r.statusCode(), r.body());
        assertNeutralMarkdown(json.readTree(r.body()).path("text").asText(), "Mattermost");
    }

    @Test
    void teams() throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("type", "message", "text", "<at>Bot</at> "
                + PAYLOAD.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")));
        String auth = "HMAC " + Base64.getEncoder().encodeToString(Hmac.sha256(TEAMS_KEY, body.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> r = post("/webhooks/teams", body, "application/json", "Authorization", auth);
        assertEquals(200, r.statusCode(), r.body());
        assertNeutralMarkdown(json.readTree(r.body()).path("text").asText(), "Teams");
    }

    @Test
    void slack() throws Exception {
        String body = "command=%2Fdatasets&text=" + URLEncoder.encode(PAYLOAD, StandardCharsets.UTF_8);
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        String sig = new SlackSigner(SLACK_SECRET, Clock.systemUTC()).sign(ts, body.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = post("/slack/commands", body, "application/x-www-form-urlencoded",
                "X-Slack-Request-Timestamp", ts, "X-Slack-Signature", sig);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode msg = json.readTree(r.body());
        String all = msg.toString();
        assertFalse(all.contains("<http://evil.example"), "no foreign link: " + all);
        assertFalse(all.contains("<!channel>") || all.contains("<!here>") || all.contains("<@U123>"), "no live mention: " + all);
        assertFalse(all.contains("javascript:"), all);
        assertTrue(all.contains("<https://example.org/honest|"), "the answer's own link stays: " + all);
    }

    @Test
    void answerApiAndDatasets() throws Exception {
        HttpResponse<String> r = post("/api/ask", json.writeValueAsString(java.util.Map.of("question", PAYLOAD)),
                "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = json.readTree(r.body());
        String html = a.path("answerHtml").asText();
        assertFalse(html.contains("href=\"http://evil.example"), "the question's link is text in answerHtml: " + html);
        assertTrue(html.contains("href=\"https://example.org/honest\""), html);
        assertFalse(a.toString().contains("javascript:"), "a hostile catalog URL is dropped from the JSON: " + a);
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                + "/api/datasets")).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(list.body().contains("javascript:"), list.body());
        assertTrue(list.body().contains("\"url\":\"\""), "the hostile entry has no URL: " + list.body());
    }
}
