package org.catalogchat.retrieval;

import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.Bits;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a generation's Lucene index to exactly a catalog's entries: deletes the documents of entries that changed or
 * went away, then splits, embeds (reusing the vectors of unchanged chunk texts) and adds the new ones.
 */
final class IndexUpdate {
    private static final Logger log = LoggerFactory.getLogger(IndexUpdate.class);
    private static final String ENTRY_KEY = "entryKey";
    private static final String CHUNK_OF = "chunkOf";
    private static final String CHUNK_HASH = "chunkHash";
    private static final String KIND = "kind";
    private static final int BATCH = 256;

    private final Glossary glossary;
    private final EmbeddingModel model;
    private final IndexProgress progress;
    private final IndexKeys keys;
    private final long commitEveryNanos;
    private final Supplier<Map<PersistedEmbeddings.Key, float[]>> legacyVectors;

    /**
     * @param commitEveryNanos how often whole entries are committed (what an interrupted build resumes from)
     * @param legacyVectors    vectors an older index kept elsewhere, read only when something must be embedded
     */
    IndexUpdate(Glossary glossary, EmbeddingModel model, IndexProgress progress, IndexKeys keys, long commitEveryNanos,
                Supplier<Map<PersistedEmbeddings.Key, float[]>> legacyVectors) {
        this.glossary = glossary;
        this.model = model;
        this.progress = progress;
        this.keys = keys;
        this.commitEveryNanos = commitEveryNanos;
        this.legacyVectors = legacyVectors;
    }

    /** Returns the chunks embedded. */
    int apply(IndexWriter writer, Catalog catalog) throws IOException {
        Map<String, Dataset> wanted = new HashMap<>();
        Map<Dataset, String> entryKeys = new IdentityHashMap<>();
        for (Dataset d : catalog.datasets()) {
            String key = keys.entryKey(d);
            entryKeys.put(d, key);
            wanted.put(key, d);
        }
        Set<String> present = new HashSet<>();
        Set<String> stale = new HashSet<>();
        Map<PersistedEmbeddings.Key, float[]> reusable = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext ctx : reader.leaves()) {
                Bits live = ctx.reader().getLiveDocs();
                StoredFields stored = ctx.reader().storedFields();
                for (int doc = 0; doc < ctx.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    String key = stored.document(doc, Set.of(ENTRY_KEY)).get(ENTRY_KEY);
                    if (key == null) continue;
                    if (wanted.containsKey(key)) present.add(key);
                    else stale.add(key);
                }
            }
            // Vectors of the chunks about to be deleted: an edited entry keeps those of its unchanged chunks.
            if (!stale.isEmpty()) {
                StoredChunks.forEach(reader, (doc, vector) -> {
                    if (stale.contains(doc.get(CHUNK_OF))) {
                        var h = doc.getBinaryValue(CHUNK_HASH);
                        reusable.put(new PersistedEmbeddings.Key(Arrays.copyOfRange(h.bytes, h.offset, h.offset + h.length)), vector);
                    }
                }, Set.of(CHUNK_OF, CHUNK_HASH));
            }
        }
        for (String key : stale) writer.deleteDocuments(new Term(ENTRY_KEY, key), new Term(CHUNK_OF, key));
        List<Dataset> missing = catalog.datasets().stream().filter(d -> !present.contains(entryKeys.get(d))).toList();
        log.info("index update: {} entries kept, {} removed or changed, {} to add", present.size(), stale.size(), missing.size());
        if (missing.isEmpty()) return 0;
        reusable.putAll(legacyVectors.get());
        return addEntries(writer, missing, entryKeys, reusable);
    }

    /** Splits, embeds in batches (with progress) and adds entries, committing whole entries every few seconds. */
    private int addEntries(IndexWriter writer, List<Dataset> entries, Map<Dataset, String> entryKeys,
                           Map<PersistedEmbeddings.Key, float[]> reusable) throws IOException {
        DocumentSplitter splitter = VectorIndex.splitter();
        record Pending(Dataset dataset, List<TextSegment> segments, float[][] vectors) {
        }
        var pending = new ArrayList<Pending>();
        var toEmbed = new ArrayList<TextSegment>();
        var slots = new ArrayList<float[][]>();
        var slotIndex = new ArrayList<Integer>();
        int embedded = 0;
        long lastCommit = System.nanoTime();
        // A first pass splits everything, so the progress bar knows the total it counts towards.
        List<List<TextSegment>> split = new ArrayList<>(entries.size());
        long needed = 0;
        for (Dataset d : entries) {
            List<TextSegment> s = VectorIndex.segments(d, glossary, splitter);
            split.add(s);
            for (TextSegment t : s) if (!reusable.containsKey(PersistedEmbeddings.Key.of(t.text()))) needed++;
        }
        progress.start(needed);
        for (int i = 0; i < entries.size(); i++) {
            List<TextSegment> segments = split.get(i);
            float[][] vectors = new float[segments.size()][];
            for (int j = 0; j < segments.size(); j++) {
                float[] v = reusable.get(PersistedEmbeddings.Key.of(segments.get(j).text()));
                if (v != null) {
                    vectors[j] = v;
                } else {
                    toEmbed.add(segments.get(j));
                    slots.add(vectors);
                    slotIndex.add(j);
                }
            }
            pending.add(new Pending(entries.get(i), segments, vectors));
            split.set(i, null);
            boolean last = i == entries.size() - 1;
            if (toEmbed.size() >= BATCH || last) {
                if (!toEmbed.isEmpty()) {
                    List<Embedding> computed = model.embedAll(toEmbed).content();
                    for (int k = 0; k < computed.size(); k++) slots.get(k)[slotIndex.get(k)] = computed.get(k).vector();
                    embedded += computed.size();
                    progress.advance(computed.size());
                    toEmbed.clear();
                    slots.clear();
                    slotIndex.clear();
                }
                for (Pending p : pending) {
                    writer.addDocuments(documents(p.dataset(), entryKeys.get(p.dataset()), p.segments(), p.vectors()));
                }
                pending.clear();
                if (System.nanoTime() - lastCommit >= commitEveryNanos) {
                    writer.commit(); // whole entries only: what an interrupted build resumes from
                    lastCommit = System.nanoTime();
                }
            }
        }
        progress.finish();
        return embedded;
    }

    /** An entry's chunk documents, then its BM25 document: added as one block, so a commit never splits them. */
    private List<Document> documents(Dataset d, String key, List<TextSegment> segments, float[][] vectors) {
        var docs = new ArrayList<Document>(segments.size() + 1);
        for (int i = 0; i < segments.size(); i++) {
            String text = segments.get(i).text();
            Document doc = new Document();
            doc.add(new StringField(KIND, "chunk", Field.Store.NO));
            doc.add(new StringField(LuceneEmbeddingStore.ENTRY_ID, d.id(), Field.Store.YES));
            doc.add(new StoredField(LuceneEmbeddingStore.CHUNK_ID, d.id() + "#" + i));
            doc.add(new StoredField(LuceneEmbeddingStore.CHUNK_TEXT, text));
            doc.add(new StoredField(CHUNK_HASH, PersistedEmbeddings.Key.of(text).hash()));
            doc.add(new StringField(CHUNK_OF, key, Field.Store.YES));
            doc.add(new KnnFloatVectorField(LuceneEmbeddingStore.VECTOR, vectors[i], VectorSimilarityFunction.COSINE));
            docs.add(doc);
        }
        Document entry = LexicalIndex.entryDocument(d, glossary);
        entry.add(new StringField(KIND, "entry", Field.Store.NO));
        entry.add(new StringField(ENTRY_KEY, key, Field.Store.YES));
        docs.add(entry);
        return docs;
    }
}
