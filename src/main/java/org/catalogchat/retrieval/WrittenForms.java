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
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
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

    /** What an entry document stores for this: the written text by units, and the id to map hits back. */
    static List<Field> fields(Dataset d) {
        return List.of(new Field(FIELD, text(d).toLowerCase(Locale.ROOT), TYPE),
                new SortedDocValuesField(ENTRY, new BytesRef(d.id())));
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
