package org.catalogchat.answer;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.catalogchat.retrieval.WrittenForms;

/**
 * Where the candidates of one subject write its forms, by catalog ordinal, as the index tells it: the membership
 * scorer's data source. {@link #told} are the candidates the index can tell (the others' text is read); for one of
 * them, {@link #at} positions the reader on its occurrences of each form without building a map per entry (at
 * 100,000 entries a common subject has tens of thousands of candidates, and a map of maps per candidate was most of
 * a topic question's time).
 *
 * <pre>{@code
 * Written w = texts.places(subject, candidates);
 * if (w.told(o) && w.at(o)) for (int k = w.from(f); k < w.to(f); k++) w.packed(f, k);
 * }</pre>
 *
 * <p>Not thread-safe: one per scoring.
 */
final class Written {
    private static final Written NONE = new Written(new BitSet(), List.of(), new WrittenForms.Occurrences[0]);

    private final BitSet told;
    private final List<String> forms;
    private final WrittenForms.Occurrences[] occurrences;
    /** Per form, the index of the next entry to look at (entries are mostly asked in ascending order). */
    private final int[] cursor;
    /** Per form, the current entry's row in its occurrences, or −1 when it does not write the form. */
    private final int[] row;

    /**
     * @param told        the candidates the index tells (owned from now on)
     * @param forms       the distinct forms, {@code occurrences} in the same order
     */
    Written(BitSet told, List<String> forms, WrittenForms.Occurrences[] occurrences) {
        this.told = told;
        this.forms = List.copyOf(forms);
        this.occurrences = occurrences;
        this.cursor = new int[occurrences.length];
        this.row = new int[occurrences.length];
        Arrays.fill(row, -1);
    }

    /** Nothing told: every candidate's text is read. */
    static Written none() {
        return NONE;
    }

    /** Whether the index tells where this candidate writes the forms. */
    boolean told(int ordinal) {
        return told.get(ordinal);
    }

    /** How many candidates the index tells. */
    int toldCount() {
        return told.cardinality();
    }

    /** The distinct forms, in the order {@link #form} numbers them. */
    List<String> forms() {
        return forms;
    }

    /** The number of a form in {@link #forms}, or −1. */
    int form(String f) {
        return forms.indexOf(f);
    }

    /** Moves to this entry's occurrences; whether it writes any form in a place. */
    boolean at(int ordinal) {
        boolean any = false;
        for (int f = 0; f < occurrences.length; f++) {
            WrittenForms.Occurrences o = occurrences[f];
            int i = cursor[f];
            if (i > 0 && o.entry(i - 1) >= ordinal) {
                i = o.indexOf(ordinal); // asked out of order: search
                i = i < 0 ? -i - 1 : i;
            }
            while (i < o.entries() && o.entry(i) < ordinal) i++;
            cursor[f] = i;
            row[f] = i < o.entries() && o.entry(i) == ordinal ? i : -1;
            any |= row[f] >= 0;
        }
        return any;
    }

    /** Where the current entry's occurrences of form f start (none when {@code from(f) == to(f)}). */
    int from(int f) {
        return row[f] < 0 ? 0 : occurrences[f].from(row[f]);
    }

    /** Where they end (exclusive). */
    int to(int f) {
        return row[f] < 0 ? 0 : occurrences[f].to(row[f]);
    }

    /** The k-th packed occurrence of form f ({@link WrittenForms#place}, {@link WrittenForms#listItems}). */
    int packed(int f, int k) {
        return occurrences[f].packed(k);
    }
}
