package org.catalogchat.answer;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Iterator;
import java.util.Set;
import org.catalogchat.catalog.Dataset;

/**
 * An immutable map from catalog entries to a score, held as an array by catalog ordinal and iterated in catalog
 * order: what {@link MembershipScorer#strengths} and a subject selecting entries equally return. Up to 100,000
 * entries per subject per question at scale, where a hash map entry per candidate (keyed by id) was a tenth of a
 * topic question's time. Iterates as the {@link EntryMap} it replaces did when filled in catalog order.
 */
final class EntryScores extends AbstractMap<Dataset, Double> {
    private final EntrySet keys;
    private final BitSet bits;
    /** By ordinal; null when every key has {@link #constant}. */
    private final double[] values;
    private final double constant;

    private EntryScores(EntrySet keys, BitSet bits, double[] values, double constant) {
        this.keys = keys;
        this.bits = bits;
        this.values = values;
        this.constant = constant;
    }

    /**
     * @param texts  the catalog's texts, whose ordinals {@code values} follow
     * @param keys   the ordinals that have a score (owned from now on)
     * @param values the score by ordinal (owned from now on)
     */
    static EntryScores of(EntryTexts texts, BitSet keys, double[] values) {
        return new EntryScores(texts.entries(keys), keys, values, 0);
    }

    /** Every entry of the set with the same score. */
    static EntryScores constant(EntryTexts texts, EntrySet entries, double score) {
        BitSet bits = entries.ordinals();
        return new EntryScores(texts.entries((BitSet) bits.clone()), bits, null, score);
    }

    /** The keys' ordinals in the catalog list (a copy). */
    BitSet ordinals() {
        return (BitSet) bits.clone();
    }

    /** Whether its ordinals index that catalog list (then {@link #has} and {@link #at} answer by ordinal). */
    boolean over(java.util.List<Dataset> catalog) {
        return keys.over(catalog);
    }

    /** Whether the entry at this ordinal is a key: {@link #containsKey} without the id look-up. */
    boolean has(int ordinal) {
        return bits.get(ordinal);
    }

    /** The score of the entry at this ordinal, 0 when it is no key: {@code getOrDefault(d, 0.0)} without the id look-up. */
    double at(int ordinal) {
        return !bits.get(ordinal) ? 0 : values == null ? constant : values[ordinal];
    }

    /** Roughly what it holds on the heap, in KB (at least 1). */
    int kilobytes() {
        long bytes = bits.size() / 4 + (values == null ? 0 : 8L * values.length) + 64;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / 1024));
    }

    @Override
    public Double get(Object o) {
        int i = keys.ordinalOf(o);
        return i < 0 ? null : values == null ? constant : values[i];
    }

    @Override
    public boolean containsKey(Object o) {
        return keys.ordinalOf(o) >= 0;
    }

    @Override
    public int size() {
        return keys.size();
    }

    /** The keys as an {@link EntrySet}, in catalog order. */
    @Override
    public Set<Dataset> keySet() {
        return keys;
    }

    @Override
    public Set<Entry<Dataset, Double>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Dataset, Double>> iterator() {
                return bits.stream().<Entry<Dataset, Double>>mapToObj(
                        i -> new SimpleImmutableEntry<>(keys.at(i), values == null ? constant : values[i])).iterator();
            }

            @Override
            public int size() {
                return keys.size();
            }
        };
    }
}
