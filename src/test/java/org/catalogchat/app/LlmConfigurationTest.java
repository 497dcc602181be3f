package org.catalogchat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.catalogchat.app.MainTest.Run;
import org.catalogchat.llm.FakeOpenAi;
import org.junit.jupiter.api.Test;

/**
 * The --llm-* flags and their environment variables switch the model on, through the real command line: a renamed
 * flag or variable fails here.
 */
class LlmConfigurationTest {
    private static final String QUESTION = "When was WuDaoMM released?";

    private static FakeOpenAi fake() throws Exception {
        var fake = new FakeOpenAi();
        fake.respond(r -> FakeOpenAi.Reply.text("WuDaoMM was released on 2022-03-22 [1]."));
        return fake;
    }

    @Test
    void flagsSwitchItOn() throws Exception {
        try (FakeOpenAi fake = fake()) {
            Run r = MainTest.run(Map.of(), "ask", QUESTION, "--llm-base-url", fake.baseUrl(), "--llm-model", "m2",
                    "--llm-timeout-seconds", "5");
            assertEquals(0, r.code(), r.err());
            assertEquals(1, fake.requests().size(), "the model was asked");
            assertEquals("m2", fake.requests().get(0).path("model").asText());
            assertTrue(r.out().contains("2022-03-22"), r.out());
        }
    }

    @Test
    void prefixedVariablesSwitchItOnAndOldNamesStillDoWithAWarning() throws Exception {
        try (FakeOpenAi fake = fake()) {
            Run prefixed = MainTest.run(Map.of("CATALOG_CHAT_LLM_BASE_URL", fake.baseUrl(),
                    "CATALOG_CHAT_LLM_MODEL", "qwen2.5"), "ask", QUESTION);
            assertEquals(0, prefixed.code(), prefixed.err());
            assertEquals("qwen2.5", fake.requests().get(0).path("model").asText());
            assertTrue(prefixed.err().isEmpty(), prefixed.err());

            Run flagWins = MainTest.run(Map.of("CATALOG_CHAT_LLM_BASE_URL", fake.baseUrl(),
                    "CATALOG_CHAT_LLM_MODEL", "qwen2.5"), "ask", QUESTION, "--llm-model", "from-flag");
            assertEquals(0, flagWins.code(), flagWins.err());
            assertEquals("from-flag", fake.requests().get(1).path("model").asText(), "a flag wins over the environment");

            Run old = MainTest.run(Map.of("LLM_BASE_URL", fake.baseUrl(), "LLM_MODEL", "legacy"), "ask", QUESTION);
            assertEquals(0, old.code(), old.err());
            assertEquals("legacy", fake.requests().get(2).path("model").asText());
            assertTrue(old.err().contains("warning: environment variable LLM_BASE_URL")
                    && old.err().contains("CATALOG_CHAT_LLM_BASE_URL"), old.err());
        }
    }

    @Test
    void badSettingsAreUsageErrors() {
        Run notUrl = MainTest.run(Map.of(), "ask", QUESTION, "--llm-base-url", "localhost:8080");
        assertEquals(2, notUrl.code());
        assertTrue(notUrl.err().contains("--llm-base-url must be an http(s) URL"), notUrl.err());
        Run zero = MainTest.run(Map.of(), "ask", QUESTION, "--llm-base-url", "http://x/v1", "--llm-timeout-seconds", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().contains("--llm-timeout-seconds must be a whole number from 1 to 600"), zero.err());
    }
}
