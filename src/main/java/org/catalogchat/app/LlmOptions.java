package org.catalogchat.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.catalogchat.llm.LlmSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The optional language model that words answers (serve, ask, eval). */
final class LlmOptions {
    @Option(names = "--llm-base-url", paramLabel = "URL",
            description = "OpenAI-compatible API root for LLM answers, e.g. http://localhost:11434/v1 (default: off)")
    String baseUrl;
    @Option(names = "--llm-model", paramLabel = "NAME", description = "model name for LLM answers (default gpt-4o-mini)")
    String model;
    @Option(names = "--llm-api-key", paramLabel = "KEY", description = "API key for LLM answers (local servers need none)")
    String apiKey;
    @Option(names = "--llm-api-key-file", paramLabel = "FILE", description = "file holding the --llm-api-key")
    Path apiKeyFile;
    @Option(names = "--llm-timeout-seconds", paramLabel = "N",
            description = "seconds one model call may take before the grounded answer is used (default 30)")
    Integer timeoutSeconds;
    @Option(names = "--prompts", paramLabel = "PATH",
            description = "folder of LLM prompt templates (default: ./prompts, else the bundled ones)")
    Path prompts;

    /** Empty, meaning "no model", without a base URL. */
    Optional<LlmSettings> settings(CommandSpec spec) {
        int timeout = Ranges.check(spec, "--llm-timeout-seconds", timeoutSeconds, 30, 1, 600);
        if (baseUrl == null || baseUrl.isBlank()) return Optional.empty();
        String key = SecretFiles.secret(spec, "--llm-api-key", apiKey, apiKeyFile);
        return Optional.of(Ranges.settings(spec, () -> new LlmSettings(baseUrl.strip(), model, key,
                Duration.ofSeconds(timeout))));
    }

    Path promptFolder() {
        return prompts == null ? Path.of("prompts") : prompts;
    }
}
