package org.catalogchat.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Typo candidates among normalised dataset names, from Lucene's {@link FuzzyQuery} (Levenshtein automata
 * with transpositions): a question is not compared with every name, which matters at 100k entries.
 */
final class FuzzyNames {
    private static final String FIELD = "n";
    private static final int MAX_CANDIDATES = 20;
    /** Windows remembered: one question looks its windows up again (the parser, then each retrieval pass). */
    private static final int CACHED_WINDOWS = 4096;

    private final IndexSearcher searcher;
    /**
     * Each look-up builds Levenshtein automata for its window; a question's windows are looked up by the parser and by
     * each retrieval pass, so the answers are kept (bounded), keyed by window and edits.
     */
    private final Cache<String, List<String>> near = Caffeine.newBuilder().maximumSize(CACHED_WINDOWS).build();

    FuzzyNames(Collection<String> normalizedNames) {
        try {
            var dir = new ByteBuffersDirectory();
            write(dir, normalizedNames);
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FuzzyNames(DirectoryReader reader) {
        this.searcher = new IndexSearcher(reader);
    }

    /**
     * Writes the names' index into a folder of a generation, so that a restart maps it instead of indexing every
     * name again (about 0.9 s of a 100k restart). The same documents in the same order as in memory, one segment:
     * the same candidates in the same order.
     */
    static void write(Path folder, Collection<String> normalizedNames) throws IOException {
        try (Directory dir = FSDirectory.open(folder)) {
            write(dir, normalizedNames);
        }
    }

    private static void write(Directory dir, Collection<String> normalizedNames) throws IOException {
        try (var writer = new IndexWriter(dir, new IndexWriterConfig(new KeywordAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256))) {
            for (String name : normalizedNames) {
                Document doc = new Document();
                doc.add(new StringField(FIELD, name, Field.Store.YES));
                writer.addDocument(doc);
            }
        }
    }

    /** The names' index a generation keeps, if it has one. */
    static Optional<FuzzyNames> open(Path folder) {
        if (!Files.isDirectory(folder)) return Optional.empty();
        try {
            Directory dir = FSDirectory.open(folder);
            if (!DirectoryReader.indexExists(dir)) return Optional.empty();
            return Optional.of(new FuzzyNames(DirectoryReader.open(dir)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Names within {@code maxEdits} (1 or 2) of the word, closest first. */
    List<String> near(String word, int maxEdits) {
        return near.get(Math.min(2, maxEdits) + ":" + word, k -> search(word, maxEdits));
    }

    private List<String> search(String word, int maxEdits) {
        var query = new FuzzyQuery(new Term(FIELD, word), Math.min(2, maxEdits), 0, 50, true);
        try {
            var out = new ArrayList<String>();
            for (ScoreDoc sd : searcher.search(query, MAX_CANDIDATES).scoreDocs) {
                out.add(searcher.storedFields().document(sd.doc).get(FIELD));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
