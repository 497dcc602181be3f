package org.catalogchat.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible chat endpoint (OpenAI, vLLM, llama.cpp's server, Ollama's {@code /v1}…).
 *
 * <pre>{@code
 * var s = new LlmSettings("http://localhost:11434/v1", "qwen2.5:7b", null, Duration.ofSeconds(30));
 * }</pre>
 *
 * @param baseUrl the API root, e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}
 * @param model   the model name the server expects
 * @param apiKey  the bearer key; local servers accept any
 * @param timeout how long one model call may take before the grounded answer is used instead
 */
public record LlmSettings(String baseUrl, String model, String apiKey, Duration timeout) {
    public LlmSettings {
        Objects.requireNonNull(baseUrl);
        String scheme = URI.create(baseUrl).getScheme();
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("--llm-base-url must be an http(s) URL, got '" + baseUrl + "'");
        }
        model = model == null || model.isBlank() ? "gpt-4o-mini" : model;
        // OpenAI-compatible local servers ignore the key, but the client insists on one.
        apiKey = apiKey == null || apiKey.isBlank() ? "not-needed" : apiKey;
        if (timeout == null || timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
    }
}
