package org.catalogchat.answer;

import java.util.List;
import java.util.Objects;

/**
 * A question with the conversation before it (oldest first), so follow-ups such as "who released it?"
 * can be resolved.
 */
public record Question(String text, List<Turn> history) {
    /** One earlier exchange of the conversation. */
    public record Turn(String question, Answer answer) {
    }

    public Question {
        Objects.requireNonNull(text);
        history = List.copyOf(history);
    }

    public static Question of(String text) {
        return new Question(text, List.of());
    }
}
