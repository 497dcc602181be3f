package org.catalogchat.core;

import java.util.List;
import java.util.Objects;

/**
 * One earlier turn as a client carries it: the question asked and the ids of the datasets its answer cited.
 * Enough to resolve a follow-up ("who released it?") on any server, so the server's own conversation
 * memory is only a cache.
 *
 * <pre>{@code
 * chat.ask("When was it released?", null, List.of(new PriorTurn("Who released MedTrinity-25M?", List.of("medtrinity-25m"))));
 * }</pre>
 */
public record PriorTurn(String question, List<String> sources) {
    public PriorTurn {
        Objects.requireNonNull(question, "question");
        sources = List.copyOf(sources);
    }
}
