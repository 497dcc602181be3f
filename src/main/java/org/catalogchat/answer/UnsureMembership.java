package org.catalogchat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.retrieval.EntryMeanings;

/**
 * Whether a count found by words can be trusted: entries that meet the question's conditions but do not write its
 * words may still be of the kind asked, worded otherwise (MEN writes 相关度 where its siblings write 相似度, COFW
 * 关键点 where 300-W writes 人脸对齐). Each entry's meaning ({@link EntryMeanings}) is compared with the kind asked;
 * an entry left out that reads at least as close as the least close member, less {@link #MARGIN}, is a rival, and a
 * count with rivals is unsure: a wrong count is worse than none, so the answer names both groups and asks. More than
 * {@link EntryMeanings#COMPARED_AT_ONCE} entries meeting the conditions are not compared (the first such question
 * would embed every one of them, seconds to minutes): the count is then stated as the words find it.
 *
 * <pre>{@code
 * unsure.rivals("air quality", members, candidates); // [TAP, CAMS reanalysis]
 * }</pre>
 */
final class UnsureMembership {
    /** How far below the least close member a left-out entry may read and still be a rival (MiniLM cosine). */
    static final double MARGIN = 0.05;

    private final Optional<EntryMeanings> meanings;

    UnsureMembership(Optional<EntryMeanings> meanings) {
        this.meanings = meanings;
    }

    /**
     * The entries of {@code candidates} (those meeting the question's other conditions) that are not {@code members}
     * but read as close to {@code kind} as the members do; empty when the members stand apart (or nothing to compare).
     */
    List<Dataset> rivals(String kind, List<Dataset> members, List<Dataset> candidates) {
        if (meanings.isEmpty() || members.isEmpty() || candidates.size() > EntryMeanings.COMPARED_AT_ONCE) return List.of();
        Optional<double[]> closeness = closeness(kind, members);
        if (closeness.isEmpty()) return List.of();
        double least = Double.MAX_VALUE;
        for (double c : closeness.get()) least = Math.min(least, c);
        return atLeast(kind, least - MARGIN, members, candidates);
    }

    /**
     * Of {@code candidates} (entries already near the topic by its words, {@link PartlyWritten}), those that read at
     * least as close to {@code kind} as the members do on average. Not the least close member less {@link #MARGIN}:
     * over the dev and fresh counts that let in entries of a sibling topic where one member reads far (SRD, shadow
     * removal, beside four shadow detection members; a place recognition entry beside image captions).
     */
    List<Dataset> asCloseAsTheMembers(String kind, List<Dataset> members, List<Dataset> candidates) {
        if (meanings.isEmpty() || members.isEmpty() || candidates.isEmpty()
                || members.size() + candidates.size() > EntryMeanings.COMPARED_AT_ONCE) return List.of();
        Optional<double[]> closeness = closeness(kind, members);
        if (closeness.isEmpty()) return List.of();
        double sum = 0;
        for (double c : closeness.get()) sum += c;
        return atLeast(kind, sum / members.size(), members, candidates);
    }

    /** Each member's closeness in meaning to {@code kind}, in order; empty when one cannot be read. */
    private Optional<double[]> closeness(String kind, List<Dataset> members) {
        double[] out = new double[members.size()];
        for (int i = 0; i < out.length; i++) {
            var s = meanings.get().similarity(kind, members.get(i));
            if (s.isEmpty()) return Optional.empty();
            out[i] = s.getAsDouble();
        }
        return Optional.of(out);
    }

    /** The candidates, members aside, that read at least {@code least} close to {@code kind}. */
    private List<Dataset> atLeast(String kind, double least, List<Dataset> members, List<Dataset> candidates) {
        var rivals = new ArrayList<Dataset>();
        for (Dataset d : candidates) {
            if (members.contains(d)) continue;
            var s = meanings.get().similarity(kind, d);
            if (s.isPresent() && s.getAsDouble() >= least) rivals.add(d);
        }
        return rivals;
    }
}
