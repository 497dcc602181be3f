package org.catalogchat.answer;

import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.catalogchat.catalog.Dataset;

/**
 * An immutable set of catalog entries as a bit per entry, iterated in catalog order: membership tests and
 * sets of 100,000 entries cost no hashing of the (large) dataset records.
 */
final class EntrySet extends AbstractSet<Dataset> {
    private final List<Dataset> all;
    private final Map<String, Integer> ordinals;
    private final BitSet bits;
    private final int size;

    /** @param bits owned by this set from now on */
    EntrySet(List<Dataset> all, Map<String, Integer> ordinals, BitSet bits) {
        this.all = all;
        this.ordinals = ordinals;
        this.bits = bits;
        this.size = bits.cardinality();
    }

    @Override
    public boolean contains(Object o) {
        return ordinalOf(o) >= 0;
    }

    /** The member's position in the catalog list, or −1 when it is not a member. */
    int ordinalOf(Object o) {
        if (!(o instanceof Dataset d)) return -1;
        Integer i = ordinals.get(d.id());
        return i != null && bits.get(i) && (all.get(i) == d || all.get(i).equals(d)) ? i : -1;
    }

    @Override
    public int size() {
        return size;
    }

    /** Whether this set is over that catalog list; then {@link #ordinals()} index it. */
    boolean over(List<Dataset> catalog) {
        return all == catalog;
    }

    /** The members' ordinals in the catalog list (a copy). */
    BitSet ordinals() {
        return (BitSet) bits.clone();
    }

    @Override
    public Iterator<Dataset> iterator() {
        return bits.stream().mapToObj(all::get).iterator();
    }

    /** The entry at this ordinal of the catalog list (a member or not). */
    Dataset at(int ordinal) {
        return all.get(ordinal);
    }
}
