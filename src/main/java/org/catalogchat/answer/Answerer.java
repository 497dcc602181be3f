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

    /**
     * Answers while streaming the text as it is produced. The returned answer is the final word: when its
     * Markdown differs from what was streamed (an LLM answer that failed its citation check, say), front
     * doors replace what they showed. The default produces the whole answer, then streams it in pieces.
     */
    default Answer answer(Question question, java.util.function.Consumer<String> onDelta) {
        Answer a = answer(question);
        for (String piece : StreamPieces.split(a.markdown())) onDelta.accept(piece);
        return a;
    }
}
