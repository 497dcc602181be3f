package org.catalogchat.llm;

import dev.langchain4j.model.input.PromptTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The three prompt templates (system, answer, follow-up rewrite), read from plain files so a maintainer
 * can edit them without a rebuild, and filled by langchain4j's {@link PromptTemplate}. Placeholders are
 * {@code {{name}}}: the system and answer prompts get {@code entries}, {@code question}, {@code count} and
 * {@code language}, the follow-up prompt {@code history}, {@code question} and {@code language}; langchain4j adds
 * {@code current_date}, {@code current_time} and {@code current_date_time}. A template naming anything else is
 * refused when it is loaded, not when the first question arrives.
 *
 * <pre>{@code
 * Prompts p = Prompts.load(Path.of("prompts"));        // falls back to the copies bundled in the jar
 * String s = p.renderAnswer(Map.of("question", "Who released TaiSu?", "entries", "…", "count", "1", "language", "English"));
 * }</pre>
 *
 * @param system   the system message
 * @param answer   the user message: numbered entries and the question
 * @param followUp the request to rewrite a follow-up into a standalone question
 */
public record Prompts(String system, String answer, String followUp) {
    static final String SYSTEM_FILE = "system.txt";
    static final String ANSWER_FILE = "answer.txt";
    static final String FOLLOW_UP_FILE = "follow-up.txt";
    static final Set<String> ANSWER_VALUES = Set.of("entries", "question", "count", "language");
    static final Set<String> FOLLOW_UP_VALUES = Set.of("history", "question", "language");

    public Prompts {
        Objects.requireNonNull(system);
        Objects.requireNonNull(answer);
        Objects.requireNonNull(followUp);
        if (!answer.contains("{{entries}}") || !answer.contains("{{question}}")) {
            throw new IllegalArgumentException("the answer prompt must contain {{entries}} and {{question}}");
        }
        if (!followUp.contains("{{question}}")) {
            throw new IllegalArgumentException("the follow-up prompt must contain {{question}}");
        }
        check(SYSTEM_FILE, system, ANSWER_VALUES);
        check(ANSWER_FILE, answer, ANSWER_VALUES);
        check(FOLLOW_UP_FILE, followUp, FOLLOW_UP_VALUES);
    }

    /** The system message for an answer; {@code values} holds {@link #ANSWER_VALUES}. */
    public String renderSystem(Map<String, String> values) {
        return render(system, values);
    }

    /** The user message for an answer; {@code values} holds {@link #ANSWER_VALUES}. */
    public String renderAnswer(Map<String, String> values) {
        return render(answer, values);
    }

    /** The request to rewrite a follow-up; {@code values} holds {@link #FOLLOW_UP_VALUES}. */
    public String renderFollowUp(Map<String, String> values) {
        return render(followUp, values);
    }

    private static String render(String template, Map<String, String> values) {
        return PromptTemplate.from(template).apply(new HashMap<String, Object>(values)).text();
    }

    /** Fills the template with every value the bot provides: one it does not provide fails now, with the file named. */
    private static void check(String file, String template, Set<String> provided) {
        var sample = new HashMap<String, String>();
        for (String name : provided) sample.put(name, name);
        try {
            render(template, sample);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("prompt " + file + ": " + e.getMessage() + " (the bot fills "
                    + String.join(", ", new java.util.TreeSet<>(provided)) + ")", e);
        }
    }

    /**
     * The templates in {@code folder} (read now, so edits apply on the next start or reload); any file
     * missing there, or a null or absent folder, falls back to the copy bundled in the jar.
     */
    public static Prompts load(Path folder) {
        return new Prompts(read(folder, SYSTEM_FILE), read(folder, ANSWER_FILE), read(folder, FOLLOW_UP_FILE));
    }

    /** The templates bundled in the jar. */
    public static Prompts bundled() {
        return load(null);
    }

    private static String read(Path folder, String file) {
        try {
            if (folder != null && Files.isRegularFile(folder.resolve(file))) {
                return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
            }
            try (InputStream in = Prompts.class.getResourceAsStream("/prompts/" + file)) {
                if (in == null) throw new IllegalArgumentException("prompt template " + file + " not found in "
                        + (folder == null ? "the jar" : folder + " nor in the jar"));
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
