package org.catalogchat.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;

/**
 * BM25 over the catalog text with Lucene's SmartChineseAnalyzer, which segments Chinese into words and
 * stems English. Each entry is indexed together with the English names of its publishers and topics
 * from the glossary, so an English question meets the Chinese text halfway.
 *
 * <pre>{@code
 * new LexicalIndex(catalog, glossary).search("甲骨文", 5); // [Hit(obimd, 3.2)]
 * }</pre>
 */
public final class LexicalIndex implements AutoCloseable {
    /** A matching entry and its BM25 score. */
    public record Hit(String id, double score) {
    }

    private static final String ID = "id";
    private static final String TEXT = "text";

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public LexicalIndex(Catalog catalog, Glossary glossary) {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer()))) {
            for (Dataset d : catalog.datasets()) writer.addDocument(entryDocument(d, glossary));
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * BM25 over an index already built with {@link #entryDocument} (the persisted one, which also holds the chunk
     * vectors: chunk documents have no text field, so they change neither scores nor document frequencies).
     * Closing this index closes the reader.
     */
    public LexicalIndex(DirectoryReader reader) {
        this.directory = null;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /**
     * Loads smartcn's word and bigram dictionaries (static in Lucene, read once per JVM: about 0.1-0.3 s) by analysing
     * a few words. Opening a persisted index needs neither, so a start can run this on another thread meanwhile,
     * before the first question (or the question parser's stop terms) needs them.
     */
    public static void preloadDictionaries() {
        try (Analyzer a = analyzer(); TokenStream ts = a.tokenStream(TEXT, "数据集 datasets")) {
            ts.reset();
            while (ts.incrementToken()) {
                // only the side effect: the dictionaries are loaded by the first segmentation
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The analysers the fields are indexed with (smartcn for BM25, {@link WrittenUnits} for {@link WrittenForms}): an
     * index written with others would not match its queries.
     */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(), Map.of(WrittenForms.FIELD, new WrittenUnits()));
    }

    /** One entry's document: its id and searchable text. */
    static Document entryDocument(Dataset d, Glossary glossary) {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new TextField(TEXT, searchableText(d, glossary), Field.Store.NO));
        WrittenForms.fields(d).forEach(doc::add);
        return doc;
    }

    static String searchableText(Dataset d, Glossary glossary) {
        var sb = new StringBuilder();
        sb.append(String.join(" ", d.allNames())).append('\n');
        for (String p : d.publishers()) {
            sb.append(p).append(' ');
            glossary.publisher(p).ifPresent(pub -> sb.append(String.join(" ", pub.allNames())).append(' '));
        }
        sb.append('\n');
        for (String key : d.facets().topics()) {
            glossary.topic(key).ifPresent(t -> sb.append(t.english()).append(' ').append(t.chinese()).append(' ')
                    .append(String.join(" ", t.terms())).append(' '));
        }
        sb.append('\n').append(d.description());
        return sb.toString();
    }

    /** The analysed terms of a text: what BM25 actually looks for. */
    public List<String> terms(String text) {
        var terms = new ArrayList<String>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) terms.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** How many entries contain an analysed term; 0 means the catalog never uses the word. */
    public int documentFrequency(String analysedTerm) {
        try {
            return reader.docFreq(new Term(TEXT, analysedTerm));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Which entries write a form, answered from this index; empty when it was built without the written-text field.
     *
     * @param ids the catalog's entry ids in its order (what the returned ordinals index)
     */
    public Optional<WrittenForms> writtenForms(List<String> ids) {
        return WrittenForms.of(reader, ids);
    }

    public List<Hit> search(String text, int k) {
        Set<String> terms = new LinkedHashSet<>(terms(text));
        if (terms.isEmpty()) return List.of();
        var query = new BooleanQuery.Builder();
        for (String t : terms) query.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
        try {
            var hits = new ArrayList<Hit>();
            for (ScoreDoc sd : searcher.search(query.build(), k).scoreDocs) {
                hits.add(new Hit(searcher.storedFields().document(sd.doc).get(ID), sd.score));
            }
            return hits;
        } catch (IOException | BooleanQuery.TooManyClauses e) {
            return List.of();
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        if (directory != null) directory.close();
    }
}
