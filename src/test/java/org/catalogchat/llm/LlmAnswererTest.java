package org.catalogchat.llm;

import static org.catalogchat.testing.FixtureCatalog.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.catalogchat.core.Engine;
import org.catalogchat.answer.Answer;
import org.catalogchat.answer.Question;
import org.catalogchat.answer.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The LLM answerer against a local fake OpenAI server, through the real langchain4j client. */
class LlmAnswererTest {
    private static final String WHO = "Who released MedTrinity-25M?";
    private static final String GOOD = "MedTrinity-25M was released on 2024-08-06 by Huazhong University of Science and "
            + "Technology together with universities in California, Harvard and Stanford [1]. It holds more than 25 million "
            + "images covering 10 modalities and 65 diseases [1].";

    private FakeOpenAi fake;
    @TempDir
    static Path catalogDir;
    private static Engine engine;

    @BeforeAll
    static void load() {
        engine = LlmCatalog.CATALOG.engine(catalogDir);
    }

    @BeforeEach
    void start() throws Exception {
        fake = new FakeOpenAi();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private LlmAnswerer llm(Duration timeout) {
        return LlmAnswerer.openAi(engine, new LlmSettings(fake.baseUrl(), "fake-model", "test-key", timeout), Prompts.bundled());
    }

    private LlmAnswerer llm() {
        return llm(Duration.ofSeconds(10));
    }

    @Test
    void promptHoldsTheChosenEntriesAndTheQuestion() {
        fake.respond(r -> FakeOpenAi.Reply.text(GOOD));
        Answer a = llm().answer(Question.of(WHO));

        assertEquals(1, fake.requests().size());
        JsonNode req = fake.requests().get(0);
        assertEquals("fake-model", req.path("model").asText());
        assertEquals("system", req.path("messages").get(0).path("role").asText());
        String prompt = FakeOpenAi.prompt(req);
        assertTrue(prompt.contains("[1] MedTrinity-25M"), prompt);
        assertTrue(prompt.contains("released: 2024-08-06"), prompt);
        assertTrue(prompt.contains("华中科技大学 (Huazhong University of Science and Technology"), prompt);
        assertTrue(prompt.contains("2500万 = 25 million images"), prompt);
        assertTrue(prompt.contains("https://www.selectdataset.com/dataset/86cac9ab58e2bdedcec5b32df3521e08"), prompt);
        assertTrue(prompt.contains("Question: " + WHO), prompt);
        assertTrue(prompt.contains("English"), prompt);

        assertEquals("llm", a.answeredBy());
        assertEquals(List.of("medtrinity-25m"), ids(a));
        assertTrue(a.markdown().startsWith(GOOD), a.markdown());
        assertTrue(a.markdown().contains("**Sources**"), a.markdown());
    }

    @Test
    void listQuestionsGiveTheModelEveryMatchingEntry() {
        Answer grounded = engine.grounded().answer(Question.of("有哪些医学数据集？"));
        assertTrue(grounded.sources().size() >= 2, grounded.markdown());
        fake.respond(r -> FakeOpenAi.Reply.text("目录中有 " + grounded.sources().size() + " 个医学数据集 [1][2]。"));
        Answer a = llm().answer(Question.of("有哪些医学数据集？"));
        String prompt = FakeOpenAi.prompt(fake.requests().get(0));
        for (int i = 1; i <= grounded.sources().size(); i++) {
            assertTrue(prompt.contains("[" + i + "] " + engine.catalog().byId(grounded.sources().get(i - 1).id()).orElseThrow().name()), prompt);
        }
        assertTrue(prompt.contains("Chinese"), prompt);
        assertEquals("llm", a.answeredBy(), a.markdown());
        assertEquals(2, a.sources().size());
    }

    @Test
    void aNumberInTheOtherUnitSystemPasses() {
        fake.respond(r -> FakeOpenAi.Reply.text("WuDaoMM has 650 million image-text pairs, of which 50 million are strongly "
                + "related [1]."));
        Answer a = llm().answer(Question.of("How big is WuDaoMM?"));
        assertEquals("llm", a.answeredBy(), a.markdown());
        assertEquals(List.of("wudaomm"), ids(a));
    }

    @Test
    void aHallucinatedDatasetNameFallsBackToTheGroundedAnswer() {
        fake.respond(r -> FakeOpenAi.Reply.text("MedTrinity-25M was released by Huazhong University of Science and Technology [1], "
                + "and it is often used with ImageNet-21K."));
        Answer a = llm().answer(Question.of(WHO));
        Answer grounded = engine.grounded().answer(Question.of(WHO));
        assertEquals("grounded-fallback", a.answeredBy());
        assertEquals(grounded.markdown(), a.markdown());
        assertEquals(ids(grounded), ids(a));
    }

    @Test
    void anInventedNumberFallsBack() {
        fake.respond(r -> FakeOpenAi.Reply.text("MedTrinity-25M holds 31 million images [1]."));
        Answer a = llm().answer(Question.of(WHO));
        assertEquals("grounded-fallback", a.answeredBy());
        assertFalse(a.markdown().contains("31 million"));
    }

    @Test
    void aCitationOutsideTheGivenEntriesFallsBack() {
        fake.respond(r -> FakeOpenAi.Reply.text("MedTrinity-25M was released by Huazhong University of Science and Technology [4]."));
        assertEquals("grounded-fallback", llm().answer(Question.of(WHO)).answeredBy());
    }

    @Test
    void anAnswerWithoutCitationsFallsBack() {
        fake.respond(r -> FakeOpenAi.Reply.text("MedTrinity-25M was released by Huazhong University of Science and Technology."));
        assertEquals("grounded-fallback", llm().answer(Question.of(WHO)).answeredBy());
    }

    @Test
    void anEmptyReplyFallsBack() {
        fake.respond(r -> FakeOpenAi.Reply.text(""));
        assertEquals("grounded-fallback", llm().answer(Question.of(WHO)).answeredBy());
    }

    @Test
    void rateLimitAndServerErrorsFallBack() {
        for (int status : new int[] {429, 500, 503}) {
            fake.respond(r -> FakeOpenAi.Reply.status(status));
            Answer a = llm().answer(Question.of(WHO));
            assertEquals("grounded-fallback", a.answeredBy(), "status " + status);
            assertEquals(List.of("medtrinity-25m"), ids(a));
        }
    }

    @Test
    void aSlowModelTimesOutIntoTheGroundedAnswer() {
        // A good reply that comes after the timeout: only the timeout can turn it into the fallback.
        fake.respond(r -> FakeOpenAi.Reply.text(GOOD).delayed(10_000));
        Answer a = llm(Duration.ofMillis(500)).answer(Question.of(WHO));
        assertEquals("grounded-fallback", a.answeredBy());
    }

    @Test
    void aQuestionTheCatalogCannotAnswerNeverReachesTheModel() {
        fake.respond(r -> FakeOpenAi.Reply.text(GOOD));
        Answer a = llm().answer(Question.of("Who released ImageNet-21K?"));
        assertTrue(a.sources().isEmpty(), a.markdown());
        assertEquals(0, fake.requests().size());
        assertEquals("grounded", a.answeredBy());
    }

    @Test
    void streamingSendsTheModelTokensAndEndsWithTheCheckedAnswer() {
        fake.respond(r -> FakeOpenAi.Reply.text(GOOD));
        var deltas = new StringBuilder();
        var count = new int[1];
        Answer a = llm().answer(Question.of(WHO), d -> {
            deltas.append(d);
            count[0]++;
        });
        assertTrue(fake.requests().get(0).path("stream").asBoolean());
        assertEquals("llm", a.answeredBy());
        assertTrue(count[0] > 5, "deltas: " + count[0]);
        assertEquals(a.markdown(), deltas.toString(), "what streamed is the final answer, so no replace is needed");
    }

    @Test
    void streamingAFailedCheckEndsWithTheGroundedAnswer() {
        fake.respond(r -> FakeOpenAi.Reply.text("MedTrinity-25M was built from ImageNet-21K [1]."));
        var deltas = new StringBuilder();
        Answer a = llm().answer(Question.of(WHO), deltas::append);
        assertEquals("grounded-fallback", a.answeredBy());
        assertTrue(deltas.toString().contains("ImageNet-21K"), "the tokens did stream");
        assertNotEquals(deltas.toString(), a.markdown(), "so the front door sends a replace event");
        assertEquals(engine.grounded().answer(Question.of(WHO)).markdown(), a.markdown());
    }

    @Test
    void streamingModelErrorFallsBack() {
        fake.respond(r -> FakeOpenAi.Reply.status(500));
        Answer a = llm().answer(Question.of(WHO), d -> { });
        assertEquals("grounded-fallback", a.answeredBy());
    }

    @Test
    void followUpsAreRewrittenByTheModelBeforeRetrieval() {
        Answer first = engine.grounded().answer(Question.of(WHO));
        var history = List.of(new Question.Turn(WHO, first));
        fake.respond(r -> FakeOpenAi.prompt(r).contains("Last question:")
                ? FakeOpenAi.Reply.text("When was WuDaoMM released?")
                : FakeOpenAi.Reply.text("WuDaoMM was released on 2022-03-22 [1]."));
        Answer a = llm().answer(new Question("and what about WuDaoMM's release date?", history));
        assertEquals(2, fake.requests().size());
        String rewrite = FakeOpenAi.prompt(fake.requests().get(0));
        assertTrue(rewrite.contains("User: " + WHO), rewrite);
        assertTrue(rewrite.contains("MedTrinity-25M"), rewrite);
        String answerPrompt = FakeOpenAi.prompt(fake.requests().get(1));
        assertTrue(answerPrompt.contains("Question: When was WuDaoMM released?"), answerPrompt);
        assertEquals(List.of("wudaomm"), ids(a));
        assertEquals("llm", a.answeredBy());
    }

    @Test
    void aFailedRewriteKeepsTheGroundedFollowUpRules() {
        Answer first = engine.grounded().answer(Question.of(WHO));
        fake.respond(r -> FakeOpenAi.prompt(r).contains("Last question:")
                ? FakeOpenAi.Reply.status(500)
                : FakeOpenAi.Reply.text("It was released on 2024-08-06 [1]."));
        Answer a = llm().answer(new Question("when was it released?", List.of(new Question.Turn(WHO, first))));
        assertEquals(List.of("medtrinity-25m"), ids(a));
        assertEquals("llm", a.answeredBy());
    }

    @Test
    void aDateNoEntryHasFallsBack() {
        fake.respond(r -> FakeOpenAi.Reply.text("MedTrinity-25M was released on 2023-01-15 [1]."));
        assertEquals("grounded-fallback", llm().answer(Question.of(WHO)).answeredBy());
    }

    @Test
    void promptTemplatesAreReadFromTheFolderWithBundledFallback(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("system.txt"), "CUSTOM SYSTEM PROMPT for {{language}}");
        Prompts p = Prompts.load(dir);
        assertEquals("CUSTOM SYSTEM PROMPT for {{language}}", p.system());
        assertEquals(Prompts.bundled().answer(), p.answer());
        fake.respond(r -> FakeOpenAi.Reply.text(GOOD));
        LlmAnswerer custom = LlmAnswerer.openAi(engine, new LlmSettings(fake.baseUrl(), "m", "", Duration.ofSeconds(10)), p);
        custom.answer(Question.of(WHO));
        assertTrue(FakeOpenAi.prompt(fake.requests().get(0)).contains("system: CUSTOM SYSTEM PROMPT for English"));
    }

    @Test
    void aTemplateNamingAValueTheBotDoesNotFillIsRefusedWhenLoaded(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("answer.txt"), "{{entries}} {{question}} {{mood}}");
        var e = assertThrows(IllegalArgumentException.class, () -> Prompts.load(dir));
        assertTrue(e.getMessage().contains("answer.txt") && e.getMessage().contains("mood"), e.getMessage());
    }

    @Test
    void valuesAreFilledOnceNeverReadAsPlaceholders() {
        String filled = Prompts.bundled().renderAnswer(java.util.Map.of("entries", "[1] {{question}} $1 \\",
                "question", "Q?", "count", "1", "language", "English"));
        assertTrue(filled.contains("[1] {{question}} $1 \\"), filled);
        assertTrue(filled.contains("Q?"), filled);
    }

    @Test
    void theQuestionIsNeverLoggedAboveDebug() {
        // slf4j-simple writes to whatever System.err is at the time of the call, at INFO and above by default.
        var captured = new java.io.ByteArrayOutputStream();
        var original = System.err;
        fake.respond(r -> FakeOpenAi.Reply.text("MedTrinity-25M holds 31 million images [1]."));
        String question = "Who released MedTrinity-25M? zebra-7781";
        Answer a;
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            a = llm().answer(Question.of(question));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("grounded-fallback", a.answeredBy());
        assertTrue(log.contains("LLM answer replaced by the grounded answer"), "the fallback is logged: " + log);
        assertFalse(log.contains("zebra-7781"), log);
    }
}
