package org.catalogchat.answer;

import java.util.List;
import java.util.Objects;

/**
 * What every front door renders: Markdown, the entries it rests on, and near misses kept apart.
 *
 * <pre>{@code
 * Answer a = answerer.answer(Question.of("Who released MedTrinity-25M?"));
 * a.markdown(); a.sources(); // [Source(medtrinity-25m, …)]
 * }</pre>
 *
 * @param markdown    the answer text, citing sources as [n]
 * @param sources     the entries the answer is about, best first; empty when the catalog has no answer
 * @param suggestions near misses worth showing, never counted as the answer
 * @param intent      what the question was understood to ask
 * @param language    the language of question and answer
 * @param answeredBy  which answerer produced it ("grounded", "llm", "grounded-fallback")
 */
public record Answer(String markdown, List<Source> sources, List<Source> suggestions, Intent intent,
                     Language language, String answeredBy) {
    public Answer {
        Objects.requireNonNull(markdown);
        Objects.requireNonNull(intent);
        Objects.requireNonNull(language);
        sources = List.copyOf(sources);
        suggestions = List.copyOf(suggestions);
        answeredBy = answeredBy == null ? "grounded" : answeredBy;
    }

    public Answer withAnsweredBy(String by) {
        return new Answer(markdown, sources, suggestions, intent, language, by);
    }
}
