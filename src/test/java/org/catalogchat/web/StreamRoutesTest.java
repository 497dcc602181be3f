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
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Answerer;
import org.catalogchat.answer.Intent;
import org.catalogchat.answer.Language;
import org.catalogchat.answer.Question;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.io.TempDir;
import org.catalogchat.core.Engine;

/** The streaming answer API's contract: delta* (replace) done | error, and 4xx JSON before streaming. */
class StreamRoutesTest {
    /** Three remote-sensing entries (one with a redirect link to decode), and a medical one with four publishers. */
    private static final FixtureCatalog CATALOG = FixtureCatalog.of(
            entry("MedTrinity-25M").released("2024-08-06").publisher("华中科技大学", "加州大学", "哈佛大学", "斯坦福大学")
                    .url("https://link.zhihu.com/?target=https%3A//www.selectdataset.com/dataset/86cac9ab58e2bdedcec5b32df3521e08")
                    .description("MedTrinity-25M是一个大规模多模态医学数据集，包含超过2500万张图像，涉及10种模态和65种疾病。"),
            entry("MMEarth - 遥感多模态预训练数据集").released("2024-07-29").publisher("哥本哈根大学")
                    .url("https://link.zhihu.com/?target=https%3A//www.selectdataset.com/dataset/e92969bbb9e8b862bc25850053ab56f6")
                    .description("MMEarth 是一个遥感多模态预训练数据集，包含120万个位置的卫星图像。"),
            entry("SkyScript-100M").released("2024-08-18").publisher("北京智源人工智能研究院")
                    .url("https://example.org/skyscript").description("SkyScript-100M 是一个遥感图像与文本配对的数据集，包含1亿对图像和描述。"),
            entry("MMRS").released("2024-03-01").publisher("某大学").url("https://example.org/mmrs")
                    .description("MMRS 是一个多模态遥感指令跟随数据集。"),
            entry("LAION-5B").released("2022-03-31").publisher("LAION").url("https://example.org/laion")
                    .description("LAION 5B 是一个大规模图文数据集，由58.5亿个图像-文本对组成。"));

    @TempDir
    static Path dir;
    private static Engine engine;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String MEDTRINITY_URL = "https://www.selectdataset.com/dataset/86cac9ab58e2bdedcec5b32df3521e08";
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void start() {
        engine = CATALOG.engine(dir);
        app = WebServers.start(WebServers.chat(engine));
        base = WebServers.base(app);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> post(String base, String path, String contentType, String body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static SseEvents stream(String base, String body) throws Exception {
        HttpResponse<String> r = post(base, StreamRoutes.PATH, "application/json", body);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"),
                r.headers().map().toString());
        assertEquals("no-cache, no-store", r.headers().firstValue("Cache-Control").orElse(""));
        return SseEvents.parse(r.body());
    }

    private static String question(String q, String conversationId) throws Exception {
        var node = JSON.createObjectNode().put("question", q);
        if (conversationId != null) node.put("conversationId", conversationId);
        return JSON.writeValueAsString(node);
    }

    @Test
    void streamsDeltasThenDoneCarryingTheAskResponse() throws Exception {
        SseEvents s = stream(base, question("Who released MedTrinity-25M?", null));
        List<String> names = s.names();
        assertTrue(names.size() > 3, names.toString());
        assertEquals("done", s.last().name(), names.toString());
        assertTrue(names.subList(0, names.size() - 1).stream().allMatch(n -> n.equals("delta") || n.equals("blocks")), names.toString());
        JsonNode done = s.last().data();
        assertEquals(done.get("answer").asText(), s.streamedText(), "the deltas add up to the answer");

        // Each "blocks" event renders the streamed text before its upTo exactly as the final answer's renderer does.
        var html = new org.catalogchat.render.AnswerHtml();
        var streamed = new StringBuilder();
        int lastUpTo = 0;
        for (SseEvents.Event e : s.events()) {
            if (e.name().equals("delta")) streamed.append(e.data().get("text").asText());
            if (!e.name().equals("blocks")) continue;
            int upTo = e.data().get("upTo").asInt();
            assertTrue(upTo > lastUpTo && upTo <= streamed.length(), "upTo moves forward within what streamed: " + upTo);
            assertEquals("\n\n", streamed.substring(upTo - 2, upTo), "a block ends at a blank line");
            assertEquals(html.renderPartial(streamed.substring(0, upTo - 2), java.util.Set.of(MEDTRINITY_URL)),
                    e.data().get("html").asText());
            lastUpTo = upTo;
        }
        assertTrue(lastUpTo > 0, "an answer of several paragraphs renders blocks while it streams: " + names);

        JsonNode ask = JSON.readTree(post(base, "/api/ask", "application/json",
                question("Who released MedTrinity-25M?", null)).body());
        var doneFields = new ArrayList<String>();
        done.fieldNames().forEachRemaining(doneFields::add);
        var askFields = new ArrayList<String>();
        ask.fieldNames().forEachRemaining(askFields::add);
        assertEquals(askFields, doneFields, "done carries the same object as /api/ask");
        for (String field : List.of("answer", "answerHtml", "sources", "suggestions", "intent", "language", "answeredBy")) {
            assertEquals(ask.get(field), done.get(field), field);
        }
        assertEquals(MEDTRINITY_URL, done.get("sources").get(0).get("url").asText());
        assertTrue(done.get("answerHtml").asText().contains("<strong>MedTrinity-25M</strong>"));
        assertFalse(done.get("conversationId").asText().isBlank());
    }

    @Test
    void chineseQuestionStreamsAChineseAnswerCitingTheRemoteSensingSets() throws Exception {
        SseEvents s = stream(base, question("有哪些遥感数据集？", null));
        JsonNode done = s.last().data();
        assertEquals("done", s.last().name());
        assertEquals("zh", done.get("language").asText());
        assertEquals(done.get("answer").asText(), s.streamedText());
        var urls = new ArrayList<String>();
        done.get("sources").forEach(src -> urls.add(src.get("url").asText()));
        assertTrue(urls.contains("https://www.selectdataset.com/dataset/e92969bbb9e8b862bc25850053ab56f6"), urls.toString());
        assertEquals(3, urls.size(), urls.toString());
    }

    @Test
    void aFollowUpInTheSameConversationIsAboutTheSameDataset() throws Exception {
        JsonNode first = stream(base, question("Who released MedTrinity-25M?", null)).last().data();
        String id = first.get("conversationId").asText();
        JsonNode second = stream(base, question("When was it released?", id)).last().data();
        assertEquals(id, second.get("conversationId").asText());
        assertTrue(second.get("answer").asText().contains("2024-08-06"), second.get("answer").asText());
        assertEquals(MEDTRINITY_URL, second.get("sources").get(0).get("url").asText());
    }

    @Test
    void badRequestsAreRefusedAsJsonBeforeAnyStreaming() throws Exception {
        assertError(post(base, StreamRoutes.PATH, "text/plain", "{\"question\":\"hi\"}"), 415, "unsupported_media_type");
        assertError(post(base, StreamRoutes.PATH, "application/json", "{\"question\":\"   \"}"), 400, "blank_question");
        assertError(post(base, StreamRoutes.PATH, "application/json", "{\"question\":"), 400, "invalid_json");
        assertError(post(base, StreamRoutes.PATH, "application/json", "{}"), 400, "missing_question");
        assertError(post(base, StreamRoutes.PATH, "application/json", "{\"question\":\"hi\",\"conversationId\":\"a b\"}"),
                400, "invalid_conversation_id");
        assertError(post(base, StreamRoutes.PATH, "application/json",
                question("x".repeat(ServerLimits.DEFAULT.maxQuestionChars() + 1), null)), 400, "question_too_long");
        var get = HTTP.send(HttpRequest.newBuilder(URI.create(base + StreamRoutes.PATH)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(get, 405, "method_not_allowed");
    }

    private static void assertError(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(code, JSON.readTree(r.body()).get("error").get("code").asText(), r.body());
    }

    /** An answerer that runs a script instead of answering. */
    /** Asks the stream and reads its raw lines as they arrive, handing each to {@code onLine} before the next. */
    private static List<String> streamLines(Javalin s, java.util.function.Consumer<String> onLine) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(WebServers.base(s) + StreamRoutes.PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(question("anything", null))).build();
        HttpResponse<Stream<String>> r = HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
        var lines = new ArrayList<String>();
        try (Stream<String> body = r.body()) {
            Iterator<String> it = body.iterator();
            while (it.hasNext()) {
                String line = it.next();
                lines.add(line);
                onLine.accept(line);
            }
        }
        return lines;
    }

    private static Javalin serverWith(Answerer answerer, Duration keepAlive) {
        return WebServers.start(WebServers.chat(engine.withAnswerer(answerer)), keepAlive);
    }

    private interface Script {
        Answer run(Question q, Consumer<String> onDelta) throws Exception;
    }

    private static Answerer scripted(Script script) {
        return new Answerer() {
            @Override
            public Answer answer(Question question) {
                return answer(question, piece -> { });
            }

            @Override
            public Answer answer(Question question, Consumer<String> onDelta) {
                try {
                    return script.run(question, onDelta);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static Answer answer(String markdown) {
        return new Answer(markdown, List.of(), List.of(), Intent.FACT, Language.EN, "llm");
    }

    @Test
    void aFinalAnswerThatDiffersFromTheStreamIsSentAsReplaceBeforeDone() throws Exception {
        Javalin s = serverWith(scripted((q, onDelta) -> {
            onDelta.accept("A draft ");
            onDelta.accept("that failed its check [7].");
            return answer("The checked answer.");
        }), Duration.ofSeconds(15));
        try {
            SseEvents e = stream(WebServers.base(s), question("anything", null));
            assertEquals(List.of("delta", "delta", "replace", "done"), e.names());
            assertEquals("The checked answer.", e.first("replace").data().get("answer").asText());
            assertEquals("<p>The checked answer.</p>\n", e.first("replace").data().get("answerHtml").asText());
            assertEquals(e.first("replace").data().get("answer"), e.last().data().get("answer"));
            assertEquals("llm", e.last().data().get("answeredBy").asText());
        } finally {
            s.stop();
        }
    }

    @Test
    void anAnswererFailureMidStreamEndsWithAnErrorEvent() throws Exception {
        Javalin s = serverWith(scripted((q, onDelta) -> {
            onDelta.accept("Half an ");
            throw new IllegalStateException("model went away");
        }), Duration.ofSeconds(15));
        try {
            SseEvents e = stream(WebServers.base(s), question("anything", null));
            assertEquals(List.of("delta", "error"), e.names());
            JsonNode error = e.last().data().get("error");
            assertEquals("internal_error", error.get("code").asText());
            assertFalse(error.get("message").asText().contains("model went away"), "internals stay in the log");
        } finally {
            s.stop();
        }
    }

    @Test
    void deltasReachTheClientWhileTheAnswerIsStillBeingWritten() throws Exception {
        var clientSawFirstDelta = new CountDownLatch(1);
        var waitedForClient = new boolean[1];
        Javalin s = serverWith(scripted((q, onDelta) -> {
            onDelta.accept("first ");
            waitedForClient[0] = clientSawFirstDelta.await(20, TimeUnit.SECONDS);
            onDelta.accept("second");
            return answer("first second");
        }), Duration.ofSeconds(15));
        try {
            List<String> lines = streamLines(s, line -> {
                if (line.equals("data: {\"text\":\"first \"}")) clientSawFirstDelta.countDown();
            });
            assertTrue(waitedForClient[0], "the first delta arrived before the answerer finished: " + lines);
            SseEvents e = SseEvents.parse(String.join("\n", lines) + "\n");
            assertEquals(List.of("delta", "delta", "done"), e.names());
        } finally {
            clientSawFirstDelta.countDown();
            s.stop();
        }
    }

    @Test
    void aSilentAnswererGetsKeepAliveCommentsThatReadersSkip() throws Exception {
        // The answerer stays silent until the client has seen a keep-alive: an event, not a guess about timing.
        var clientSawKeepAlive = new CountDownLatch(1);
        var waitedForClient = new boolean[1];
        Javalin s = serverWith(scripted((q, onDelta) -> {
            waitedForClient[0] = clientSawKeepAlive.await(20, TimeUnit.SECONDS);
            onDelta.accept("late");
            return answer("late");
        }), Duration.ofMillis(100));
        try {
            List<String> lines = streamLines(s, line -> {
                if (line.startsWith(":") && line.contains("keep-alive")) clientSawKeepAlive.countDown();
            });
            assertTrue(waitedForClient[0], "a keep-alive reached the client while the answerer was silent: " + lines);
            SseEvents e = SseEvents.parse(String.join("\n", lines) + "\n");
            assertTrue(e.comments().contains("keep-alive"), e.comments().toString());
            assertEquals(List.of("delta", "done"), e.names());
        } finally {
            clientSawKeepAlive.countDown();
            s.stop();
        }
    }
}
