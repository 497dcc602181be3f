package org.catalogchat.web;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.BeforeAll;
import org.catalogchat.core.Engine;
import org.catalogchat.core.ChatService;

/**
 * The client carries the conversation ({@code history}): a follow-up asked of a server that never saw the first
 * turn (restarted, or another replica) is still answered about the right dataset.
 */
class StatelessFollowUpTest {
    /** The datasets the conversations below are about, and one more so that "it" is never the only entry. */
    private static final FixtureCatalog CATALOG = FixtureCatalog.of(
            entry("MedTrinity-25M").released("2024-08-06").publisher("华中科技大学", "哈佛大学")
                    .description("MedTrinity-25M是一个大规模多模态医学数据集，包含超过2500万张图像。"),
            entry("TaiSu（太素）").released("2022-02-10").publisher("中国科学院")
                    .description("TaiSu（太素）是一个亿级大规模中文视觉语言预训练数据集，包含1.66亿张图片。"),
            entry("LAION-5B").released("2022-03-31").publisher("LAION")
                    .description("LAION 5B 是一个大规模图文数据集，由58.5亿个图像-文本对组成。"));

    @TempDir
    static Path dir;
    private static Engine engine;

    @BeforeAll
    static void load() {
        engine = CATALOG.engine(dir);
    }

    /** A new server's service: the same catalog, an empty conversation memory. */
    private static ChatService chat() {
        return WebServers.chat(engine);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<String> post(Javalin app, String path, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(WebServers.base(app) + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ask(Javalin app, Map<String, Object> body) throws Exception {
        HttpResponse<String> r = post(app, "/api/ask", body);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static List<String> ids(JsonNode answer) {
        var ids = new ArrayList<String>();
        answer.get("sources").forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }

    @Test
    void aFollowUpWithHistoryIsAnsweredByAServerThatNeverSawTheFirstTurn() throws Exception {
        String question = "Who released MedTrinity-25M?";
        Javalin first = WebServers.start(chat());
        JsonNode answer;
        try {
            answer = ask(first, Map.of("question", question));
        } finally {
            first.stop();
        }
        assertEquals(List.of("medtrinity-25m"), ids(answer));
        String conversation = answer.get("conversationId").asText();
        var history = List.of(Map.of("question", question, "sources", ids(answer)));

        Javalin restarted = WebServers.start(chat()); // a fresh process's memory: empty
        try {
            JsonNode forgotten = ask(restarted, Map.of("question", "When was it released?", "conversationId", conversation));
            assertFalse(ids(forgotten).contains("medtrinity-25m"), "without history the new server cannot know 'it'");

            JsonNode followUp = ask(restarted, Map.of("question", "When was it released?",
                    "conversationId", conversation, "history", history));
            assertEquals(List.of("medtrinity-25m"), ids(followUp));
            assertTrue(followUp.get("answer").asText().contains("2024-08-06"), followUp.get("answer").asText());

            HttpResponse<String> streamed = post(restarted, StreamRoutes.PATH, Map.of(
                    "question", "When was it released?", "history", history));
            assertEquals(200, streamed.statusCode(), streamed.body());
            SseEvents events = SseEvents.parse(streamed.body());
            assertEquals("done", events.last().name());
            assertEquals(List.of("medtrinity-25m"), ids(events.last().data()));
        } finally {
            restarted.stop();
        }
    }

    @Test
    void theClientsHistoryWinsOverWhatTheServerRemembers() throws Exception {
        Javalin app = WebServers.start(chat());
        try {
            JsonNode first = ask(app, Map.of("question", "Who released MedTrinity-25M?"));
            String conversation = first.get("conversationId").asText();
            // Same conversation id, but the client says the last turn was about TaiSu (another tab, another replica).
            JsonNode followUp = ask(app, Map.of("question", "When was it released?", "conversationId", conversation,
                    "history", List.of(Map.of("question", "Tell me about TaiSu", "sources", List.of("taisu")))));
            assertEquals(List.of("taisu"), ids(followUp));

            // An empty history is a first question, whatever the server remembers.
            JsonNode fresh = ask(app, Map.of("question", "When was it released?", "conversationId", conversation,
                    "history", List.of()));
            assertFalse(ids(fresh).contains("taisu") || ids(fresh).contains("medtrinity-25m"), fresh.toString());

            // Without history the server's memory still serves (it is a cache): the last turn was TaiSu.
            JsonNode remembered = ask(app, Map.of("question", "Who released MedTrinity-25M?", "conversationId", "c-1"));
            assertEquals(List.of("medtrinity-25m"), ids(remembered));
            JsonNode cached = ask(app, Map.of("question", "When was it released?", "conversationId", "c-1"));
            assertEquals(List.of("medtrinity-25m"), ids(cached));

            // Ids the catalog no longer has are dropped, not an error.
            JsonNode stale = ask(app, Map.of("question", "When was it released?",
                    "history", List.of(Map.of("question", "Tell me about Gone", "sources", List.of("no-such-id")))));
            assertFalse(ids(stale).contains("no-such-id"));
        } finally {
            app.stop();
        }
    }

    @Test
    void aBadHistoryIsA400NamingTheField() throws Exception {
        Javalin app = WebServers.start(chat());
        try {
            var turn = Map.of("question", "Who released MedTrinity-25M?", "sources", List.of("medtrinity-25m"));
            List<Object> bad = List.of(
                    "{\"question\":\"When?\",\"history\":\"medtrinity-25m\"}",
                    "{\"question\":\"When?\",\"history\":[42]}",
                    "{\"question\":\"When?\",\"history\":[{\"sources\":[\"medtrinity-25m\"]}]}",
                    "{\"question\":\"When?\",\"history\":[{\"question\":\"  \"}]}",
                    "{\"question\":\"When?\",\"history\":[{\"question\":\"x\",\"sources\":\"medtrinity-25m\"}]}",
                    "{\"question\":\"When?\",\"history\":[{\"question\":\"x\",\"sources\":[1]}]}",
                    Map.of("question", "When?", "history", java.util.Collections.nCopies(JsonBodies.MAX_HISTORY_TURNS + 1, turn)),
                    Map.of("question", "When?", "history", List.of(Map.of("question", "x",
                            "sources", java.util.Collections.nCopies(JsonBodies.MAX_HISTORY_SOURCES + 1, "a")))),
                    Map.of("question", "When?", "history", List.of(Map.of("question", "x".repeat(2001)))));
            for (Object body : bad) {
                for (String path : List.of("/api/ask", StreamRoutes.PATH)) {
                    HttpResponse<String> r = post(app, path, body);
                    assertEquals(400, r.statusCode(), path + " " + body + " -> " + r.body());
                    assertEquals("invalid_history", JSON.readTree(r.body()).get("error").get("code").asText(), r.body());
                }
            }
            var most = java.util.Collections.nCopies(JsonBodies.MAX_HISTORY_TURNS, turn);
            assertEquals(List.of("medtrinity-25m"), ids(ask(app, Map.of("question", "When was it released?", "history", most))));
        } finally {
            app.stop();
        }
    }
}
