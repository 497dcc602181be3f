package org.catalogchat.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One person's verdict on one answer, with what it was about: the question, the answer's Markdown, the cited
 * dataset ids and the version of the catalog that answered.
 *
 * @param at             when it was received
 * @param rating         {@code up} or {@code down}
 * @param comment        what they wrote, possibly empty
 * @param question       the question asked
 * @param answer         the answer's Markdown as the page showed it
 * @param sources        the ids of the datasets the answer cited
 * @param catalogVersion {@link CatalogVersion} of the catalog that was loaded
 * @param conversationId the conversation, when the client sent one
 */
public record Feedback(Instant at, String rating, String comment, String question, String answer, List<String> sources,
                       String catalogVersion, String conversationId) {
    public Feedback {
        Objects.requireNonNull(at);
        if (!"up".equals(rating) && !"down".equals(rating)) throw new IllegalArgumentException("rating is up or down");
        comment = comment == null ? "" : comment;
        Objects.requireNonNull(question);
        answer = answer == null ? "" : answer;
        sources = List.copyOf(sources);
        Objects.requireNonNull(catalogVersion);
    }
}
