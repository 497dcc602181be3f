package org.catalogchat.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.retrieval.EntryMeanings;

/**
 * A topic described rather than named ("working out who wrote an anonymous piece of text", "brain scans of older people
 * with memory loss"): no entry writes the question's words together, so the lexical reading finds nothing, yet a few
 * entries stand out in meaning. The entries' meanings ({@link EntryMeanings}, their descriptions glossed into English)
 * are compared with the question, and a group is answered only when it stands clear of the rest: the best reaches
 * {@link #FLOOR} and the similarity drops by at least {@link #GAP} right after the group's last entry. A question the
 * catalog has nothing for has no such group (its nearest entries trail off evenly), so it stays "not in the catalog".
 *
 * <p>English questions only: all-MiniLM-L6-v2 learned English, and a Chinese question glossed word by word separated
 * its topics from not-found questions poorly on the dev sets (docs/evaluation.md, twenty-eighth pass, has the curve).
 * A catalog of up to {@link #WHOLE_CATALOG} entries is compared whole (each entry's meaning is embedded once, about
 * 15 ms, then kept); a larger one only on the hybrid search's first {@link #CANDIDATES}, so the cost stays bounded.
 *
 * <pre>{@code
 * closest.group("brain scans of older people with memory loss", search); // Optional[[ADNI, OASIS]]
 * }</pre>
 */
final class ClosestInMeaning {
    /** The least similarity of the best entry: below it nothing reads close, whatever the gap. */
    static final double FLOOR = 0.35;
    /** The drop after the group's last entry that sets the group apart (calibrated on the dev/fresh sets). */
    static final double GAP = 0.17;
    /** A group is at most this large: a wider one is a broad theme, not a described topic. */
    static final int GROUP_MAX = 8;
    /** Entries of the hybrid search compared in a larger catalog. */
    static final int CANDIDATES = 30;
    /** Up to this many entries, every entry is compared: the search cuts its hits by score, which hides the gap. */
    static final int WHOLE_CATALOG = 200;

    private final Optional<EntryMeanings> meanings;
    private final List<Dataset> all;

    ClosestInMeaning(Optional<EntryMeanings> meanings, List<Dataset> all) {
        this.meanings = meanings;
        this.all = all;
    }

    /**
     * The group of entries that stands out in meaning for {@code text} among the {@code search}'s first candidates,
     * best first, or empty when none stands clear (or the catalog has no meanings).
     */
    Optional<List<Dataset>> group(String text, Function<Integer, List<Dataset>> search) {
        if (meanings.isEmpty()) return Optional.empty();
        List<Dataset> candidates = all.size() <= WHOLE_CATALOG ? all : search.apply(CANDIDATES);
        if (candidates.size() <= GROUP_MAX) return Optional.empty(); // too few to show a group standing apart
        List<EntryMeanings.Match> ranked = candidates.stream().distinct()
                .map(d -> new EntryMeanings.Match(d, meanings.get().similarity(text, d).orElse(0)))
                .sorted(Comparator.comparingDouble(EntryMeanings.Match::similarity).reversed())
                .toList();
        if (ranked.get(0).similarity() < FLOOR) return Optional.empty();
        int cut = -1;
        double widest = 0;
        for (int i = 0; i < Math.min(GROUP_MAX, ranked.size() - 1); i++) {
            double drop = ranked.get(i).similarity() - ranked.get(i + 1).similarity();
            if (drop > widest) {
                widest = drop;
                cut = i;
            }
        }
        if (widest < GAP) return Optional.empty();
        return Optional.of(ranked.subList(0, cut + 1).stream().map(EntryMeanings.Match::dataset).toList());
    }
}
