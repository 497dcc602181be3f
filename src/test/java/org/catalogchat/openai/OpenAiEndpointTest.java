package org.catalogchat.openai;

import static org.catalogchat.testing.FixtureCatalog.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.answer.Conversations;
import org.catalogchat.llm.FakeOpenAi;
import org.catalogchat.llm.LlmAnswerer;
import org.catalogchat.llm.LlmSettings;
import org.catalogchat.llm.Prompts;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import org.catalogchat.testing.FixtureCatalog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.BeforeAll;

/** /v1/chat/completions and /v1/models, driven by the official openai-java SDK and by raw requests. */
class OpenAiEndpointTest {
    /** A fact to cite (WuDaoMM, with a redirect link), two medical entries to list, and one unrelated. */
    private static final FixtureCatalog CATALOG = FixtureCatalog.of(
            entry("WuDaoMM").released("2022-03-22").publisher("北京智源人工智能研究院")
                    .url("https://link.zhihu.com/?target=https%3A//www.selectdataset.com/dataset/5d2b4ade53602c3c95bf37123264afe2")
                    .description("WuDaoMM属于北京智源人工智能研究院WuDaoCorpora开源数据集的一部分，是图文多模态预训练数据，包含6.5亿图文对。"),
            entry("MedTrinity-25M").released("2024-08-06").publisher("华中科技大学", "哈佛大学")
                    .url("https://example.org/medtrinity").description("MedTrinity-25M是一个大规模多模态医学数据集，包含超过2500万张图像。"),
            entry("Medical-CXR-VQA").released("2024-05-01").publisher("某医院").url("https://example.org/cxr")
                    .description("Medical-CXR-VQA 是一个医学胸片视觉问答数据集，包含78万个问答对。"),
            entry("LAION-5B").released("2022-03-31").publisher("LAION").url("https://example.org/laion")
                    .description("LAION 5B 是一个大规模图文数据集，由58.5亿个图像-文本对组成。"));

    @TempDir
    static Path dir;
    private static Engine catalog;

    @BeforeAll
    static void load() {
        catalog = CATALOG.engine(dir);
    }

    private static final String WUDAO_URL = "https://www.selectdataset.com/dataset/5d2b4ade53602c3c95bf37123264afe2";
    private final List<AutoCloseable> open = new ArrayList<>();
    private final ObjectMapper mapper = new ObjectMapper();

    private Javalin serve(Engine engine) {
        var chat = new ChatService(engine, new Conversations(6, 100, Duration.ofHours(1), Clock.systemUTC()));
        Javalin app = new HttpServer(chat, ServerLimits.DEFAULT).with(new OpenAiRoutes(chat, ServerLimits.DEFAULT)::register).start(0);
        open.add(app::stop);
        return app;
    }

    private OpenAIClient client(Javalin app) {
        OpenAIClient c = OpenAIOkHttpClient.builder().baseUrl("http://localhost:" + app.port() + "/v1").apiKey("any")
                .maxRetries(0).build();
        open.add(c::close);
        return c;
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) c.close();
    }

    private static ChatCompletionCreateParams ask(String question) {
        return ChatCompletionCreateParams.builder().model(OpenAiRoutes.MODEL).addUserMessage(question).build();
    }

    private static String streamed(OpenAIClient client, ChatCompletionCreateParams params, int[] chunks) {
        var sb = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(params)) {
            s.stream().forEach(chunk -> {
                chunks[0]++;
                chunk.choices().forEach(c -> c.delta().content().ifPresent(sb::append));
            });
        }
        return sb.toString();
    }

    @Test
    void answersThroughTheOfficialSdkWithSourcesAsFootnotes() {
        OpenAIClient client = client(serve(catalog));
        ChatCompletion c = client.chat().completions().create(ask("Who released WuDaoMM?"));
        assertEquals(OpenAiRoutes.MODEL, c.model());
        String text = c.choices().get(0).message().content().orElseThrow();
        assertTrue(text.contains("WuDaoMM"), text);
        assertTrue(text.contains("Beijing Academy of Artificial Intelligence"), text);
        assertTrue(text.contains("[1]") && text.contains(WUDAO_URL), "footnote with the source link: " + text);
        assertEquals(ChatCompletion.Choice.FinishReason.STOP, c.choices().get(0).finishReason());
    }

    @Test
    void streamsChunksThatAddUpToTheSameAnswer() {
        OpenAIClient client = client(serve(catalog));
        String whole = client.chat().completions().create(ask("有哪些医学数据集？")).choices().get(0).message().content().orElseThrow();
        int[] chunks = {0};
        String streamed = streamed(client, ask("有哪些医学数据集？"), chunks);
        assertEquals(whole, streamed);
        assertTrue(chunks[0] > 3, "chunks: " + chunks[0]);
    }

    @Test
    void earlierMessagesAreTheConversation() {
        OpenAIClient client = client(serve(catalog));
        String first = client.chat().completions().create(ask("Who released WuDaoMM?")).choices().get(0).message().content().orElseThrow();
        ChatCompletionCreateParams followUp = ChatCompletionCreateParams.builder().model(OpenAiRoutes.MODEL)
                .addSystemMessage("You are helpful.")
                .addUserMessage("Who released WuDaoMM?").addAssistantMessage(first)
                .addUserMessage("When was it released?").build();
        String text = client.chat().completions().create(followUp).choices().get(0).message().content().orElseThrow();
        assertTrue(text.contains("2022-03-22"), text);
        assertTrue(text.contains("WuDaoMM"), text);
    }

    @Test
    void listsOneModel() {
        OpenAIClient client = client(serve(catalog));
        assertEquals(List.of(OpenAiRoutes.MODEL), client.models().list().data().stream().map(m -> m.id()).toList());
        assertEquals(OpenAiRoutes.MODEL, client.models().retrieve(OpenAiRoutes.MODEL).id());
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.models().retrieve("gpt-9"));
        assertEquals(404, e.statusCode());
    }

    @Test
    void sdkSeesBadRequestsAsOpenAiErrors() {
        OpenAIClient client = client(serve(catalog));
        var onlySystem = ChatCompletionCreateParams.builder().model(OpenAiRoutes.MODEL).addSystemMessage("hi").build();
        BadRequestException e = assertThrows(BadRequestException.class, () -> client.chat().completions().create(onlySystem));
        assertEquals(400, e.statusCode());
        assertEquals("invalid_request_error", e.type().orElseThrow());
        assertEquals("messages", e.param().orElseThrow());
    }

    private HttpResponse<String> post(Javalin app, String contentType, String body) throws Exception {
        var req = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/v1/chat/completions"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void badInputGetsOpenAiShapedErrorsNever500() throws Exception {
        Javalin app = serve(catalog);
        String[][] cases = {
                {"application/json", "{not json", "400"},
                {"application/json", "{}", "400"},
                {"application/json", "{\"messages\": []}", "400"},
                {"application/json", "{\"messages\": \"hi\"}", "400"},
                {"application/json", "{\"messages\": [{\"role\": \"robot\", \"content\": \"hi\"}]}", "400"},
                {"application/json", "{\"messages\": [{\"role\": \"user\", \"content\": 42}]}", "400"},
                {"application/json", "{\"messages\": [{\"role\": \"user\", \"content\": \"   \"}]}", "400"},
                {"application/json", "{\"stream\": \"yes\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}", "400"},
                {"application/json", "{\"messages\": [{\"role\": \"user\", \"content\": \"" + "a".repeat(3000) + "\"}]}", "400"},
                {"text/plain", "hello", "415"},
        };
        for (String[] c : cases) {
            HttpResponse<String> r = post(app, c[0], c[1]);
            assertEquals(Integer.parseInt(c[2]), r.statusCode(), c[1] + " -> " + r.body());
            JsonNode error = mapper.readTree(r.body()).path("error");
            for (String field : List.of("message", "type", "param", "code")) assertTrue(error.has(field), field + " in " + r.body());
            assertEquals("invalid_request_error", error.path("type").asText(), r.body());
        }
    }

    @Test
    void contentPartsAreReadAsText() throws Exception {
        Javalin app = serve(catalog);
        HttpResponse<String> r = post(app, "application/json",
                "{\"model\":\"whatever\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Who released WuDaoMM?\"}]}]}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = mapper.readTree(r.body());
        assertTrue(body.at("/choices/0/message/content").asText().contains("WuDaoMM"));
        assertEquals("wudaomm", body.at("/catalog_chat/sources/0/id").asText());
        assertEquals("grounded", body.at("/catalog_chat/answeredBy").asText());
    }

    @Test
    void withTheLlmAnswererOnlyCheckedTextReachesTheClient() throws Exception {
        FakeOpenAi fake = new FakeOpenAi();
        open.add(fake);
        Engine llm = catalog.withAnswerer(LlmAnswerer.openAi(catalog,
                new LlmSettings(fake.baseUrl(), "fake", "k", Duration.ofSeconds(10)), Prompts.bundled()));
        OpenAIClient client = client(serve(llm));

        fake.respond(r -> FakeOpenAi.Reply.text("WuDaoMM was released by BAAI on 2022-03-22 [1]."));
        String good = client.chat().completions().create(ask("Who released WuDaoMM?")).choices().get(0).message().content().orElseThrow();
        assertTrue(good.startsWith("WuDaoMM was released by BAAI on 2022-03-22 [1]."), good);
        assertTrue(good.contains(WUDAO_URL), good);

        fake.respond(r -> FakeOpenAi.Reply.text("WuDaoMM was released by BAAI, like ImageNet-21K [1]."));
        int[] chunks = {0};
        String bad = streamed(client, ask("Who released WuDaoMM?"), chunks);
        assertFalse(bad.contains("ImageNet-21K"), bad);
        assertEquals(catalog.grounded().answer(org.catalogchat.answer.Question.of("Who released WuDaoMM?")).markdown(), bad);
    }
}
