package org.catalogchat.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/**
 * One evaluation question and what a right answer must contain.
 *
 * @param question the question as a user would type it
 * @param language "en" or "zh"
 * @param intent   the intent a right answer serves ("fact", "list", "count", "compare", "topic", "not-found")
 * @param expect   dataset ids the answer's sources must hold
 * @param match    "exact" (sources are exactly these), "contains" (at least these) or "first" (this one first)
 * @param facts    strings the answer text must contain (case-insensitive)
 * @param history  earlier questions of the same conversation, asked first and in order (may be empty)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalCase(String question, String language, String intent, List<String> expect, String match,
                       List<String> facts, List<String> history) {
    public EvalCase {
        Objects.requireNonNull(question);
        Objects.requireNonNull(language);
        Objects.requireNonNull(intent);
        expect = expect == null ? List.of() : List.copyOf(expect);
        facts = facts == null ? List.of() : List.copyOf(facts);
        history = history == null ? List.of() : List.copyOf(history);
        if (match == null || match.isBlank()) match = intent.equals("topic") ? "contains" : "exact";
        if (!List.of("exact", "contains", "first").contains(match)) throw new IllegalArgumentException("bad match " + match);
        if (!intent.equals("not-found") && !intent.equals("clarify") && expect.isEmpty() && facts.isEmpty()) {
            throw new IllegalArgumentException("a case that is not 'not-found' needs expected datasets or facts: " + question);
        }
    }

    public EvalCase(String question, String language, String intent, List<String> expect, String match, List<String> facts) {
        this(question, language, intent, expect, match, facts, List.of());
    }

    public boolean absent() {
        return intent.equals("not-found");
    }
}
