package org.catalogchat.retrieval;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.util.BytesRef;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Sentences;
import org.catalogchat.catalog.TopicMatcher;

/**
 * Where an entry's places lie in its written text, counted in {@link WrittenUnits} (the positions of the index):
 * its names (place −1) and each sentence {@link Sentences#of} gives (place 0, 1, …), each cut into clauses with
 * the number of items of the list the clause holds ({@link Sentences#listItems}). A phrase hit's position then
 * tells the sentence and the list it stands in without the text being read again.
 *
 * <p>Stored per entry document as doc values: a count, then per clause (in text order) its place + 1, its first
 * unit (as a step from the previous clause's), its length in units and its list items, all as variable-length
 * ints. An empty value means "not stored" (a text whose lower-casing changes its length, or an odd shape): the
 * caller reads that entry's text.
 */
final class WrittenPlaces {
    /** Packed occurrence: place + 1 in the high 16 bits, list items in the low 16. */
    private static final int MAX_PLACE = 0x7FFE;
    private static final int MAX_ITEMS = 0xFFFF;

    private WrittenPlaces() {
    }

    static byte[] encode(Dataset d, String lower) {
        String text = WrittenForms.text(d);
        if (lower.length() != text.length()) return new byte[0];
        // The unit each char offset starts, or −1 inside a unit (a Latin word's later letters).
        int[] unitAt = new int[text.length() + 1];
        Arrays.fill(unitAt, -1);
        int units = 0;
        for (int i = 0; i < lower.length(); ) {
            unitAt[i] = units++;
            int end = i + 1;
            if (TopicMatcher.isWordChar(lower.charAt(i))) {
                while (end < lower.length() && TopicMatcher.isWordChar(lower.charAt(end))) end++;
            }
            i = end;
        }
        unitAt[lower.length()] = units;
        String names = String.join(" ", d.allNames());
        List<Sentences.Span> sentences = Sentences.of(d.description());
        if (sentences.size() > MAX_PLACE) return new byte[0];
        // Each clause: place, first unit, units, items. A clause at most per char of the text.
        int[] clauses = new int[4 * (text.length() + 1)];
        int count = 0;
        for (int place = -1; place < sentences.size(); place++) {
            String t = place < 0 ? names : sentences.get(place).text();
            int offset = place < 0 ? 0 : names.length() + 1 + sentences.get(place).start();
            int from = 0;
            for (int i = 0; i <= t.length(); i++) {
                if (i < t.length() && Sentences.CLAUSE_MARKS.indexOf(t.charAt(i)) < 0) continue;
                if (i > from) {
                    int first = unitAt[offset + from];
                    int last = unitAt[offset + i];
                    int items = Sentences.listItems(t, from, 0);
                    // A clause that does not start and end at unit boundaries cannot be told by positions.
                    if (first < 0 || last < 0 || items > MAX_ITEMS) return new byte[0];
                    clauses[count * 4] = place;
                    clauses[count * 4 + 1] = first;
                    clauses[count * 4 + 2] = last - first;
                    clauses[count * 4 + 3] = items;
                    count++;
                }
                from = i + 1;
            }
        }
        byte[] buf = new byte[5 * (1 + 4 * count)];
        int at = writeVInt(buf, 0, count);
        int previous = 0;
        for (int c = 0; c < count; c++) {
            at = writeVInt(buf, at, clauses[c * 4] + 1);
            at = writeVInt(buf, at, clauses[c * 4 + 1] - previous);
            at = writeVInt(buf, at, clauses[c * 4 + 2]);
            at = writeVInt(buf, at, clauses[c * 4 + 3]);
            previous = clauses[c * 4 + 1];
        }
        return Arrays.copyOf(buf, at);
    }

    /** Seven bits a byte, low first, the high bit set on all but the last (Lucene's vInt). */
    private static int writeVInt(byte[] buf, int at, int v) {
        while ((v & ~0x7F) != 0) {
            buf[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[at++] = (byte) v;
        return at;
    }

    /** Reads vInts from a stored value, in order. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(BytesRef ref) {
            this.bytes = ref.bytes;
            this.at = ref.offset;
        }

        int next() {
            int v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                v |= (b & 0x7F) << shift;
                if (b >= 0) return v;
            }
        }
    }

    /**
     * The occurrences (packed) of a phrase of {@code length} units starting at {@code starts} (ascending) that lie
     * inside one clause of a place; empty when the value was not stored.
     */
    static Optional<int[]> locate(BytesRef stored, int[] starts, int length) {
        if (stored.length == 0) return Optional.empty();
        var in = new Reader(stored);
        int count = in.next();
        int[] out = new int[starts.length];
        int found = 0;
        int s = 0;
        int first = 0;
        for (int c = 0; c < count && s < starts.length; c++) {
            int place = in.next() - 1;
            first += in.next();
            int end = first + in.next();
            int items = in.next();
            while (s < starts.length && starts[s] < first) s++;
            // An occurrence running past the clause's end (into the next place) is in no place: skipped above next time.
            while (s < starts.length && starts[s] + length <= end) {
                out[found++] = (place + 1) << 16 | items;
                s++;
            }
        }
        return Optional.of(Arrays.copyOf(out, found));
    }

    static int place(int occurrence) {
        return (occurrence >>> 16) - 1;
    }

    static int listItems(int occurrence) {
        return occurrence & MAX_ITEMS;
    }
}
