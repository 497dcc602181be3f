package org.catalogchat.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.catalogchat.core.Engine;
import org.catalogchat.core.TestEngines;
import org.catalogchat.answer.Question;
import org.catalogchat.cli.Options;
import org.catalogchat.cli.Options.Flag;
import org.junit.jupiter.api.Test;

/** The --llm-* flags and their LLM_* environment fallbacks switch the model on; nothing set leaves it off. */
class LlmConfigurationTest {
    private static final List<Flag> FLAGS = List.of(new Flag("llm-base-url", "URL", ""), new Flag("llm-model", "NAME", ""),
            new Flag("llm-api-key", "KEY", ""), new Flag("llm-timeout-seconds", "N", ""), new Flag("prompts", "PATH", ""));
    private final Engine engine = TestEngines.seeds();

    @Test
    void offWithoutABaseUrl() {
        Engine e = LlmAnswerer.configure(engine, Options.parse(new String[0], FLAGS, Map.of()));
        assertSame(engine.grounded(), e.answerer());
    }

    @Test
    void flagsAndEnvironmentSwitchItOn() throws Exception {
        try (FakeOpenAi fake = new FakeOpenAi()) {
            fake.respond(r -> FakeOpenAi.Reply.text("WuDaoMM was released on 2022-03-22 [1]."));
            Options fromEnv = Options.parse(new String[0], FLAGS,
                    Map.of("LLM_BASE_URL", fake.baseUrl(), "LLM_MODEL", "qwen2.5", "LLM_TIMEOUT_SECONDS", "5"));
            Engine e = LlmAnswerer.configure(engine, fromEnv);
            assertInstanceOf(LlmAnswerer.class, e.answerer());
            assertEquals("llm", e.answerer().answer(Question.of("When was WuDaoMM released?")).answeredBy());
            assertEquals("qwen2.5", fake.requests().get(0).path("model").asText());

            Options fromFlags = Options.parse(new String[] {"--llm-base-url", fake.baseUrl(), "--llm-model", "m2"}, FLAGS, Map.of());
            LlmAnswerer.configure(engine, fromFlags).answerer().answer(Question.of("When was WuDaoMM released?"));
            assertEquals("m2", fake.requests().get(1).path("model").asText());
        }
    }

    @Test
    void badSettingsAreClearErrors() {
        assertThrows(IllegalArgumentException.class, () -> LlmAnswerer.configure(engine,
                Options.parse(new String[] {"--llm-base-url", "localhost:8080"}, FLAGS, Map.of())));
        assertThrows(IllegalArgumentException.class, () -> LlmAnswerer.configure(engine,
                Options.parse(new String[] {"--llm-base-url", "http://x/v1", "--llm-timeout-seconds", "0"}, FLAGS, Map.of())));
        assertEquals("not-needed", new LlmSettings("http://x/v1", null, null, Duration.ofSeconds(1)).apiKey());
    }
}
