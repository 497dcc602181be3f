package org.catalogchat.answer;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 * The whole catalog is compared, because the gap only shows against the rest: each entry's meaning is embedded the
 * first time (about 15 ms) and kept, so the first described topic after a load costs about 0.5 s on the bundled
 * catalog. Above {@link #MAX_ENTRIES} entries that first cost would grow past seconds, and the hybrid search's hits
 * (cut by score) are too few to show a gap, so a larger catalog keeps "not in the catalog" until the meanings are
 * stored with the index.
 *
 * <pre>{@code
 * closest.group("brain scans of older people with memory loss"); // Optional[[ADNI, OASIS]]
 * }</pre>
 */
final class ClosestInMeaning {
    /** The least similarity of the best entry: below it nothing reads close, whatever the gap. */
    static final double FLOOR = 0.35;
    /** The drop after the group's last entry that sets the group apart (calibrated on the dev/fresh sets). */
    static final double GAP = 0.17;
    /** A group is at most this large: a wider one is a broad theme, not a described topic. */
    static final int GROUP_MAX = 8;
    /** The largest catalog compared whole (about 1.5 s of embedding for the first described topic after a load). */
    static final int MAX_ENTRIES = EntryMeanings.COMPARED_AT_ONCE;

    private final Optional<EntryMeanings> meanings;
    private final List<Dataset> all;

    ClosestInMeaning(Optional<EntryMeanings> meanings, List<Dataset> all) {
        this.meanings = meanings;
        this.all = all;
    }

    /**
     * The group of entries that stands out in meaning for {@code text}, best first, or empty when none stands clear
     * (or the catalog has no meanings, or is too large or too small to compare whole).
     */
    Optional<List<Dataset>> group(String text) {
        // too few entries cannot show a group standing apart from the rest
        if (meanings.isEmpty() || all.size() <= GROUP_MAX || all.size() > MAX_ENTRIES) return Optional.empty();
        List<EntryMeanings.Match> ranked = all.stream()
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
