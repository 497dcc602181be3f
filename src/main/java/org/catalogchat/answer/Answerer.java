package org.catalogchat.answer;

/**
 * Turns a question into a cited answer. {@link GroundedAnswerer} is the default; an LLM answerer may
 * wrap it. Implementations never throw for a question they cannot answer: they say so in the answer.
 *
 * <pre>{@code
 * Answer a = answerer.answer(Question.of("有哪些遥感数据集？"));
 * }</pre>
 */
public interface Answerer {
    Answer answer(Question question);
}
