package org.catalogchat.answer;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Sentences;
import org.catalogchat.catalog.TopicMatcher;
import org.catalogchat.retrieval.WrittenForms;

/**
 * How strongly an entry is about a subject, from where its own text writes the subject's forms: its names and
 * first sentence say what it is, a later sentence only mentions something, and an item of a list ("19个大类：
 * 能源、表情、工业、医疗…") is one category among many. Each place that writes a form contributes
 * {@code place × form × list}; places combine like independent evidence ({@code 1 − Π(1 − m)}), so the
 * strength lies in 0–1 and a second mention adds less than the first. An entry is a member when its strength
 * reaches {@link Weights#absolute()} and {@link Weights#relative()} of the best entry's.
 *
 * <p>Only the candidates handed in are scored (the entries whose text writes some form, from {@link EntryTexts}'
 * lookup), never the whole catalog, so the cost follows the matches rather than the catalog's size.
 *
 * <pre>{@code
 * Map<Dataset, Double> s = scorer.strengths(subject, texts.matching(subject));
 * Set<Dataset> members = scorer.members(s);
 * }</pre>
 */
final class MembershipScorer {
    /**
     * The calibrated weights (docs/evaluation.md has the dev-set curve).
     *
     * @param later    a mention in the second sentence of a description; each later sentence counts this much less again
     * @param floor    the least a later sentence counts, however far down
     * @param list     factor for a form written as an item of a three-item list; a longer list divides it further
     *                 (an item of a list of ten counts 0.3 of a three-item list's)
     * @param related  factor for a form that is only a sibling in the asked word's term group (LiDAR asked, 三维 written)
     * @param relative share of the best entry's strength a member must reach
     * @param absolute the least strength of any member: one passing mention far down is not membership
     */
    record Weights(double later, double floor, double list, double related, double relative, double absolute) {
        static final Weights DEFAULT = new Weights(0.6, 0.4, 1.0, 0.7, 0.4, 0.3);
    }

    private final EntryTexts texts;
    private final Weights w;

    MembershipScorer(EntryTexts texts, Weights w) {
        this.texts = texts;
        this.w = w;
    }

    /**
     * Each candidate's strength for the subject, 0 for a candidate that writes it only in an excluded phrase. For
     * candidates that are an {@link EntrySet} of the catalog (what {@link EntryTexts#matching} gives) the result is
     * an {@link EntryScores}, by ordinal; for any other collection an {@link EntryMap} in its order. Both iterate in
     * the candidates' order.
     */
    Map<Dataset, Double> strengths(Subject s, Collection<Dataset> candidates) {
        // Siblings count for less only where the catalog writes the asked word itself somewhere; an English
        // question's word, written by no entry, leaves its group's Chinese terms as the words to go by.
        boolean direct = writesDirect(s, candidates);
        Subject scored = direct ? s : new Subject(s.text(), s.forms(), s.excluded(), s.group(), List.of());
        // Where each candidate writes the forms comes from the index; the few it cannot tell are read.
        var by = new ByOrdinal(texts.places(scored, candidates), scored);
        if (candidates instanceof EntrySet e && e.over(texts.all())) {
            BitSet among = e.ordinals();
            BitSet keys = new BitSet(texts.size());
            double[] values = new double[texts.size()];
            for (int o = among.nextSetBit(0); o >= 0; o = among.nextSetBit(o + 1)) {
                double v = by.strength(o, texts.all().get(o));
                if (v > 0) {
                    keys.set(o);
                    values[o] = v;
                }
            }
            return EntryScores.of(texts, keys, values);
        }
        var out = new EntryMap<Double>(candidates.size());
        for (Dataset d : candidates) {
            int o = texts.ordinal(d);
            double v = o >= 0 && texts.all().get(o) == d ? by.strength(o, d) : strength(d, scored);
            if (v > 0) out.put(d, v);
        }
        return out;
    }

    /**
     * {@link #strength(Dataset, Subject)} of candidates by ordinal: from where the index says the entry writes each
     * form (per form, its occurrences in text order: {@link WrittenForms#place}, −1 its names, i its i-th sentence;
     * {@link WrittenForms#listItems}) when it can tell, else from the text. The places multiply in the same order
     * as over the text, so the value is the same to the last bit. One per scoring (it keeps a buffer).
     */
    final class ByOrdinal {
        private final Written written;
        private final Subject s;
        /** Per form of the subject (in its order, repeats included): its number in {@link Written#forms()}. */
        private final int[] formOf;
        private final boolean[] related;
        private int[] places = new int[16];

        ByOrdinal(Written written, Subject s) {
            this.written = written;
            this.s = s;
            this.formOf = new int[s.forms().size()];
            this.related = new boolean[s.forms().size()];
            for (int j = 0; j < formOf.length; j++) {
                formOf[j] = written.form(s.forms().get(j));
                related[j] = s.related().contains(s.forms().get(j));
            }
        }

        /** Whether the index told this entry's places (else its text was read). */
        boolean told(int ordinal) {
            return written.told(ordinal);
        }

        double strength(int ordinal, Dataset d) {
            if (!written.told(ordinal)) return MembershipScorer.this.strength(d, s);
            if (!written.at(ordinal)) return 0; // told, written nowhere but in short pieces
            int n = 0;
            for (int f = 0; f < written.forms().size(); f++) {
                for (int k = written.from(f); k < written.to(f); k++) {
                    if (n == places.length) places = Arrays.copyOf(places, n * 2);
                    places[n++] = WrittenForms.place(written.packed(f, k));
                }
            }
            Arrays.sort(places, 0, n);
            double missing = 1;
            for (int j = 0; j < n; j++) {
                int i = places[j];
                if (j > 0 && places[j - 1] == i) continue;
                double at = i < 0 ? 1 : Math.max(i == 0 ? 1 : w.floor(), Math.pow(w.later(), i));
                if (i < 0) missing = 1 - place(i);
                else missing *= 1 - at * place(i);
            }
            return 1 - missing;
        }

        /** The text-reading {@code place(text, subject)} of place i, from the occurrences of the forms. */
        private double place(int i) {
            double best = 0;
            for (int j = 0; j < formOf.length; j++) {
                double form = related[j] ? w.related() : 1;
                if (form <= best) continue;
                int f = formOf[j];
                int first = -1;
                boolean elsewhere = false;
                for (int k = written.from(f); k < written.to(f); k++) {
                    int o = written.packed(f, k);
                    if (WrittenForms.place(o) != i) continue;
                    int items = WrittenForms.listItems(o);
                    if (first < 0) first = items;
                    else if (items < 3) elsewhere = true;
                }
                if (first < 0) continue;
                double m = form;
                if (first >= 3 && !elsewhere) m *= Math.min(1, w.list() * 3.0 / first);
                best = Math.max(best, m);
            }
            return best;
        }
    }

    /** Whether some candidate writes one of the asked word's own forms (not only a sibling): an index look-up. */
    private boolean writesDirect(Subject s, Collection<Dataset> candidates) {
        if (s.related().isEmpty()) return true;
        Subject asked = new Subject(s.text(), s.forms().stream().filter(f -> !s.related().contains(f)).toList(), s.excluded());
        return texts.matching(asked).stream().anyMatch(candidates::contains);
    }

    /** The members among scored entries: at least the absolute floor and the relative share of the best. */
    <T> List<T> members(Map<T, Double> strengths) {
        double best = strengths.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double bar = Math.max(w.absolute(), w.relative() * best) - 1e-9;
        return strengths.entrySet().stream().filter(e -> e.getValue() >= bar).map(Map.Entry::getKey).toList();
    }

    double strength(Dataset d, Subject s) {
        double missing = 1 - place(String.join(" ", d.allNames()), s);
        List<String> sentences = texts.sentences(d);
        for (int i = 0; i < sentences.size(); i++) {
            double at = Math.max(i == 0 ? 1 : w.floor(), Math.pow(w.later(), i));
            missing *= 1 - at * place(sentences.get(i), s);
        }
        return 1 - missing;
    }

    /** The best form this text writes, 0–1: 1 for the asked word itself, less for a sibling or a list item. */
    private double place(String text, Subject s) {
        String t = text;
        for (String ex : s.excluded()) t = t.replace(ex, " ");
        double best = 0;
        for (String f : s.forms()) {
            double form = s.related().contains(f) ? w.related() : 1;
            if (form <= best) continue;
            int at = TopicMatcher.indexOf(t, f, 0);
            if (at < 0) continue;
            double m = form;
            int items = listItems(t, at, f.length());
            if (items >= 3) {
                // Another occurrence outside a list is the stronger evidence.
                int next = TopicMatcher.indexOf(t, f, at + 1);
                boolean elsewhere = false;
                while (next >= 0 && !elsewhere) {
                    elsewhere = listItems(t, next, f.length()) < 3;
                    next = TopicMatcher.indexOf(t, f, next + 1);
                }
                if (!elsewhere) m *= Math.min(1, w.list() * 3.0 / items);
            }
            best = Math.max(best, m);
        }
        return best;
    }

    /**
     * How many items the list holding the form at {@code at} has ("A、B和C": 3), 1 outside a list. The index stores
     * each clause's count ({@link Sentences#listItems}), so this stays one definition for both.
     */
    static int listItems(String text, int at, int length) {
        return Sentences.listItems(text, at, length);
    }
}
