package org.catalogchat.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Sentences;
import org.catalogchat.catalog.TopicMatcher;

/**
 * Which entries write a form, from the Lucene index instead of a scan of every entry's text: each entry document
 * holds its written text (names and description, lower-cased) cut into {@link WrittenUnits}, with positions, and a
 * phrase query of the form's units finds exactly the entries where {@code TopicMatcher.contains(text(d), form)}
 * holds. Cost grows with the entries that write the form, not with the catalog. Short all-capital forms (acronyms,
 * which TopicMatcher matches case-sensitively) get a superset the caller checks.
 *
 * <pre>{@code
 * WrittenForms.of(reader, ids).get().writing("遥感"); // ordinals (positions in ids) of the entries writing it
 * }</pre>
 */
public final class WrittenForms {
    static final String FIELD = "written";
    /** The entry's id as doc values on entry documents only (chunk documents carry the id too, as a term). */
    static final String ENTRY = "entryId";
    /** Where each entry's names, sentences and clauses lie, in units ({@link WrittenPlaces}), as doc values. */
    static final String PLACES = "writtenPlaces";
    private static final FieldType TYPE = new FieldType();
    private static final long OCCURRENCE_INTS = 16L << 20;

    static {
        TYPE.setTokenized(true);
        TYPE.setOmitNorms(true);
        TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TYPE.freeze();
    }

    private final IndexSearcher searcher;
    private final int[] ordinalOfDoc;
    private final int size;
    /** Question words repeat ("数据集", "dataset"): their entry sets are kept, bounded (an entry costs one bit). */
    private final Cache<String, BitSet> cache = Caffeine.newBuilder().maximumSize(1_024).build();
    /**
     * The occurrences of the forms questions score, kept: bounded by their size in ints (16 M ints, 64 MB at most;
     * a form written by 50,000 of 100,000 entries takes about 0.2 M).
     */
    private final Cache<String, Occurrences> occurrences = Caffeine.newBuilder().maximumWeight(OCCURRENCE_INTS)
            .<String, Occurrences>weigher((form, o) -> o.weight()).build();

    private WrittenForms(IndexSearcher searcher, int[] ordinalOfDoc, int size) {
        this.searcher = searcher;
        this.ordinalOfDoc = ordinalOfDoc;
        this.size = size;
    }

    /**
     * Over an index whose entry documents were made by {@link LexicalIndex#entryDocument}; empty when the index has
     * no written-text field (or not every entry has a document), so the caller scans instead.
     *
     * @param ids the catalog's entry ids, in its order: the ordinals {@link #writing} returns index this list
     */
    static Optional<WrittenForms> of(DirectoryReader reader, List<String> ids) {
        Map<String, Integer> ordinal = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) ordinal.put(ids.get(i), i);
        int[] ordinalOfDoc = new int[reader.maxDoc()];
        Arrays.fill(ordinalOfDoc, -1);
        BitSet seen = new BitSet(ids.size());
        try {
            for (LeafReaderContext ctx : reader.leaves()) {
                if (ctx.reader().getFieldInfos().fieldInfo(FIELD) == null) continue;
                SortedDocValues values = ctx.reader().getSortedDocValues(ENTRY);
                if (values == null) continue;
                Bits live = ctx.reader().getLiveDocs();
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    Integer o = ordinal.get(values.lookupOrd(values.ordValue()).utf8ToString());
                    if (o == null) continue;
                    ordinalOfDoc[ctx.docBase + doc] = o;
                    seen.set(o);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (seen.cardinality() != ids.size()) return Optional.empty();
        return Optional.of(new WrittenForms(new IndexSearcher(reader), ordinalOfDoc, ids.size()));
    }

    /** The text an entry is searched in for forms: its names, then its description. */
    public static String text(Dataset d) {
        return String.join(" ", d.allNames()) + "\n" + d.description();
    }

    /**
     * What an entry document stores for this: the written text by units, the id to map hits back, and where its
     * places and clauses lie ({@link WrittenPlaces}).
     */
    static List<Field> fields(Dataset d) {
        String lower = text(d).toLowerCase(Locale.ROOT);
        return List.of(new Field(FIELD, lower, TYPE),
                new SortedDocValuesField(ENTRY, new BytesRef(d.id())),
                new BinaryDocValuesField(PLACES, new BytesRef(WrittenPlaces.encode(d, lower))));
    }

    /**
     * The ordinals of the entries whose text writes the form as {@code TopicMatcher.contains} decides; for a form
     * TopicMatcher matches case-sensitively ({@link #exact} false) a superset. Do not modify the set returned.
     */
    public BitSet writing(String form) {
        return cache.get(form, this::search);
    }

    /** Whether {@link #writing} is exact for the form, not a superset. */
    public static boolean exact(String form) {
        return !form.isEmpty() && !TopicMatcher.isAcronym(form);
    }

    /**
     * The ordinals of the entries whose text contains the phrase as written (plain substring, case-sensitive, as
     * {@code String.replace} finds it); empty when the index cannot tell (Latin letters, where a plain substring may
     * sit inside a word, or letters that lower-casing changes).
     */
    public Optional<BitSet> containingLiterally(String phrase) {
        boolean units = !phrase.isEmpty() && phrase.chars().allMatch(c -> !TopicMatcher.isWordChar((char) c)
                && Character.toLowerCase(c) == c);
        return units ? Optional.of(writing(phrase)) : Optional.empty();
    }

    public int size() {
        return size;
    }

    /**
     * Where the entries write the form, without reading their text: for each entry with an occurrence inside one of
     * its places (its names, or one of its {@link Sentences#of sentences}), the occurrences in text order, each
     * {@link #place} and {@link #listItems} packed in an int; the entries whose places the index does not hold are
     * {@link Occurrences#unlocated} instead (the caller reads their text). For a form that is not {@link #exact}
     * the occurrences are those of its lower-case units (a superset, as {@link #writing}). Forms holding a clause
     * mark are not answered here: the caller reads the text.
     *
     * <p>Over the whole catalog, built once per form and kept (bounded by size): a common form ("video", "图像") is
     * written by tens of thousands of entries at 100,000, and reading its positions and places again for every
     * question was a third of a topic question's time.
     */
    public Occurrences occurrences(String form) {
        return occurrences.get(form, this::locate);
    }

    /**
     * Where every entry writes one form, by catalog ordinal (immutable): the entries with a located occurrence in
     * ascending order, each with its packed occurrences in text order.
     */
    public static final class Occurrences {
        private final int[] entries;
        /** Entry i's occurrences are {@code packed[starts[i]]} up to {@code packed[starts[i + 1]]}. */
        private final int[] starts;
        private final int[] packed;
        private final BitSet unlocated;

        private Occurrences(int[] entries, int[] starts, int[] packed, BitSet unlocated) {
            this.entries = entries;
            this.starts = starts;
            this.packed = packed;
            this.unlocated = unlocated;
        }

        /** How many entries have a located occurrence. */
        public int entries() {
            return entries.length;
        }

        /** The ordinal of the i-th entry with a located occurrence (ascending in i). */
        public int entry(int i) {
            return entries[i];
        }

        /** Where entry i's occurrences start in {@link #packed}. */
        public int from(int i) {
            return starts[i];
        }

        /** Where entry i's occurrences end in {@link #packed} (exclusive). */
        public int to(int i) {
            return starts[i + 1];
        }

        /** The k-th packed occurrence ({@link #place}, {@link #listItems}). */
        public int packed(int k) {
            return packed[k];
        }

        /** The index i of the entry with this ordinal, or a negative number when it has no located occurrence. */
        public int indexOf(int ordinal) {
            return Arrays.binarySearch(entries, ordinal);
        }

        /** Whether this entry writes the form's units where the index cannot tell the place (its text must be read). */
        public boolean unlocated(int ordinal) {
            return unlocated.get(ordinal);
        }

        /** Adds to {@code into} the unlocated entries among {@code among}. */
        public void addUnlocated(BitSet among, BitSet into) {
            BitSet u = (BitSet) unlocated.clone();
            u.and(among);
            into.or(u);
        }

        /** Adds to {@code into} the entries with a located occurrence among {@code among}. */
        public void addLocated(BitSet among, BitSet into) {
            for (int e : entries) if (among.get(e)) into.set(e);
        }

        /** Its size in ints, for the cache's bound. */
        int weight() {
            return entries.length + starts.length + packed.length + unlocated.size() / 32 + 16;
        }
    }

    private Occurrences locate(String form) {
        List<String> units = WrittenUnits.of(form.toLowerCase(Locale.ROOT));
        var entries = new IntList();
        var starts = new IntList();
        var packed = new IntList();
        BitSet unlocated = new BitSet(size);
        if (units.isEmpty()) return new Occurrences(new int[0], new int[] {0}, new int[0], unlocated);
        // Each leaf is read in doc order; entry ordinals need not follow it, so the rows are sorted by ordinal after.
        try {
            for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
                Terms terms = ctx.reader().terms(FIELD);
                if (terms == null) continue;
                PostingsEnum[] postings = new PostingsEnum[units.size()];
                boolean all = true;
                for (int i = 0; i < units.size() && all; i++) {
                    TermsEnum te = terms.iterator();
                    if (te.seekExact(new BytesRef(units.get(i)))) postings[i] = te.postings(null, PostingsEnum.POSITIONS);
                    else all = false;
                }
                if (!all) continue;
                BinaryDocValues places = ctx.reader().getBinaryDocValues(PLACES);
                Bits live = ctx.reader().getLiveDocs();
                int doc = postings[0].nextDoc();
                while (doc != DocIdSetIterator.NO_MORE_DOCS) {
                    int target = doc;
                    for (int i = 1; i < postings.length && target == doc; i++) {
                        int at = postings[i].docID() < doc ? postings[i].advance(doc) : postings[i].docID();
                        if (at != doc) target = at;
                    }
                    if (target != doc) {
                        doc = target == DocIdSetIterator.NO_MORE_DOCS ? target : postings[0].advance(target);
                        continue;
                    }
                    int o = ordinalOfDoc[ctx.docBase + doc];
                    if (o >= 0 && (live == null || live.get(doc))) {
                        int[] phrase = phraseStarts(postings);
                        if (phrase.length > 0) {
                            Optional<int[]> found = places == null || !places.advanceExact(doc) ? Optional.empty()
                                    : WrittenPlaces.locate(places.binaryValue(), phrase, units.size());
                            if (found.isEmpty()) {
                                unlocated.set(o);
                            } else if (found.get().length > 0) {
                                entries.add(o);
                                starts.add(packed.size());
                                for (int p : found.get()) packed.add(p);
                            }
                        }
                    }
                    doc = postings[0].nextDoc();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        starts.add(packed.size());
        return sortedByOrdinal(entries.toArray(), starts.toArray(), packed.toArray(), unlocated);
    }

    private static Occurrences sortedByOrdinal(int[] entries, int[] starts, int[] packed, BitSet unlocated) {
        boolean sorted = true;
        for (int i = 1; i < entries.length && sorted; i++) sorted = entries[i - 1] < entries[i];
        if (sorted) return new Occurrences(entries, starts, packed, unlocated);
        Integer[] order = new Integer[entries.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(entries[a], entries[b]));
        int[] e = new int[entries.length];
        int[] s = new int[starts.length];
        int[] p = new int[packed.length];
        int at = 0;
        for (int i = 0; i < order.length; i++) {
            int row = order[i];
            e[i] = entries[row];
            s[i] = at;
            for (int k = starts[row]; k < starts[row + 1]; k++) p[at++] = packed[k];
        }
        s[order.length] = at;
        return new Occurrences(e, s, p, unlocated);
    }

    /** A growable int array (the occurrence lists of a common form hold hundreds of thousands). */
    private static final class IntList {
        private int[] a = new int[64];
        private int n;

        void add(int v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    /** The sentence (−1 for the names) of an occurrence {@link #occurrences} packed. */
    public static int place(int occurrence) {
        return WrittenPlaces.place(occurrence);
    }

    /** The items of the list an occurrence stands in ({@link Sentences#listItems}), 1 outside a list. */
    public static int listItems(int occurrence) {
        return WrittenPlaces.listItems(occurrence);
    }

    /** The positions where unit i of the phrase sits at p + i, for postings all on one document. */
    private static int[] phraseStarts(PostingsEnum[] postings) throws IOException {
        int[][] positions = new int[postings.length][];
        for (int i = 0; i < postings.length; i++) {
            int n = postings[i].freq();
            positions[i] = new int[n];
            for (int k = 0; k < n; k++) positions[i][k] = postings[i].nextPosition();
        }
        int[] out = new int[positions[0].length];
        int count = 0;
        for (int p : positions[0]) {
            boolean phrase = true;
            for (int i = 1; i < positions.length && phrase; i++) phrase = Arrays.binarySearch(positions[i], p + i) >= 0;
            if (phrase) out[count++] = p;
        }
        return Arrays.copyOf(out, count);
    }

    private BitSet search(String form) {
        BitSet out = new BitSet(size);
        List<String> units = WrittenUnits.of(form.toLowerCase(Locale.ROOT));
        if (units.isEmpty()) return out;
        Query q = units.size() == 1 ? new TermQuery(new Term(FIELD, units.get(0)))
                : new PhraseQuery(FIELD, units.toArray(String[]::new));
        try {
            Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
                Scorer s = w.scorer(ctx);
                if (s == null) continue;
                Bits live = ctx.reader().getLiveDocs();
                DocIdSetIterator it = s.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live != null && !live.get(doc)) continue;
                    int o = ordinalOfDoc[ctx.docBase + doc];
                    if (o >= 0) out.set(o);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
