package org.catalogchat.answer;

import java.util.List;
import java.util.Map;
import org.catalogchat.catalog.Dataset;

/**
 * Step 2 of the pipeline, what the catalog holds for a plan: the entries that answer it (every one that
 * matches, not a top-k cut), the sentences of their descriptions that bear on the question, how well each
 * entry covers the question's subjects, and which subjects matched nothing at all.
 *
 * @param entries     the entries the answer is about, best first
 * @param coverage    per entry id, the share (0–1, weighted by rarity) of the question's subjects it writes; an entry
 *                    of the pool that writes none of them is left out
 * @param sentences   per entry id, the description sentences that answer the question, best first
 * @param figures     per entry id, the figures that count what was asked ("400名说话人"), best first
 * @param unmatched   subjects no entry writes, after translation
 * @param generic     subjects nearly every entry writes ("dataset"), which therefore select nothing
 * @param setAside    subjects no entry writes that no dictionary knows either ("nlp"), left out of a topic question
 *                    whose other words match; the answer names them
 * @param suggestions near misses: entries that only mention an unknown name, or best partial matches
 * @param widened     per entry id, the sibling compound ("关系分类" for 关系抽取 asked) by which an entry that does not
 *                    write the asked task phrase was admitted ({@link SiblingCompounds}); the answer says so
 */
record Evidence(List<Dataset> entries, Map<String, Double> coverage, Map<String, List<String>> sentences,
                Map<String, List<String>> figures, List<Subject> unmatched, List<Subject> generic,
                List<Subject> setAside, List<Dataset> suggestions, Map<String, String> widened) {
    Evidence(List<Dataset> entries, Map<String, Double> coverage, Map<String, List<String>> sentences,
             Map<String, List<String>> figures, List<Subject> unmatched, List<Subject> generic,
             List<Subject> setAside, List<Dataset> suggestions) {
        this(entries, coverage, sentences, figures, unmatched, generic, setAside, suggestions, Map.of());
    }

    Evidence {
        widened = Map.copyOf(widened);
        entries = List.copyOf(entries);
        coverage = java.util.Collections.unmodifiableMap(coverage); // up to a year's 10,000 entries: not copied
        sentences = Map.copyOf(sentences);
        figures = Map.copyOf(figures);
        unmatched = List.copyOf(unmatched);
        generic = List.copyOf(generic);
        setAside = List.copyOf(setAside);
        suggestions = List.copyOf(suggestions);
    }

    List<String> sentencesOf(Dataset d) {
        return sentences.getOrDefault(d.id(), List.of());
    }

    /**
     * The sibling compounds by which listed entries were admitted, in the listed order, each once: what the answer
     * names so the reader can judge the widened membership.
     */
    List<String> widenedCompounds() {
        return entries.stream().map(d -> widened.get(d.id())).filter(java.util.Objects::nonNull).distinct().toList();
    }

    List<String> figuresOf(Dataset d) {
        return figures.getOrDefault(d.id(), List.of());
    }
}
