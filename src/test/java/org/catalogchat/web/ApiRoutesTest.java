package org.catalogchat.web;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API over a six-entry catalog written here; the counts asserted below are counted from it. */
class ApiRoutesTest {
    /**
     * Two entries from 2022, two by BAAI, two on remote sensing, University of California written two ways, a
     * redirect link to decode, a size figure, a tactile dataset and an oracle-bone one for the search.
     */
    static final FixtureCatalog CATALOG = FixtureCatalog.of(
            entry("MedTrinity-25M").released("2024-08-06").publisher("华中科技大学", "加州大学", "哈佛大学", "斯坦福大学")
                    .url("https://link.zhihu.com/?target=https%3A//www.selectdataset.com/dataset/86cac9ab58e2bdedcec5b32df3521e08")
                    .description("MedTrinity-25M是一个大规模多模态医学数据集，包含超过2500万张图像，涉及10种模态和65种疾病。"),
            entry("OBIMD").released("2024-07-04").publisher("安阳师范学院", "腾讯")
                    .description("甲骨文多模态数据集（OBIMD）共包含一万片甲骨的拓片、摹本和释文。"),
            entry("Touch100k").released("2024-06-06").publisher("北京交通大学", "清华大学")
                    .description("Touch100k数据集是一个大规模触觉-语言-视觉多模态数据集，包含10万个样本。"),
            entry("LAION-5B").released("2022-03-31").publisher("LAION")
                    .description("LAION 5B 是一个用于研究目的的大规模图文数据集，由58.5亿个图像-文本对组成。"),
            entry("MMEarth").released("2022-05-01").publisher("北京智源人工智能研究院", "加利福尼亚大学")
                    .description("MMEarth 是一个遥感多模态预训练数据集，包含120万个卫星图像位置。"),
            entry("SkyScript-100M").released("2024-08-18").publisher("北京智源人工智能研究院", "清华大学")
                    .description("SkyScript-100M 是一个遥感图像与文本配对的数据集，包含1亿对图像和描述。"));

    @TempDir
    static Path dir;
    private static org.catalogchat.core.Engine engine;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void start() {
        engine = CATALOG.engine(dir);
        app = new HttpServer(WebServers.chat(engine), new ServerLimits(4096, 300)).start(0);
        base = "http://localhost:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertError(HttpResponse<String> r, int status, String code) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode e = JSON.readTree(r.body()).get("error");
        assertEquals(code, e.get("code").asText(), r.body());
        assertTrue(e.get("message").asText().length() > 3);
    }

    @Test
    void askAnswersWithTheContractShape() throws Exception {
        var r = post("/api/ask", "application/json", "{\"question\":\"Who released MedTrinity-25M?\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode j = JSON.readTree(r.body());
        assertEquals("fact", j.get("intent").asText());
        assertEquals(1, j.get("sources").size());
        JsonNode s = j.get("sources").get(0);
        assertEquals("medtrinity-25m", s.get("id").asText());
        assertEquals("https://www.selectdataset.com/dataset/86cac9ab58e2bdedcec5b32df3521e08", s.get("url").asText());
        assertEquals("2024-08-06", s.get("released").asText());
        assertEquals(4, s.get("publishers").size());
        assertTrue(s.has("score") && s.has("name"));
        assertTrue(j.get("answerHtml").asText().contains("<strong>MedTrinity-25M</strong>"));
        assertTrue(j.get("suggestions").isArray());
        assertTrue(j.get("conversationId").asText().length() > 8);
        assertTrue(j.get("tookMs").isNumber());
    }

    @Test
    void notInTheCatalogHasEmptySourcesAndSuggestionsApart() throws Exception {
        var r = post("/api/ask", "application/json; charset=utf-8", "{\"question\":\"Is there a protein-folding dataset?\"}");
        JsonNode j = JSON.readTree(r.body());
        assertEquals("not-found", j.get("intent").asText());
        assertEquals(0, j.get("sources").size());
        assertTrue(j.get("answer").asText().contains("Not in the catalog"));
    }

    @Test
    void conversationIdCarriesFollowUps() throws Exception {
        var first = JSON.readTree(post("/api/ask", "application/json", "{\"question\":\"Tell me about MedTrinity-25M\"}").body());
        String id = first.get("conversationId").asText();
        var r = post("/api/ask", "application/json", "{\"question\":\"Who released it?\",\"conversationId\":\"" + id + "\"}");
        JsonNode j = JSON.readTree(r.body());
        assertEquals(id, j.get("conversationId").asText());
        assertEquals("medtrinity-25m", j.get("sources").get(0).get("id").asText());
    }

    @Test
    void badInputGetsFourHundredsNeverFiveHundreds() throws Exception {
        assertError(post("/api/ask", "application/json", "{}"), 400, "missing_question");
        assertError(post("/api/ask", "application/json", "{\"question\":\"   \"}"), 400, "blank_question");
        assertError(post("/api/ask", "application/json", "{\"question\":\"" + "x".repeat(301) + "\"}"), 400, "question_too_long");
        assertError(post("/api/ask", "application/json", "{\"question\": "), 400, "invalid_json");
        assertError(post("/api/ask", "application/json", "[1,2]"), 400, "invalid_json");
        assertError(post("/api/ask", "application/json", "{\"question\": 42}"), 400, "invalid_question");
        assertError(post("/api/ask", "text/plain", "{\"question\":\"hi\"}"), 415, "unsupported_media_type");
        assertError(post("/api/ask", null, "{\"question\":\"hi\"}"), 415, "unsupported_media_type");
        assertError(post("/api/ask", "application/json", "{\"question\":\"" + "y".repeat(5000) + "\"}"), 413, "body_too_large");
        assertError(post("/api/ask", "application/json", "{\"question\":\"hi\",\"conversationId\":\"<bad id>\"}"), 400,
                "invalid_conversation_id");
        assertError(get("/api/datasets/no-such-dataset"), 404, "unknown_dataset");
        assertError(get("/api/nope"), 404, "not_found");
        assertError(get("/api/search"), 400, "missing_query");
        assertError(get("/api/datasets?year=abc"), 400, "invalid_parameter");
        assertError(get("/api/datasets?topic=astrology"), 400, "unknown_topic");
        var wrongMethod = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ask")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(wrongMethod.statusCode() == 405 || wrongMethod.statusCode() == 404, wrongMethod.body());
    }

    @Test
    void datasetsFilterAndDetail() throws Exception {
        JsonNode all = JSON.readTree(get("/api/datasets").body());
        assertEquals(6, all.get("count").asInt());
        JsonNode y2022 = JSON.readTree(get("/api/datasets?year=2022").body());
        assertEquals(List.of("laion-5b", "mmearth"), sorted(ids(y2022)));
        JsonNode baai = JSON.readTree(get("/api/datasets?publisher=BAAI").body());
        assertEquals(List.of("mmearth", "skyscript-100m"), sorted(ids(baai)));
        JsonNode rs = JSON.readTree(get("/api/datasets?topic=remote-sensing").body());
        assertEquals(List.of("mmearth", "skyscript-100m"), sorted(ids(rs)));
        JsonNode one = JSON.readTree(get("/api/datasets/medtrinity-25m").body());
        assertEquals("MedTrinity-25M", one.get("name").asText());
        assertTrue(one.get("description").asText().contains("2500万"));
        assertTrue(one.get("source").get("line").asInt() > 0);
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static java.util.List<String> ids(JsonNode datasets) {
        var ids = new java.util.ArrayList<String>();
        datasets.get("datasets").forEach(d -> ids.add(d.get("id").asText()));
        return ids;
    }

    private static JsonNode datasets(String q) throws Exception {
        var r = get("/api/datasets?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void theBrowserSearchUnderstandsWhatTheBotUnderstands() throws Exception {
        var remoteSensing = ids(JSON.readTree(get("/api/datasets?topic=remote-sensing").body()));
        assertEquals(remoteSensing.stream().sorted().toList(), ids(datasets("remote sensing")).stream().sorted().toList());
        assertTrue(ids(datasets("laion5b")).contains("laion-5b"), "a name without its hyphen");
        assertTrue(ids(datasets("Medtrinty")).contains("medtrinity-25m"), "a name with a typo");
        assertTrue(ids(datasets("tactile")).contains("touch100k"));
        JsonNode tsinghua = datasets("Tsinghua");
        assertTrue(tsinghua.get("count").asInt() > 0);
        tsinghua.get("datasets").forEach(d -> assertTrue(d.get("publishers").toString().contains("清华"), d.toString()));
        assertTrue(ids(datasets("LAI")).contains("laion-5b"), "half a name still matches literally");
        assertTrue(ids(datasets("遥感")).containsAll(remoteSensing));
    }

    @Test
    void filterChoicesComeFromTheCatalogWithCountsAndNoDuplicates() throws Exception {
        JsonNode all = JSON.readTree(get("/api/datasets").body());
        var english = new java.util.ArrayList<String>();
        int previous = Integer.MAX_VALUE;
        for (JsonNode p : all.get("publishers")) {
            english.add(p.get("english").asText());
            assertTrue(p.get("count").asInt() <= previous, "most entries first");
            previous = p.get("count").asInt();
            int n = JSON.readTree(get("/api/datasets?publisher=" + java.net.URLEncoder.encode(p.get("name").asText(),
                    java.nio.charset.StandardCharsets.UTF_8)).body()).get("count").asInt();
            assertEquals(p.get("count").asInt(), n, p.toString());
        }
        assertEquals(english.size(), new java.util.HashSet<>(english).size(), "a publisher listed twice: " + english);
        assertEquals(1, english.stream().filter("University of California"::equals).count(), english.toString());
        previous = Integer.MAX_VALUE;
        for (JsonNode t : all.get("topics")) {
            int count = t.get("count").asInt();
            assertTrue(count > 0 && count <= previous, t.toString());
            previous = count;
            assertEquals(count, JSON.readTree(get("/api/datasets?topic=" + t.get("key").asText()).body()).get("count").asInt());
        }
    }

    @Test
    void sourcesCarryEnglishPublishersAndSize() throws Exception {
        JsonNode j = JSON.readTree(post("/api/ask", "application/json", "{\"question\":\"Who released MedTrinity-25M?\"}").body());
        JsonNode s = j.get("sources").get(0);
        assertTrue(s.get("publishersEnglish").get(0).asText().startsWith("Huazhong University of Science and Technology"), s.toString());
        assertTrue(s.get("size").asText().contains("2500万"), s.toString());
    }

    @Test
    void searchShowsRankedHitsWithSignals() throws Exception {
        JsonNode j = JSON.readTree(get("/api/search?q=%E7%94%B2%E9%AA%A8%E6%96%87&k=3").body());
        assertEquals("obimd", j.get("hits").get(0).get("id").asText());
        assertTrue(j.get("hits").get(0).get("signals").has("lexical"));
    }

    @Test
    void health() throws Exception {
        JsonNode j = JSON.readTree(get("/health").body());
        assertEquals("ok", j.get("status").asText());
        assertEquals(6, j.get("datasets").asInt());
    }

    @Test
    void healthReportsAComponentStillLoadingAndIsUnhealthyWhenItFailed() throws Exception {
        var status = new java.util.concurrent.atomic.AtomicReference<>("loading");
        Javalin other = new HttpServer(WebServers.chat(engine), ServerLimits.DEFAULT).reporting("embeddingModel", status::get)
                .start(0);
        try {
            var health = URI.create("http://localhost:" + other.port() + "/health");
            var r = HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), "a server whose model is loading already answers");
            assertEquals("loading", JSON.readTree(r.body()).get("embeddingModel").asText());
            assertEquals("ok", JSON.readTree(r.body()).get("status").asText());
            status.set("failed");
            r = HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), r.body());
            assertEquals("failed", JSON.readTree(r.body()).get("status").asText());
        } finally {
            other.stop();
        }
    }
}
