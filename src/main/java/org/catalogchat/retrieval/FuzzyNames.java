package org.catalogchat.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Typo candidates among normalised dataset names, from Lucene's {@link FuzzyQuery} (Levenshtein automata
 * with transpositions): a question is not compared with every name, which matters at 100k entries.
 */
final class FuzzyNames {
    private static final String FIELD = "n";
    private static final int MAX_CANDIDATES = 20;

    private final IndexSearcher searcher;

    FuzzyNames(Collection<String> normalizedNames) {
        try {
            var dir = new ByteBuffersDirectory();
            try (var writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer()))) {
                for (String name : normalizedNames) {
                    Document doc = new Document();
                    doc.add(new StringField(FIELD, name, Field.Store.YES));
                    writer.addDocument(doc);
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names within {@code maxEdits} (1 or 2) of the word, closest first. */
    List<String> near(String word, int maxEdits) {
        var query = new FuzzyQuery(new Term(FIELD, word), Math.min(2, maxEdits), 0, 50, true);
        try {
            var out = new ArrayList<String>();
            for (ScoreDoc sd : searcher.search(query, MAX_CANDIDATES).scoreDocs) {
                out.add(searcher.storedFields().document(sd.doc).get(FIELD));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
