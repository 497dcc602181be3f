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
     * Where the entries among {@code among} write the form, without reading their text: for each entry with an
     * occurrence inside one of its places (its names, or one of its {@link Sentences#of sentences}), the
     * occurrences in text order, each {@link #place} and {@link #listItems} packed in an int. An entry whose places
     * the index does not hold is set in {@code unknown} instead (the caller reads its text). For a form that is
     * not {@link #exact} the occurrences are those of its lower-case units (a superset, as {@link #writing}).
     * Forms holding a clause mark are not answered here: the caller reads the text.
     */
    public Map<Integer, int[]> occurrences(String form, BitSet among, BitSet unknown) {
        List<String> units = WrittenUnits.of(form.toLowerCase(Locale.ROOT));
        var out = new HashMap<Integer, int[]>();
        if (units.isEmpty()) return out;
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
                    if (o >= 0 && among.get(o) && (live == null || live.get(doc))) {
                        int[] starts = phraseStarts(postings);
                        if (starts.length > 0) {
                            if (places == null || !places.advanceExact(doc)) unknown.set(o);
                            else WrittenPlaces.locate(places.binaryValue(), starts, units.size())
                                    .ifPresentOrElse(found -> {
                                        if (found.length > 0) out.put(o, found);
                                    }, () -> unknown.set(o));
                        }
                    }
                    doc = postings[0].nextDoc();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
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
