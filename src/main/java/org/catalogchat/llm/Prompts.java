package org.catalogchat.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The three prompt templates (system, answer, follow-up rewrite), read from plain files so a maintainer
 * can edit them without a rebuild. Placeholders are {@code {{name}}}.
 *
 * <pre>{@code
 * Prompts p = Prompts.load(Path.of("prompts"));        // falls back to the copies bundled in the jar
 * String s = Prompts.fill(p.answer(), Map.of("question", "Who released TaiSu?", "entries", "…"));
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
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

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

    /** The template with each {@code {{name}}} replaced; unknown placeholders stay as written. */
    public static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
